// Gmail v1 (`/gmail/v1/users/{userId}/…`): getProfile, labels.list, messages.list/get, attachments.get,
// history.list, watch and stop, answering with Gmail's shapes (typed by `@googleapis/gmail`) and errors.
import { createHash } from 'node:crypto';
import type { gmail_v1 } from '@googleapis/gmail';
import { authenticate, isResponse, type FakeContext } from './context';
import type { HistoryType, Mailbox, StoredMessage } from './gmailState';
import { googleError, invalidParameter, json, notFound, type FakeRequest, type FakeResponse } from './http';
import { payloadOf, rawOf, snippetOf, topHeaders } from './mime';

type Handler = (request: FakeRequest, context: FakeContext, mailbox: Mailbox) => FakeResponse;

export function gmailHandler(handler: Handler) {
  return (request: FakeRequest, context: FakeContext): FakeResponse => {
    const token = authenticate(request, context, 'gmail');
    if (isResponse(token)) return token;
    const userId = request.params.userId!;
    if (userId !== 'me' && userId.toLowerCase() !== token.email.toLowerCase()) {
      return googleError(403, `Delegation denied for ${token.email}`, { reason: 'forbidden' });
    }
    const mailbox = context.gmail.mailboxes.get(token.email);
    if (!mailbox) return googleError(400, 'Mail service not enabled', { reason: 'failedPrecondition' });
    return handler(request, context, mailbox);
  };
}

function maxResultsOf(url: URL, fallback: number, max: number): number | FakeResponse {
  const raw = url.searchParams.get('maxResults');
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) return invalidParameter('maxResults');
  // Gmail caps maxResults silently rather than refusing it.
  return Math.min(value, max);
}

function pageKey(...parts: (string | null | string[])[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

/** Gmail's page tokens are opaque digits; this one is the offset and a digest of the query, so a mismatch is a 400. */
function offsetOf(url: URL, key: string): number | null {
  const token = url.searchParams.get('pageToken');
  if (token === null) return 0;
  const match = /^(\d+)-([0-9a-f]{12})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match?.[2] === key ? Number(match[1]) : null;
}

function tokenFor(offset: number, key: string): string {
  return Buffer.from(`${offset}-${key}`).toString('base64url');
}

export const handleProfile: Handler = (_request, _context, mailbox) => {
  const profile: gmail_v1.Schema$Profile = {
    emailAddress: mailbox.email,
    messagesTotal: mailbox.messages.size,
    threadsTotal: new Set([...mailbox.messages.values()].map((message) => message.threadId)).size,
    historyId: String(mailbox.historyId),
  };
  return json(200, profile);
};

const hiddenInList = new Set(['CHAT', 'SENT', 'DRAFT', 'SPAM', 'TRASH']);

export const handleLabelsList: Handler = (_request, _context, mailbox) => {
  const labels = [...mailbox.labels.values()].map((label): gmail_v1.Schema$Label =>
    label.type === 'user'
      ? { id: label.id, name: label.name, type: 'user', messageListVisibility: 'show', labelListVisibility: 'labelShow' }
      : label.id.startsWith('CATEGORY_') || label.id === 'UNREAD' || label.id === 'IMPORTANT'
        ? { id: label.id, name: label.name, type: 'system' }
        : {
            id: label.id,
            name: label.name,
            type: 'system',
            ...(hiddenInList.has(label.id) ? { messageListVisibility: 'hide' } : {}),
            labelListVisibility: 'labelShow',
          },
  );
  const answer: gmail_v1.Schema$ListLabelsResponse = { labels };
  return json(200, answer);
};

/** Gmail's search, the operators a sync needs: from:, to:, subject:, label:, in:, is:, has:attachment, after:, before:, newer_than:, words; `-` negates. */
function parseGmailQuery(q: string, mailbox: Mailbox): ((message: StoredMessage) => boolean) | null {
  const terms = q.match(/-?(?:\w+:)?(?:"[^"]*"|\S+)/g) ?? [];
  const tests: ((message: StoredMessage) => boolean)[] = [];
  for (const term of terms) {
    const negate = term.startsWith('-');
    const match = /^(?:(\w+):)?(.*)$/.exec(negate ? term.slice(1) : term)!;
    const operator = match[1]?.toLowerCase();
    const value = match[2]!.replace(/^"|"$/g, '').toLowerCase();
    let test: (message: StoredMessage) => boolean;
    const hasLabel = (name: string) => {
      const label = [...mailbox.labels.values()].find(
        (candidate) => candidate.id.toLowerCase() === name || candidate.name.toLowerCase() === name,
      );
      return (message: StoredMessage) => label !== undefined && message.labelIds.has(label.id);
    };
    switch (operator) {
      case undefined:
        test = (message) =>
          `${message.subject}\n${message.from}\n${message.text ?? ''}\n${message.html ?? ''}`.toLowerCase().includes(value);
        break;
      case 'from':
        test = (message) => message.from.toLowerCase().includes(value);
        break;
      case 'to':
        test = (message) => message.to.some((to) => to.toLowerCase().includes(value));
        break;
      case 'subject':
        test = (message) => message.subject.toLowerCase().includes(value);
        break;
      case 'label':
      case 'in':
        if (value === 'anywhere') test = () => true;
        else test = hasLabel(value);
        break;
      case 'is':
        if (value === 'read') test = (message) => !message.labelIds.has('UNREAD');
        else test = hasLabel(value);
        break;
      case 'has':
        if (value !== 'attachment') return null;
        test = (message) => message.attachments.length > 0;
        break;
      case 'after':
      case 'before': {
        const at = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value.replace(/\//g, '-'));
        if (Number.isNaN(at)) return null;
        test = operator === 'after' ? (message) => message.internalDate > at : (message) => message.internalDate < at;
        break;
      }
      case 'newer_than':
      case 'older_than': {
        const period = /^(\d+)([dmy])$/.exec(value);
        if (!period) return null;
        const days = Number(period[1]) * { d: 1, m: 30, y: 365 }[period[2] as 'd' | 'm' | 'y'];
        const at = Date.now() - days * 86_400_000;
        test = operator === 'newer_than' ? (message) => message.internalDate > at : (message) => message.internalDate < at;
        break;
      }
      default:
        return null;
    }
    tests.push(negate ? (message) => !test(message) : test);
  }
  return (message) => tests.every((test) => test(message));
}

export const handleMessagesList: Handler = (request, _context, mailbox) => {
  const { url } = request;
  const maxResults = maxResultsOf(url, 100, 500);
  if (typeof maxResults !== 'number') return maxResults;
  const labelIds = url.searchParams.getAll('labelIds').flatMap((value) => value.split(','));
  const q = url.searchParams.get('q') ?? '';
  const includeSpamTrash = url.searchParams.get('includeSpamTrash') === 'true';
  const search = parseGmailQuery(q, mailbox);
  if (!search) return invalidParameter('q', 'Invalid query');
  const key = pageKey(labelIds, q, String(includeSpamTrash));
  const offset = offsetOf(url, key);
  if (offset === null) return invalidParameter('pageToken', 'Invalid pageToken');
  const matching = [...mailbox.messages.values()]
    .filter((message) => labelIds.every((label) => message.labelIds.has(label)))
    .filter(
      (message) =>
        includeSpamTrash ||
        labelIds.some((label) => label === 'SPAM' || label === 'TRASH') ||
        (!message.labelIds.has('SPAM') && !message.labelIds.has('TRASH')),
    )
    .filter(search)
    .sort((a, b) => b.internalDate - a.internalDate || b.historyId - a.historyId);
  const page = matching.slice(offset, offset + maxResults);
  const answer: gmail_v1.Schema$ListMessagesResponse = {
    // Gmail leaves `messages` out rather than sending an empty list.
    ...(page.length > 0 ? { messages: page.map((message) => ({ id: message.id, threadId: message.threadId })) } : {}),
    ...(offset + maxResults < matching.length ? { nextPageToken: tokenFor(offset + maxResults, key) } : {}),
    resultSizeEstimate: matching.length,
  };
  return json(200, answer);
};

function findMessage(request: FakeRequest, mailbox: Mailbox): StoredMessage | FakeResponse {
  const id = request.params.messageId!;
  if (!/^[0-9a-f]{1,20}$/.test(id)) return googleError(400, 'Invalid id value', { reason: 'invalidArgument' });
  return mailbox.messages.get(id) ?? notFound();
}

export const handleMessagesGet: Handler = (request, _context, mailbox) => {
  const message = findMessage(request, mailbox);
  if ('status' in message) return message;
  const format = request.url.searchParams.get('format') ?? 'full';
  if (!['full', 'metadata', 'minimal', 'raw'].includes(format)) return invalidParameter('format');
  const raw = rawOf(message);
  const base: gmail_v1.Schema$Message = {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    snippet: snippetOf(message),
    sizeEstimate: raw.length,
    historyId: String(message.historyId),
    internalDate: String(message.internalDate),
  };
  if (format === 'minimal') return json(200, base);
  if (format === 'raw') return json(200, { ...base, raw: raw.toString('base64url') });
  const payload = payloadOf(message);
  if (format === 'metadata') {
    const wanted = request.url.searchParams
      .getAll('metadataHeaders')
      .flatMap((value) => value.split(','))
      .map((name) => name.toLowerCase());
    const headers = [...topHeaders(message), ...(payload.headers ?? []).filter((header) => header.name === 'Content-Type')];
    return json(200, {
      ...base,
      payload: {
        mimeType: payload.mimeType,
        headers: wanted.length > 0 ? headers.filter((header) => wanted.includes(header.name!.toLowerCase())) : headers,
      },
    } satisfies gmail_v1.Schema$Message);
  }
  return json(200, { ...base, payload } satisfies gmail_v1.Schema$Message);
};

export const handleAttachmentGet: Handler = (request, _context, mailbox) => {
  const message = findMessage(request, mailbox);
  if ('status' in message) return message;
  const attachment = message.attachments.find((candidate) => candidate.attachmentId === request.params.attachmentId);
  if (!attachment) return notFound();
  const body: gmail_v1.Schema$MessagePartBody = { size: attachment.content.length, data: attachment.content.toString('base64url') };
  return json(200, body);
};

const historyTypes = new Set<HistoryType>(['messageAdded', 'messageDeleted', 'labelAdded', 'labelRemoved']);

export const handleHistoryList: Handler = (request, _context, mailbox) => {
  const { url } = request;
  const startRaw = url.searchParams.get('startHistoryId');
  if (startRaw === null) return googleError(400, 'Missing startHistoryId', { reason: 'invalidArgument' });
  if (!/^\d+$/.test(startRaw)) return invalidParameter('startHistoryId');
  const start = Number(startRaw);
  // Gmail keeps about a week of history: older starting points are 404 and the client must sync in full.
  if (start < mailbox.oldestHistoryId) return notFound();
  const types = url.searchParams.getAll('historyTypes').flatMap((value) => value.split(','));
  if (types.some((type) => !historyTypes.has(type as HistoryType))) return invalidParameter('historyTypes');
  const labelId = url.searchParams.get('labelId');
  const maxResults = maxResultsOf(url, 100, 500);
  if (typeof maxResults !== 'number') return maxResults;
  const key = pageKey(startRaw, types, labelId);
  const offset = offsetOf(url, key);
  if (offset === null) return invalidParameter('pageToken', 'Invalid pageToken');

  const records = mailbox.history.filter(
    (record) =>
      record.id > start &&
      (types.length === 0 || types.includes(record.type)) &&
      (labelId === null || record.labelIds.includes(labelId) || record.changed.includes(labelId)),
  );
  const page = records.slice(offset, offset + maxResults);
  const history = page.map((record): gmail_v1.Schema$History => {
    const ref = { id: record.messageId, threadId: record.threadId };
    const full = { ...ref, labelIds: record.labelIds };
    return {
      id: String(record.id),
      messages: [ref],
      ...(record.type === 'messageAdded' ? { messagesAdded: [{ message: full }] } : {}),
      ...(record.type === 'messageDeleted' ? { messagesDeleted: [{ message: ref }] } : {}),
      ...(record.type === 'labelAdded' ? { labelsAdded: [{ message: full, labelIds: record.changed }] } : {}),
      ...(record.type === 'labelRemoved' ? { labelsRemoved: [{ message: full, labelIds: record.changed }] } : {}),
    };
  });
  const answer: gmail_v1.Schema$ListHistoryResponse = {
    ...(history.length > 0 ? { history } : {}),
    ...(offset + maxResults < records.length ? { nextPageToken: tokenFor(offset + maxResults, key) } : {}),
    historyId: String(mailbox.historyId),
  };
  return json(200, answer);
};

export const handleWatch: Handler = (request, context, mailbox) => {
  const body = (request.body ?? {}) as gmail_v1.Schema$WatchRequest;
  if (!body.topicName || !/^projects\/[^/]+\/topics\/[^/]+$/.test(body.topicName)) {
    return googleError(400, 'Invalid topicName does not match projects/SOME-ANDROID-PROJECT/topics/*', { reason: 'invalidArgument' });
  }
  const behavior = (body.labelFilterBehavior ?? body.labelFilterAction ?? 'include').toLowerCase();
  if (behavior !== 'include' && behavior !== 'exclude') return invalidParameter('labelFilterBehavior');
  const watch = context.gmail.watch(mailbox.email, {
    topicName: body.topicName,
    labelIds: body.labelIds ?? [],
    labelFilterBehavior: behavior,
  });
  const answer: gmail_v1.Schema$WatchResponse = { historyId: String(mailbox.historyId), expiration: String(watch.expiration) };
  return json(200, answer);
};

export const handleStop: Handler = (_request, _context, mailbox) => {
  mailbox.watch = null;
  return { status: 204 };
};
