/**
 * Where drafts are kept: IndexedDB (through idb), each write a transaction with strict
 * durability, so a draft the app says is saved survives a crash of the tab or the browser.
 * Framework-free; the editor reaches it through `DraftStore`, which tests replace.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { VERSIONS_KEPT, keepsVersion, readDraft, readVersion, summaryOf, type Draft, type DraftSummary, type DraftVersion } from './draft';

/** What the autosaver needs: a way to store the newest version of a draft. */
export interface DraftWriter {
  /** Stores the draft, keeping it also as a version when one is due (see `keepsVersion`). */
  put(draft: Draft): Promise<void>;
}

export interface DraftStore extends DraftWriter {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | null>;
  /** Removes a draft and its versions. */
  remove(id: string): Promise<void>;
  /** A draft's kept versions, newest first (at most `VERSIONS_KEPT`). */
  versions(id: string): Promise<DraftVersion[]>;
  /** Puts versions back (a deleted draft's, when the delete is undone). */
  putVersions(versions: readonly DraftVersion[]): Promise<void>;
}

const DB_NAME = 'standpoint';
const DB_VERSION = 2;
const DRAFTS = 'drafts';
/** Keyed by [draft id, updatedAt], so one draft's versions are one key range, oldest first. */
const VERSIONS = 'versions';

const versionsOf = (id: string) => IDBKeyRange.bound([id, -Infinity], [id, Infinity]);

/** Why storing failed, in words a teacher can act on. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no more room for this site\u2019s data';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'this browser window does not let pages store data (a private window, or a page opened from a file)';
  if (name === 'UnknownError' || name === 'AbortError') return 'the browser could not write to its storage';
  if (typeof indexedDB === 'undefined') return 'this browser has no storage for pages';
  return error instanceof Error && error.message ? error.message : 'the browser refused to store it';
}

export class IndexedDbDraftStore implements DraftStore {
  private db: Promise<IDBPDatabase> | null = null;

  private open(): Promise<IDBPDatabase> {
    if (typeof indexedDB === 'undefined') return Promise.reject(new DOMException('No IndexedDB', 'InvalidStateError'));
    this.db ??= openDB(DB_NAME, DB_VERSION, {
      // Each version adds what it lacks, so a database from any earlier version is brought up to date.
      upgrade(db) {
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(VERSIONS)) db.createObjectStore(VERSIONS, { keyPath: ['id', 'updatedAt'] });
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  async list(): Promise<DraftSummary[]> {
    const db = await this.open();
    const records: unknown[] = await db.getAll(DRAFTS);
    return records
      .map(readDraft)
      .filter((d): d is Draft => d !== null)
      .map(summaryOf)
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async get(id: string): Promise<Draft | null> {
    const db = await this.open();
    return readDraft(await db.get(DRAFTS, id));
  }

  async put(draft: Draft): Promise<void> {
    const db = await this.open();
    // One transaction: the draft and its version are stored together or not at all.
    const tx = db.transaction([DRAFTS, VERSIONS], 'readwrite', { durability: 'strict' });
    const versions = tx.objectStore(VERSIONS);
    const writes: Promise<unknown>[] = [tx.objectStore(DRAFTS).put(draft)];
    const newest = await versions.openCursor(versionsOf(draft.id), 'prev');
    const newestAt = newest ? (readVersion(newest.value)?.updatedAt ?? null) : null;
    if (keepsVersion(newestAt, draft.updatedAt)) {
      const { id, title, updatedAt, scenario } = draft;
      writes.push(versions.put({ id, title, updatedAt, scenario }));
      // Beyond the newest VERSIONS_KEPT, the oldest go (requests run in order: the keys include the one just put).
      const keys = await versions.getAllKeys(versionsOf(draft.id));
      for (const key of keys.slice(0, Math.max(0, keys.length - VERSIONS_KEPT))) writes.push(versions.delete(key));
    }
    await Promise.all([...writes, tx.done]);
  }

  async remove(id: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([DRAFTS, VERSIONS], 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore(DRAFTS).delete(id), tx.objectStore(VERSIONS).delete(versionsOf(id)), tx.done]);
  }

  async versions(id: string): Promise<DraftVersion[]> {
    const db = await this.open();
    const records: unknown[] = await db.getAll(VERSIONS, versionsOf(id));
    return records
      .map(readVersion)
      .filter((v): v is DraftVersion => v !== null)
      .reverse();
  }

  async putVersions(list: readonly DraftVersion[]): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(VERSIONS, 'readwrite', { durability: 'strict' });
    await Promise.all([...list.map((v) => tx.store.put(v)), tx.done]);
  }
}

/**
 * Asks the browser to keep this site's data when space runs short (drafts are otherwise
 * "best effort" and may be evicted). Resolves to whether it agreed, or null where the
 * browser cannot say.
 */
export async function askToPersist(): Promise<boolean | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return null;
  }
}
