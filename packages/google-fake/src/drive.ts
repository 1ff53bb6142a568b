// Drive v3 (`/drive/v3/…`): about.get, drives.list, files.list/get/export, changes.getStartPageToken/list/watch and
// channels.stop, answering with Drive's shapes (typed by `@googleapis/drive`), field masks and errors.
import { createHash } from 'node:crypto';
import type { drive_v3 } from '@googleapis/drive';
import { authenticate, isResponse, type FakeContext } from './context';
import { parseDriveQuery, type Predicate } from './driveQuery';
import { exportFormats, exportSizeLimit, md5, mimeTypes, type DriveFile, type DriveUser } from './driveState';
import { applyFields, parseFields, unknownField, type FieldMask, type Shape } from './fields';
import { flag, googleError, invalidParameter, json, type FakeRequest, type FakeResponse } from './http';

type Handler = (request: FakeRequest, context: FakeContext, user: DriveUser) => FakeResponse;

/** The File fields the fake models; a mask naming another one is refused (see the README). */
const ownerShape = { kind: true, displayName: true, emailAddress: true, permissionId: true, me: true } satisfies Shape;
const fileShape = {
  kind: true,
  id: true,
  name: true,
  mimeType: true,
  parents: true,
  trashed: true,
  explicitlyTrashed: true,
  starred: true,
  createdTime: true,
  modifiedTime: true,
  version: true,
  size: true,
  md5Checksum: true,
  webViewLink: true,
  webContentLink: true,
  iconLink: true,
  owners: ownerShape,
  ownedByMe: true,
  shared: true,
  driveId: true,
  teamDriveId: true,
  spaces: true,
  capabilities: true,
  exportLinks: true,
  fileExtension: true,
  fullFileExtension: true,
} satisfies { [K in keyof drive_v3.Schema$File]?: Shape | true };
const fileListShape = { kind: true, nextPageToken: true, incompleteSearch: true, files: fileShape } satisfies {
  [K in keyof drive_v3.Schema$FileList]?: Shape | true;
};
const changeShape = { kind: true, changeType: true, time: true, removed: true, fileId: true, file: fileShape, driveId: true } satisfies {
  [K in keyof drive_v3.Schema$Change]?: Shape | true;
};
const changeListShape = { kind: true, nextPageToken: true, newStartPageToken: true, changes: changeShape } satisfies {
  [K in keyof drive_v3.Schema$ChangeList]?: Shape | true;
};
const driveShape = { kind: true, id: true, name: true, createdTime: true, hidden: true, capabilities: true } satisfies {
  [K in keyof drive_v3.Schema$Drive]?: Shape | true;
};
const driveListShape = { kind: true, nextPageToken: true, drives: driveShape } satisfies {
  [K in keyof drive_v3.Schema$DriveList]?: Shape | true;
};

// Drive's defaults when `fields` is absent: a file is kind, id, name and mimeType.
const defaultFile = 'kind,id,name,mimeType';
const defaults = {
  fileList: `kind,nextPageToken,incompleteSearch,files(${defaultFile})`,
  changeList: `kind,nextPageToken,newStartPageToken,changes(kind,changeType,time,removed,fileId,driveId,file(${defaultFile}))`,
  driveList: 'kind,nextPageToken,drives(kind,id,name)',
};

export function driveHandler(handler: Handler) {
  return (request: FakeRequest, context: FakeContext): FakeResponse => {
    const token = authenticate(request, context, 'drive');
    if (isResponse(token)) return token;
    // A Google account without Drive data yet gets an empty My Drive, as a new account has.
    const account = context.auth.requireAccount(token.email);
    const user = context.drive.users.get(token.email) ?? context.drive.addUser(token.email, account.name);
    return handler(request, context, user);
  };
}

function masked(request: FakeRequest, value: object, shape: Shape, fallback: string): FakeResponse {
  let mask: FieldMask;
  try {
    mask = parseFields(request.url.searchParams.get('fields') ?? fallback);
  } catch (error) {
    return invalidParameter('fields', (error as Error).message);
  }
  const unknown = unknownField(mask, shape);
  if (unknown) return invalidParameter('fields', `Invalid field selection ${unknown} (or the Google Drive fake does not model it)`);
  return json(200, applyFields(value, mask));
}

function pageSizeOf(url: URL, fallback: number, max: number): number | FakeResponse {
  const raw = url.searchParams.get('pageSize');
  if (raw === null) return fallback;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > max) return invalidParameter('pageSize');
  return size;
}

/** Page tokens carry the offset and a digest of the query: reusing one with other parameters is a 400, as in Drive. */
function encodePageToken(offset: number, key: string): string {
  return Buffer.from(JSON.stringify({ o: offset, k: key })).toString('base64url');
}

function decodePageToken(token: string | null, key: string): number | null {
  if (token === null) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; k?: unknown };
    return typeof parsed.o === 'number' && parsed.k === key ? parsed.o : null;
  } catch {
    return null;
  }
}

function digest(...parts: (string | null | boolean)[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

const googleLinks: Record<string, string> = {
  [mimeTypes.document]: 'https://docs.google.com/document/d/',
  [mimeTypes.spreadsheet]: 'https://docs.google.com/spreadsheets/d/',
  [mimeTypes.presentation]: 'https://docs.google.com/presentation/d/',
};

export function fileResource(file: DriveFile, viewer: DriveUser, context: FakeContext): drive_v3.Schema$File {
  const isFolder = file.mimeType === mimeTypes.folder;
  const google = file.mimeType in exportFormats;
  const extension = !google && !isFolder && file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1) : undefined;
  const owners = file.owners.map((email) => {
    const owner = context.drive.users.get(email);
    return {
      kind: 'drive#user',
      displayName: owner?.displayName ?? email,
      emailAddress: email,
      permissionId: owner?.permissionId ?? '',
      me: email === viewer.email,
    };
  });
  return {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    ...(file.isRoot ? {} : { parents: file.parents }),
    trashed: file.trashed,
    explicitlyTrashed: file.explicitlyTrashed,
    starred: file.starred,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    version: String(file.version),
    ...(file.content ? { size: String(file.content.length), md5Checksum: md5(file.content) } : {}),
    webViewLink: isFolder
      ? `https://drive.google.com/drive/folders/${file.id}`
      : google
        ? `${googleLinks[file.mimeType] ?? ''}${file.id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
    ...(file.content ? { webContentLink: `https://drive.google.com/uc?id=${file.id}&export=download` } : {}),
    iconLink: `https://drive-thirdparty.googleusercontent.com/16/type/${file.mimeType}`,
    // Shared drive items have no owners: the drive owns them.
    ...(file.driveId ? { driveId: file.driveId, teamDriveId: file.driveId } : { owners, ownedByMe: file.owners.includes(viewer.email) }),
    shared: file.sharedWith.size > 0,
    spaces: ['drive'],
    capabilities: { canDownload: !isFolder, canEdit: false, canListChildren: isFolder, canTrash: false },
    ...(google
      ? {
          exportLinks: Object.fromEntries(
            exportFormats[file.mimeType]!.map((format) => [
              format,
              `https://docs.google.com/feeds/download/export?id=${file.id}&exportFormat=${format}`,
            ]),
          ),
        }
      : {}),
    ...(extension ? { fileExtension: extension, fullFileExtension: extension } : {}),
  };
}

/** How the file looks to `q`: `root` and `me` work as aliases, as in Drive. */
function searchable(file: DriveFile, user: DriveUser): DriveFile {
  return {
    ...file,
    parents: file.parents.includes(user.rootId) ? [...file.parents, 'root'] : file.parents,
    owners: file.owners.includes(user.email) ? [...file.owners, 'me'] : file.owners,
    sharedWithMe: file.sharedWith.has(user.email) && !file.owners.includes(user.email),
  };
}

const orderKeys: Record<string, (a: DriveFile, b: DriveFile) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  name_natural: (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }),
  modifiedTime: (a, b) => a.modifiedTime.localeCompare(b.modifiedTime),
  createdTime: (a, b) => a.createdTime.localeCompare(b.createdTime),
  folder: (a, b) => Number(b.mimeType === mimeTypes.folder) - Number(a.mimeType === mimeTypes.folder),
  starred: (a, b) => Number(b.starred) - Number(a.starred),
};

function comparator(orderBy: string | null): ((a: DriveFile, b: DriveFile) => number) | null {
  const parts: ((a: DriveFile, b: DriveFile) => number)[] = [];
  for (const item of (orderBy ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [key, direction, extra] = item.split(/\s+/);
    const compare = orderKeys[key!];
    if (!compare || extra !== undefined || (direction !== undefined && direction !== 'desc' && direction !== 'asc')) return null;
    parts.push(direction === 'desc' ? (a, b) => compare(b, a) : compare);
  }
  parts.push((a, b) => a.seq - b.seq);
  return (a, b) => {
    for (const compare of parts) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/** Checks the shared-drive parameters as Drive does; the error, or which drives the request may see. */
function driveScope(
  url: URL,
  context: FakeContext,
  user: DriveUser,
  corporaDefault: string,
): FakeResponse | { driveId: string | null; allDrives: boolean } {
  const supportsAllDrives = flag(url, 'supportsAllDrives') || flag(url, 'supportsTeamDrives');
  const includeAll = flag(url, 'includeItemsFromAllDrives') || flag(url, 'includeTeamDriveItems');
  const driveId = url.searchParams.get('driveId');
  const corpora = url.searchParams.get('corpora') ?? (driveId ? 'drive' : corporaDefault);
  if (includeAll && !supportsAllDrives) {
    return googleError(403, 'The includeItemsFromAllDrives parameter can only be set to true when supportsAllDrives is also set to true.', {
      reason: 'teamDrivesParameterMismatch',
    });
  }
  if (!['user', 'drive', 'allDrives'].includes(corpora)) return invalidParameter('corpora');
  if ((corpora === 'drive') !== (driveId !== null)) {
    return invalidParameter('corpora', 'The driveId parameter must be specified if and only if corpora is set to drive.');
  }
  if ((corpora === 'drive' || corpora === 'allDrives') && !includeAll) {
    return invalidParameter(
      'includeItemsFromAllDrives',
      `The includeItemsFromAllDrives parameter must be set to true when corpora is ${corpora}.`,
    );
  }
  if (driveId !== null && !context.drive.drives.get(driveId)?.members.has(user.email)) {
    return googleError(404, `Shared drive not found: ${driveId}`, { reason: 'notFound', location: 'driveId', locationType: 'parameter' });
  }
  return { driveId, allDrives: includeAll };
}

export const handleFilesList: Handler = (request, context, user) => {
  const { url } = request;
  const scope = driveScope(url, context, user, 'user');
  if ('status' in scope) return scope;
  const pageSize = pageSizeOf(url, 100, 1000);
  if (typeof pageSize !== 'number') return pageSize;
  const q = url.searchParams.get('q');
  let predicate: Predicate = () => true;
  if (q !== null && q.trim() !== '') {
    try {
      predicate = parseDriveQuery(q);
    } catch {
      return invalidParameter('q');
    }
  }
  const orderBy = url.searchParams.get('orderBy');
  const compare = comparator(orderBy);
  if (!compare) return invalidParameter('orderBy');
  const key = digest(user.email, q, orderBy, scope.driveId, scope.allDrives);
  const offset = decodePageToken(url.searchParams.get('pageToken'), key);
  if (offset === null) return invalidParameter('pageToken');

  const matching = [...context.drive.files.values()]
    .filter((file) => !file.isRoot && context.drive.canSee(user.email, file))
    .filter((file) => (scope.driveId !== null ? file.driveId === scope.driveId : file.driveId === null || scope.allDrives))
    .filter((file) => predicate(searchable(file, user)))
    .sort(compare);
  const page = matching.slice(offset, offset + pageSize);
  const list: drive_v3.Schema$FileList = {
    kind: 'drive#fileList',
    ...(offset + pageSize < matching.length ? { nextPageToken: encodePageToken(offset + pageSize, key) } : {}),
    incompleteSearch: false,
    files: page.map((file) => fileResource(file, user, context)),
  };
  return masked(request, list, fileListShape, defaults.fileList);
};

/** The file `fileId` names if this user may see it through this request, or Drive's 404. */
function findFile(request: FakeRequest, context: FakeContext, user: DriveUser): DriveFile | FakeResponse {
  const id = request.params.fileId!;
  const file = context.drive.files.get(id === 'root' ? user.rootId : id);
  const allDrives = flag(request.url, 'supportsAllDrives') || flag(request.url, 'supportsTeamDrives');
  // Without supportsAllDrives, shared drive items do not exist for the caller.
  if (!file || !context.drive.canSee(user.email, file) || (file.driveId && !allDrives) || (file.isRoot && file.id !== user.rootId)) {
    return googleError(404, `File not found: ${id}.`, { reason: 'notFound', location: 'fileId', locationType: 'parameter' });
  }
  return file;
}

export const handleFilesGet: Handler = (request, context, user) => {
  const file = findFile(request, context, user);
  if ('status' in file) return file;
  if (request.url.searchParams.get('alt') !== 'media') return masked(request, fileResource(file, user, context), fileShape, defaultFile);
  if (!file.content) {
    return googleError(403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.', {
      reason: 'fileNotDownloadable',
      location: 'alt',
      locationType: 'parameter',
    });
  }
  return { status: 200, bytes: file.content, headers: { 'content-type': file.mimeType, 'content-length': String(file.content.length) } };
};

export const handleFilesExport: Handler = (request, context, user) => {
  const file = findFile(request, context, user);
  if ('status' in file) return file;
  const format = request.url.searchParams.get('mimeType');
  if (!format)
    return googleError(400, 'Required parameter: mimeType', { reason: 'required', location: 'mimeType', locationType: 'parameter' });
  const formats = exportFormats[file.mimeType];
  if (!formats || file.exportText === null) {
    return googleError(403, 'Export only supports Docs Editors files.', { reason: 'fileNotExportable' });
  }
  if (!formats.includes(format)) {
    return googleError(400, 'The requested conversion is not supported.', {
      reason: 'badRequest',
      location: 'convertTo',
      locationType: 'parameter',
    });
  }
  if ((file.exportSize ?? Buffer.byteLength(file.exportText)) > exportSizeLimit) {
    return googleError(403, 'This file is too large to be exported.', { reason: 'exportSizeLimitExceeded' });
  }
  return { status: 200, text: convert(file.exportText, format), headers: { 'content-type': `${format}; charset=utf-8` } };
};

/** Exports are kept as markdown (Docs), CSV (Sheets) or plain text (Slides); the other formats derive from them. */
function convert(text: string, format: string): string {
  switch (format) {
    case 'text/plain':
      return text.replace(/^#+\s*/gm, '').replace(/[*_`]/g, '');
    case 'text/html':
      return `<html><body>${text
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join('')}</body></html>`;
    case 'text/tab-separated-values':
      return text.replace(/,/g, '\t');
    default:
      return text;
  }
}

const aboutShape = { kind: true, user: ownerShape, storageQuota: true } satisfies { [K in keyof drive_v3.Schema$About]?: Shape | true };

export const handleAbout: Handler = (request, context, user) => {
  // Drive answers about.get only with a field mask.
  if (!request.url.searchParams.get('fields')) {
    return googleError(400, "The 'fields' parameter is required for this method.", {
      reason: 'required',
      location: 'fields',
      locationType: 'parameter',
    });
  }
  const used = [...context.drive.files.values()]
    .filter((file) => file.owners.includes(user.email))
    .reduce((sum, file) => sum + (file.content?.length ?? 0), 0);
  const about: drive_v3.Schema$About = {
    kind: 'drive#about',
    user: { kind: 'drive#user', displayName: user.displayName, emailAddress: user.email, permissionId: user.permissionId, me: true },
    storageQuota: { limit: String(15 * 1024 ** 3), usage: String(used), usageInDrive: String(used), usageInDriveTrash: '0' },
  };
  return masked(request, about, aboutShape, '');
};

export const handleDrivesList: Handler = (request, context, user) => {
  const pageSize = pageSizeOf(request.url, 10, 100);
  if (typeof pageSize !== 'number') return pageSize;
  const key = digest(user.email, 'drives');
  const offset = decodePageToken(request.url.searchParams.get('pageToken'), key);
  if (offset === null) return invalidParameter('pageToken');
  const drives = [...context.drive.drives.values()].filter((drive) => drive.members.has(user.email));
  const list: drive_v3.Schema$DriveList = {
    kind: 'drive#driveList',
    ...(offset + pageSize < drives.length ? { nextPageToken: encodePageToken(offset + pageSize, key) } : {}),
    drives: drives.slice(offset, offset + pageSize).map((drive): drive_v3.Schema$Drive => ({
      kind: 'drive#drive',
      id: drive.id,
      name: drive.name,
      createdTime: drive.createdTime,
      hidden: false,
      capabilities: { canListChildren: true, canDownload: true },
    })),
  };
  return masked(request, list, driveListShape, defaults.driveList);
};

export const handleStartPageToken: Handler = (request, context, user) => {
  const scope = changeScope(request.url, context, user);
  if ('status' in scope) return scope;
  const token: drive_v3.Schema$StartPageToken = { kind: 'drive#startPageToken', startPageToken: context.drive.startPageToken() };
  return json(200, token);
};

/** changes.* take driveId (needs supportsAllDrives) and includeItemsFromAllDrives instead of corpora. */
function changeScope(url: URL, context: FakeContext, user: DriveUser): FakeResponse | { driveId: string | null; allDrives: boolean } {
  const supportsAllDrives = flag(url, 'supportsAllDrives') || flag(url, 'supportsTeamDrives');
  const includeAll = flag(url, 'includeItemsFromAllDrives') || flag(url, 'includeTeamDriveItems');
  const driveId = url.searchParams.get('driveId');
  if ((includeAll || driveId !== null) && !supportsAllDrives) {
    return googleError(403, 'The includeItemsFromAllDrives parameter can only be set to true when supportsAllDrives is also set to true.', {
      reason: 'teamDrivesParameterMismatch',
    });
  }
  if (driveId !== null && !context.drive.drives.get(driveId)?.members.has(user.email)) {
    return googleError(404, `Shared drive not found: ${driveId}`, { reason: 'notFound', location: 'driveId', locationType: 'parameter' });
  }
  return { driveId, allDrives: includeAll };
}

function pageTokenOf(url: URL, context: FakeContext): number | FakeResponse {
  const raw = url.searchParams.get('pageToken');
  if (raw === null)
    return googleError(400, 'Required parameter: pageToken', { reason: 'required', location: 'pageToken', locationType: 'parameter' });
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > Number(context.drive.startPageToken())) return invalidParameter('pageToken');
  return value;
}

export const handleChangesList: Handler = (request, context, user) => {
  const { url } = request;
  const scope = changeScope(url, context, user);
  if ('status' in scope) return scope;
  const from = pageTokenOf(url, context);
  if (typeof from !== 'number') return from;
  const pageSize = pageSizeOf(url, 100, 1000);
  if (typeof pageSize !== 'number') return pageSize;
  const includeRemoved = url.searchParams.get('includeRemoved') !== 'false';
  const restrictToMyDrive = flag(url, 'restrictToMyDrive');

  const relevant = context.drive.changes.filter(
    (change) =>
      change.seq >= from &&
      change.audience.has(user.email) &&
      (scope.driveId !== null ? change.driveId === scope.driveId : change.driveId === null || (scope.allDrives && !restrictToMyDrive)),
  );
  // Drive reports a file once, in its latest state, however often it changed since the token.
  const latest = new Map(relevant.map((change) => [change.fileId, change.seq]));
  const entries = relevant
    .filter((change) => latest.get(change.fileId) === change.seq)
    .map((change) => {
      const file = context.drive.files.get(change.fileId);
      const visible = file !== undefined && context.drive.canSee(user.email, file);
      return { change, file: visible ? file : undefined };
    })
    .filter((entry) => includeRemoved || entry.file !== undefined);
  const page = entries.slice(0, pageSize);
  const next = entries[pageSize];
  const list: drive_v3.Schema$ChangeList = {
    kind: 'drive#changeList',
    ...(next ? { nextPageToken: String(next.change.seq) } : { newStartPageToken: context.drive.startPageToken() }),
    changes: page.map(({ change, file }): drive_v3.Schema$Change => ({
      kind: 'drive#change',
      changeType: 'file',
      time: change.time,
      removed: file === undefined,
      fileId: change.fileId,
      ...(file ? { file: fileResource(file, user, context) } : {}),
    })),
  };
  return masked(request, list, changeListShape, defaults.changeList);
};

export const handleChangesWatch: Handler = (request, context, user) => {
  const { url } = request;
  const scope = changeScope(url, context, user);
  if ('status' in scope) return scope;
  const from = pageTokenOf(url, context);
  if (typeof from !== 'number') return from;
  const body = (request.body ?? {}) as drive_v3.Schema$Channel;
  if (!body.id) return googleError(400, 'Required: id', { reason: 'required', location: 'id' });
  if (body.type !== 'web_hook' && body.type !== 'webhook')
    return googleError(400, 'Invalid value for: type', { reason: 'invalid', location: 'type' });
  if (!body.address || !URL.canParse(body.address))
    return googleError(400, 'Invalid value for: address', { reason: 'invalid', location: 'address' });
  if (context.drive.channels.has(body.id)) {
    return googleError(400, `Channel id ${body.id} not unique`, { reason: 'channelIdNotUnique' });
  }
  const resourceUri = `${context.baseUrl}/drive/v3/changes?alt=json&pageToken=${from}`;
  const channel = context.drive.watch({
    id: body.id,
    address: body.address,
    token: body.token ?? null,
    expiration: body.expiration ? Number(body.expiration) : null,
    user: user.email,
    driveId: scope.driveId,
    includeItemsFromAllDrives: scope.allDrives,
    resourceUri,
  });
  const answer: drive_v3.Schema$Channel = {
    kind: 'api#channel',
    id: channel.id,
    resourceId: channel.resourceId,
    resourceUri,
    ...(channel.token !== null ? { token: channel.token } : {}),
    expiration: String(channel.expiration),
  };
  return json(200, answer);
};

export const handleChannelsStop: Handler = (request, context, user) => {
  const body = (request.body ?? {}) as drive_v3.Schema$Channel;
  const channel = body.id ? context.drive.channels.get(body.id) : undefined;
  if (!channel || channel.stopped || channel.resourceId !== body.resourceId || channel.user !== user.email) {
    return googleError(404, `Channel '${body.id ?? ''}' not found for project 'connections-gateway-fake'`, { reason: 'notFound' });
  }
  channel.stopped = true;
  return { status: 204 };
};
