// What the fake Gmail knows: mailboxes with system and user labels, messages built into MIME trees, the history
// every mutation appends to, and watches that publish to Pub/Sub topics. Pure data; no HTTP here.
import { newMessageId } from './ids';
import type { Outbox } from './push';

export const systemLabels = [
  'INBOX',
  'SENT',
  'DRAFT',
  'SPAM',
  'TRASH',
  'UNREAD',
  'STARRED',
  'IMPORTANT',
  'CHAT',
  'CATEGORY_PERSONAL',
  'CATEGORY_SOCIAL',
  'CATEGORY_PROMOTIONS',
  'CATEGORY_UPDATES',
  'CATEGORY_FORUMS',
] as const;

export interface Label {
  id: string;
  name: string;
  type: 'system' | 'user';
}

export interface Attachment {
  filename: string;
  mimeType: string;
  content: Buffer;
  attachmentId: string;
}

export interface StoredMessage {
  id: string;
  threadId: string;
  labelIds: Set<string>;
  /** Epoch milliseconds. */
  internalDate: number;
  from: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  attachments: Attachment[];
  /** The history id of the message's last change. */
  historyId: number;
}

export type HistoryType = 'messageAdded' | 'messageDeleted' | 'labelAdded' | 'labelRemoved';

export interface HistoryRecord {
  id: number;
  type: HistoryType;
  messageId: string;
  threadId: string;
  /** The message's labels after the change. */
  labelIds: string[];
  /** For labelAdded / labelRemoved: the labels that changed. */
  changed: string[];
}

export interface Watch {
  topicName: string;
  labelIds: string[];
  labelFilterBehavior: 'include' | 'exclude';
  /** Epoch milliseconds. */
  expiration: number;
}

export interface Mailbox {
  email: string;
  labels: Map<string, Label>;
  messages: Map<string, StoredMessage>;
  historyId: number;
  history: HistoryRecord[];
  /** A startHistoryId below this is too old: history.list answers 404. */
  oldestHistoryId: number;
  watch: Watch | null;
  nextLabel: number;
}

export interface MessageSpec {
  from: string;
  /** Default: the mailbox's address. */
  to?: string | string[];
  subject?: string;
  date?: string | Date;
  text?: string;
  html?: string;
  attachments?: { filename: string; mimeType?: string; content: string | Buffer }[];
  /** Label ids or user label names; default `['INBOX', 'UNREAD']`. */
  labels?: string[];
  /** Reply in an existing thread. */
  threadId?: string;
}

export interface PubSubPush {
  url: string;
  audience: string;
  serviceAccountEmail: string;
  subscription: string;
}

/** Gmail watches last 7 days and must be renewed. */
const watchLifetimeMs = 7 * 24 * 3_600_000;

export class GmailState {
  readonly mailboxes = new Map<string, Mailbox>();
  readonly pushes = new Map<string, PubSubPush>();
  private pubSubMessages = 0;

  constructor(private readonly outbox: Outbox) {}

  addMailbox(email: string, userLabels: string[] = []): Mailbox {
    const existing = this.mailboxes.get(email);
    if (existing) return existing;
    const mailbox: Mailbox = {
      email,
      labels: new Map(systemLabels.map((id) => [id, { id, name: id, type: 'system' }])),
      messages: new Map(),
      // Gmail's history ids are large and only ever grow.
      historyId: 1_000,
      history: [],
      oldestHistoryId: 1_000,
      watch: null,
      nextLabel: 1,
    };
    this.mailboxes.set(email, mailbox);
    for (const name of userLabels) this.addLabel(email, name);
    return mailbox;
  }

  requireMailbox(email: string): Mailbox {
    const mailbox = this.mailboxes.get(email);
    if (!mailbox) throw new Error(`No mailbox ${email}: add one with addMailbox`);
    return mailbox;
  }

  addLabel(email: string, name: string): Label {
    const mailbox = this.requireMailbox(email);
    const existing = [...mailbox.labels.values()].find((label) => label.name === name);
    if (existing) return existing;
    const label: Label = { id: `Label_${mailbox.nextLabel++}`, name, type: 'user' };
    mailbox.labels.set(label.id, label);
    return label;
  }

  /** A label id from an id or a user label's name. */
  labelId(mailbox: Mailbox, idOrName: string): string {
    if (mailbox.labels.has(idOrName)) return idOrName;
    const byName = [...mailbox.labels.values()].find((label) => label.name === idOrName);
    if (!byName) throw new Error(`No label ${idOrName} in ${mailbox.email}`);
    return byName.id;
  }

  addMessage(email: string, spec: MessageSpec): StoredMessage {
    const mailbox = this.requireMailbox(email);
    const id = newMessageId();
    const message: StoredMessage = {
      id,
      threadId: spec.threadId ?? id,
      labelIds: new Set((spec.labels ?? ['INBOX', 'UNREAD']).map((label) => this.labelId(mailbox, label))),
      internalDate: spec.date ? new Date(spec.date).getTime() : Date.now(),
      from: spec.from,
      to: spec.to === undefined ? [email] : Array.isArray(spec.to) ? spec.to : [spec.to],
      subject: spec.subject ?? '',
      text: spec.text ?? (spec.html === undefined ? '' : null),
      html: spec.html ?? null,
      attachments: (spec.attachments ?? []).map((attachment, index) => ({
        filename: attachment.filename,
        mimeType: attachment.mimeType ?? 'application/octet-stream',
        content: typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content,
        attachmentId: `ANGjdJ${id}${index}${newMessageId()}`,
      })),
      historyId: 0,
    };
    mailbox.messages.set(id, message);
    this.record(mailbox, message, 'messageAdded', []);
    return message;
  }

  /** Adds and removes labels (ids or user label names); a no-op change records nothing, as in Gmail. */
  labelMessage(email: string, messageId: string, change: { add?: string[]; remove?: string[] }): StoredMessage {
    const mailbox = this.requireMailbox(email);
    const message = this.requireMessage(mailbox, messageId);
    const added = (change.add ?? []).map((label) => this.labelId(mailbox, label)).filter((label) => !message.labelIds.has(label));
    for (const label of added) message.labelIds.add(label);
    if (added.length > 0) this.record(mailbox, message, 'labelAdded', added);
    const removed = (change.remove ?? []).map((label) => this.labelId(mailbox, label)).filter((label) => message.labelIds.has(label));
    for (const label of removed) message.labelIds.delete(label);
    if (removed.length > 0) this.record(mailbox, message, 'labelRemoved', removed);
    return message;
  }

  deleteMessage(email: string, messageId: string): void {
    const mailbox = this.requireMailbox(email);
    const message = this.requireMessage(mailbox, messageId);
    mailbox.messages.delete(messageId);
    this.record(mailbox, message, 'messageDeleted', []);
  }

  /** Forgets the history so far, as Gmail does after about a week: older startHistoryIds get 404. */
  expireHistory(email: string): void {
    const mailbox = this.requireMailbox(email);
    mailbox.history = [];
    mailbox.oldestHistoryId = mailbox.historyId;
  }

  watch(email: string, watch: Omit<Watch, 'expiration'>): Watch {
    const mailbox = this.requireMailbox(email);
    mailbox.watch = { ...watch, expiration: Date.now() + watchLifetimeMs };
    return mailbox.watch;
  }

  requireMessage(mailbox: Mailbox, messageId: string): StoredMessage {
    const message = mailbox.messages.get(messageId);
    if (!message) throw new Error(`No message ${messageId} in ${mailbox.email}`);
    return message;
  }

  private record(mailbox: Mailbox, message: StoredMessage, type: HistoryType, changed: string[]): void {
    mailbox.historyId += 1 + Math.floor(Math.random() * 3);
    message.historyId = mailbox.historyId;
    const labelIds = [...message.labelIds];
    mailbox.history.push({ id: mailbox.historyId, type, messageId: message.id, threadId: message.threadId, labelIds, changed });
    this.publish(mailbox, labelIds);
  }

  /** A Pub/Sub push for a watched mailbox whose change passes the watch's label filter, if the topic pushes somewhere. */
  private publish(mailbox: Mailbox, labelIds: string[]): void {
    const watch = mailbox.watch;
    if (!watch || watch.expiration <= Date.now()) return;
    if (watch.labelIds.length > 0) {
      const hit = labelIds.some((label) => watch.labelIds.includes(label));
      if (watch.labelFilterBehavior === 'include' ? !hit : hit) return;
    }
    const push = this.pushes.get(watch.topicName);
    if (!push) return;
    this.outbox.enqueue({
      type: 'pubsub',
      url: push.url,
      topic: watch.topicName,
      subscription: push.subscription,
      audience: push.audience,
      serviceAccountEmail: push.serviceAccountEmail,
      emailAddress: mailbox.email,
      historyId: mailbox.historyId,
      messageId: String(10_000_000_000_000 + ++this.pubSubMessages),
      publishTime: new Date().toISOString(),
    });
  }
}
