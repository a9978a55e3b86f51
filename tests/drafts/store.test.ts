import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newDraftId, readDraft, titleOf, type Draft } from '../../src/drafts/draft';
import { describeStorageError, IndexedDbDraftStore } from '../../src/drafts/store';

const draft = (id: string, updatedAt: number, title = 'A draft'): Draft => ({ format: 1, id, title, updatedAt, scenario: { title } });

describe('IndexedDbDraftStore', () => {
  it('keeps drafts, lists the newest first, and removes them', async () => {
    const store = new IndexedDbDraftStore();
    await store.put(draft('older', 1, 'First'));
    await store.put(draft('newer', 2, 'Second'));
    expect((await store.list()).map((d) => [d.id, d.title])).toEqual([
      ['newer', 'Second'],
      ['older', 'First'],
    ]);
    expect(await store.get('older')).toEqual(draft('older', 1, 'First'));
    await store.remove('older');
    expect(await store.get('older')).toBeNull();
    expect((await store.list()).map((d) => d.id)).toEqual(['newer']);
  });

  it('a second store (another tab) reads what the first wrote', async () => {
    await new IndexedDbDraftStore().put(draft('shared', 5));
    expect(await new IndexedDbDraftStore().get('shared')).toEqual(draft('shared', 5));
  });
});

describe('stored drafts', () => {
  it('reads a current draft as it is and migrates an older record', () => {
    expect(readDraft(draft('a', 1))).toEqual(draft('a', 1));
    expect(readDraft({ id: 'old', scenario: { title: 'Old talks' }, savedAt: 7 })).toEqual({ format: 1, id: 'old', title: 'Old talks', updatedAt: 7, scenario: { title: 'Old talks' } });
  });

  it('refuses anything that is not a draft', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft({ format: 1, id: '../x', title: 't', updatedAt: 1, scenario: {} })).toBeNull();
    expect(readDraft({ format: 2, id: 'a', title: 't', updatedAt: 1, scenario: {} })).toBeNull();
  });

  it('titles an untitled draft so, and makes ids that sort by time', () => {
    expect(titleOf({ title: '  ' })).toBe('Untitled scenario');
    expect(titleOf('nonsense')).toBe('Untitled scenario');
    expect(newDraftId(1_700_000_000_000) < newDraftId(1_800_000_000_000)).toBe(true);
    expect(newDraftId()).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('says why storing failed in words a teacher can act on', () => {
    expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toBe('the browser has no more room for this site\u2019s data');
    expect(describeStorageError(new DOMException('x', 'InvalidStateError'))).toMatch(/private window/);
  });
});
