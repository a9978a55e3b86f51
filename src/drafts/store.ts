/**
 * Where drafts are kept: IndexedDB (through idb), each write a transaction with strict
 * durability, so a draft the app says is saved survives a crash of the tab or the browser.
 * Framework-free; the editor reaches it through `DraftStore`, which tests replace.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { readDraft, summaryOf, type Draft, type DraftSummary } from './draft';

export interface DraftStore {
  list(): Promise<DraftSummary[]>;
  get(id: string): Promise<Draft | null>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

const DB_NAME = 'standpoint';
const DB_VERSION = 1;
const DRAFTS = 'drafts';

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
      upgrade(db) {
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
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
    const tx = db.transaction(DRAFTS, 'readwrite', { durability: 'strict' });
    await tx.store.put(draft);
    await tx.done;
  }

  async remove(id: string): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(DRAFTS, 'readwrite', { durability: 'strict' });
    await tx.store.delete(id);
    await tx.done;
  }
}
