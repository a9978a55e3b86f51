import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keepsVersion, newDraftId, readDraft, titleOf, VERSION_EVERY_MS, VERSIONS_KEPT, type Draft } from '../../src/drafts/draft';
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

describe('versions of a draft', () => {
  const MINUTE = VERSION_EVERY_MS;

  it('keeps the first save and then one a minute, not one per keystroke', async () => {
    const store = new IndexedDbDraftStore();
    for (const at of [0, 1_000, 2_000, MINUTE - 1, MINUTE, MINUTE + 500, 3 * MINUTE]) await store.put(draft('typed', at, `at ${at}`));
    expect((await store.versions('typed')).map((v) => v.updatedAt)).toEqual([3 * MINUTE, MINUTE, 0]);
    // The draft itself is always the newest save.
    expect((await store.get('typed'))?.updatedAt).toBe(3 * MINUTE);
    const [newest] = await store.versions('typed');
    expect(newest).toEqual({ id: 'typed', title: `at ${3 * MINUTE}`, updatedAt: 3 * MINUTE, scenario: { title: `at ${3 * MINUTE}` } });
  });

  it(`keeps the newest ${VERSIONS_KEPT} and lets the oldest go`, async () => {
    const store = new IndexedDbDraftStore();
    for (let i = 0; i < VERSIONS_KEPT + 5; i++) await store.put(draft('long', i * MINUTE));
    const kept = (await store.versions('long')).map((v) => v.updatedAt / MINUTE);
    expect(kept).toHaveLength(VERSIONS_KEPT);
    expect(kept[0]).toBe(VERSIONS_KEPT + 4);
    expect(kept.at(-1)).toBe(5);
  });

  it('keeps each draft\u2019s versions apart, removes them with the draft, and puts them back', async () => {
    const store = new IndexedDbDraftStore();
    await store.put(draft('one', 0));
    await store.put(draft('one', MINUTE));
    await store.put(draft('two', 0));
    expect(await store.versions('two')).toHaveLength(1);
    const versions = await store.versions('one');
    await store.remove('one');
    expect(await store.versions('one')).toEqual([]);
    expect(await store.versions('two')).toHaveLength(1);
    await store.putVersions(versions);
    expect((await store.versions('one')).map((v) => v.updatedAt)).toEqual([MINUTE, 0]);
  });

  it('is due when none is kept, or the newest is a minute old', () => {
    expect(keepsVersion(null, 5)).toBe(true);
    expect(keepsVersion(0, MINUTE - 1)).toBe(false);
    expect(keepsVersion(0, MINUTE)).toBe(true);
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
