// What the fake Drive knows: each user's My Drive, shared drives and their members, files and folders, the
// changes feed every mutation appends to, and watch channels. Pure data and the rules over it; no HTTP here.
import { createHash } from 'node:crypto';
import type { Searchable } from './driveQuery';
import { newDriveId, newFileId, newPermissionId, newResourceId } from './ids';
import type { Outbox } from './push';

export const mimeTypes = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  presentation: 'application/vnd.google-apps.presentation',
} as const;

/** What each Google type exports to, as Drive's `exportFormats` lists them (the text ones the gateway reads). */
export const exportFormats: Record<string, string[]> = {
  [mimeTypes.document]: ['text/markdown', 'text/plain', 'text/html'],
  [mimeTypes.spreadsheet]: ['text/csv', 'text/tab-separated-values'],
  [mimeTypes.presentation]: ['text/plain'],
};

/** Drive refuses to export more than 10 MB. */
export const exportSizeLimit = 10 * 1024 * 1024;

export interface DriveUser {
  email: string;
  permissionId: string;
  displayName: string;
  rootId: string;
}

export interface SharedDrive {
  id: string;
  name: string;
  createdTime: string;
  members: Set<string>;
}

export interface DriveFile extends Searchable {
  id: string;
  /** null in My Drive; the shared drive's id otherwise. */
  driveId: string | null;
  /** My Drive roots: never listed, reachable as `root`. */
  isRoot: boolean;
  explicitlyTrashed: boolean;
  version: number;
  /** Users besides the owner who can see the file (My Drive only). */
  sharedWith: Set<string>;
  /** Bytes of a non-Google file. */
  content: Buffer | null;
  /** What a Google Doc/Sheet/Slides exports to (markdown, CSV or plain text). */
  exportText: string | null;
  /** The export's size in bytes when it differs from `exportText`'s (to simulate huge documents). */
  exportSize: number | null;
  /** Creation order: the default listing order. */
  seq: number;
}

export interface Change {
  seq: number;
  fileId: string;
  driveId: string | null;
  time: string;
  /** Who could see the file before or after the change: they all get the change in their feed. */
  audience: Set<string>;
}

export interface Channel {
  id: string;
  resourceId: string;
  address: string;
  token: string | null;
  /** Epoch milliseconds. */
  expiration: number;
  user: string;
  /** Watch options the changes.watch request gave, which decide what reaches the channel. */
  driveId: string | null;
  includeItemsFromAllDrives: boolean;
  messageNumber: number;
  resourceUri: string;
  stopped: boolean;
}

export interface FileSpec {
  name: string;
  /** A folder's or shared drive's id; default the owner's My Drive root. */
  parent?: string;
  /** Default `text/plain`; a Google type (`mimeTypes.document`…) makes `text` the export. */
  mimeType?: string;
  /** A Google file's export, or a plain file's content when `content` is not given. */
  text?: string;
  content?: string | Buffer;
  /** Pretend the export has this many bytes (over 10 MB: exports fail with exportSizeLimitExceeded). */
  exportSize?: number;
  starred?: boolean;
  sharedWith?: string[];
  createdTime?: string | Date;
  modifiedTime?: string | Date;
}

export interface FileUpdate {
  name?: string;
  text?: string;
  content?: string | Buffer;
  starred?: boolean;
  modifiedTime?: string | Date;
}

/** Channels of changes.watch live an hour by default and a week at most, as Drive's. */
const defaultChannelLifetimeMs = 3_600_000;
const maxChannelLifetimeMs = 604_800_000;

export class DriveState {
  readonly users = new Map<string, DriveUser>();
  readonly drives = new Map<string, SharedDrive>();
  readonly files = new Map<string, DriveFile>();
  readonly changes: Change[] = [];
  readonly channels = new Map<string, Channel>();
  private seq = 0;
  private changeSeq = 0;
  private lastTime = 0;

  constructor(private readonly outbox: Outbox) {}

  /** Strictly increasing times, so `orderBy=modifiedTime` and change times are never ambiguous. */
  now(): string {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return new Date(this.lastTime).toISOString();
  }

  addUser(email: string, displayName: string): DriveUser {
    const existing = this.users.get(email);
    if (existing) return existing;
    const user: DriveUser = { email, displayName, permissionId: newPermissionId(), rootId: newDriveId() };
    this.users.set(email, user);
    const time = this.now();
    this.files.set(user.rootId, {
      ...this.blank(user.rootId, 'My Drive', mimeTypes.folder, time),
      owners: [email],
      isRoot: true,
    });
    return user;
  }

  requireUser(email: string): DriveUser {
    const user = this.users.get(email);
    if (!user) throw new Error(`No Drive user ${email}: add one with addDriveUser`);
    return user;
  }

  addSharedDrive(name: string, members: string[]): SharedDrive {
    for (const member of members) this.requireUser(member);
    const drive: SharedDrive = { id: newDriveId(), name, createdTime: this.now(), members: new Set(members) };
    this.drives.set(drive.id, drive);
    return drive;
  }

  requireFile(id: string): DriveFile {
    const file = this.files.get(id);
    if (!file) throw new Error(`No Drive file ${id}`);
    return file;
  }

  /** Adds a file or folder owned by `owner` (in a shared drive: created by `owner`, owned by the drive). */
  addFile(owner: string, spec: FileSpec): DriveFile {
    const user = this.requireUser(owner);
    const parentId = spec.parent ?? user.rootId;
    const drive = this.drives.get(parentId);
    const parent = drive ? undefined : this.requireFile(parentId);
    if (parent && parent.mimeType !== mimeTypes.folder) throw new Error(`${parentId} is not a folder`);
    const driveId = drive ? drive.id : (parent?.driveId ?? null);
    const mimeType = spec.mimeType ?? 'text/plain';
    const google = mimeType in exportFormats;
    const time = spec.createdTime ? iso(spec.createdTime) : this.now();
    const file: DriveFile = {
      ...this.blank(newFileId(), spec.name, mimeType, time),
      modifiedTime: spec.modifiedTime ? iso(spec.modifiedTime) : time,
      parents: [parentId],
      driveId,
      owners: driveId ? [] : [owner],
      starred: spec.starred ?? false,
      sharedWith: new Set(spec.sharedWith ?? []),
      exportText: google ? (spec.text ?? '') : null,
      exportSize: spec.exportSize ?? null,
      content: google || mimeType === mimeTypes.folder ? null : toBuffer(spec.content ?? spec.text ?? ''),
    };
    file.text = searchableText(file);
    this.files.set(file.id, file);
    this.recordChange(file, this.audienceOf(file));
    return file;
  }

  updateFile(id: string, update: FileUpdate): DriveFile {
    const file = this.requireFile(id);
    if (update.name !== undefined) file.name = update.name;
    if (update.starred !== undefined) file.starred = update.starred;
    if (update.text !== undefined || update.content !== undefined) {
      if (file.exportText !== null) file.exportText = update.text ?? toBuffer(update.content ?? '').toString('utf8');
      else file.content = toBuffer(update.content ?? update.text ?? '');
    }
    file.text = searchableText(file);
    this.touch(file, update.modifiedTime);
    this.recordChange(file, this.audienceOf(file));
    return file;
  }

  /** Moves a file to another folder of the same drive (My Drive or one shared drive). */
  moveFile(id: string, newParentId: string): DriveFile {
    const file = this.requireFile(id);
    const drive = this.drives.get(newParentId);
    const targetDriveId = drive ? drive.id : this.requireFile(newParentId).driveId;
    if (targetDriveId !== file.driveId) throw new Error('The fake moves files within one drive only');
    file.parents = [newParentId];
    this.touch(file);
    this.recordChange(file, this.audienceOf(file));
    return file;
  }

  /** Trashes a file, and a folder's contents with it (those not explicitly). */
  trashFile(id: string, trashed = true): void {
    const file = this.requireFile(id);
    for (const target of [file, ...this.descendants(file)]) {
      if (target === file) target.explicitlyTrashed = trashed;
      else if (target.explicitlyTrashed) continue;
      target.trashed = trashed;
      target.version++;
      this.recordChange(target, this.audienceOf(target));
    }
  }

  /** Deletes permanently, with a folder's contents: the feed reports them removed. */
  deleteFile(id: string): void {
    const file = this.requireFile(id);
    for (const target of [file, ...this.descendants(file)]) {
      const audience = this.audienceOf(target);
      this.files.delete(target.id);
      this.recordChange(target, audience);
    }
  }

  /** Shares a My Drive file with `email` (true) or stops sharing it (false): the latter is a removal for them. */
  shareFile(id: string, email: string, shared = true): void {
    const file = this.requireFile(id);
    const before = this.audienceOf(file);
    if (shared) file.sharedWith.add(email);
    else file.sharedWith.delete(email);
    this.recordChange(file, new Set([...before, ...this.audienceOf(file)]));
  }

  descendants(folder: DriveFile): DriveFile[] {
    const found: DriveFile[] = [];
    const queue = [folder.id];
    while (queue.length > 0) {
      const parentId = queue.shift()!;
      for (const file of this.files.values()) {
        if (file.parents.includes(parentId) && !found.includes(file)) {
          found.push(file);
          queue.push(file.id);
        }
      }
    }
    return found;
  }

  canSee(email: string, file: DriveFile): boolean {
    if (file.driveId) return this.drives.get(file.driveId)?.members.has(email) ?? false;
    return file.owners.includes(email) || file.sharedWith.has(email);
  }

  audienceOf(file: DriveFile): Set<string> {
    if (file.driveId) return new Set(this.drives.get(file.driveId)?.members ?? []);
    return new Set([...file.owners, ...file.sharedWith]);
  }

  /** The page token that starts after every change so far. */
  startPageToken(): string {
    return String(this.changeSeq + 1);
  }

  watch(channel: Omit<Channel, 'resourceId' | 'messageNumber' | 'stopped' | 'expiration'> & { expiration: number | null }): Channel {
    const now = Date.now();
    const expiration = Math.min(channel.expiration ?? now + defaultChannelLifetimeMs, now + maxChannelLifetimeMs);
    const created: Channel = { ...channel, expiration, resourceId: newResourceId(), messageNumber: 0, stopped: false };
    this.channels.set(created.id, created);
    this.notify(created, 'sync');
    return created;
  }

  private notify(channel: Channel, state: 'sync' | 'change'): void {
    channel.messageNumber++;
    this.outbox.enqueue({
      type: 'drive',
      url: channel.address,
      state,
      headers: {
        'x-goog-channel-id': channel.id,
        ...(channel.token !== null ? { 'x-goog-channel-token': channel.token } : {}),
        'x-goog-channel-expiration': new Date(channel.expiration).toUTCString(),
        'x-goog-message-number': String(channel.messageNumber),
        'x-goog-resource-id': channel.resourceId,
        'x-goog-resource-state': state,
        'x-goog-resource-uri': channel.resourceUri,
      },
    });
  }

  private recordChange(file: DriveFile, audience: Set<string>): void {
    const change: Change = { seq: ++this.changeSeq, fileId: file.id, driveId: file.driveId, time: this.now(), audience };
    this.changes.push(change);
    for (const channel of this.channels.values()) {
      if (channel.stopped || channel.expiration <= Date.now() || !audience.has(channel.user)) continue;
      if (change.driveId !== null && channel.driveId !== change.driveId && !channel.includeItemsFromAllDrives) continue;
      if (channel.driveId !== null && change.driveId !== channel.driveId) continue;
      this.notify(channel, 'change');
    }
  }

  private touch(file: DriveFile, at?: string | Date): void {
    file.version++;
    file.modifiedTime = at ? iso(at) : this.now();
  }

  private blank(id: string, name: string, mimeType: string, time: string): DriveFile {
    return {
      id,
      name,
      mimeType,
      parents: [],
      owners: [],
      trashed: false,
      explicitlyTrashed: false,
      starred: false,
      sharedWithMe: false,
      createdTime: time,
      modifiedTime: time,
      text: '',
      driveId: null,
      isRoot: false,
      version: 1,
      sharedWith: new Set(),
      content: null,
      exportText: null,
      exportSize: null,
      seq: ++this.seq,
    };
  }
}

export function md5(bytes: Buffer): string {
  return createHash('md5').update(bytes).digest('hex');
}

function iso(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}

function toBuffer(value: string | Buffer): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

function searchableText(file: DriveFile): string {
  if (file.exportText !== null) return file.exportText;
  return file.content && file.mimeType.startsWith('text/') ? file.content.toString('utf8') : '';
}
