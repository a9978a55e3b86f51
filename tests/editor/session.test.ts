import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/drafts/draft';
import type { DraftWriter } from '../../src/drafts/store';
import { blankScenario, setIn } from '../../src/editor/edits';
import { CHECK_AT_ONCE_UP_TO, DraftSession, parsePath, PLACEHOLDER, previewOf } from '../../src/editor/session';
import { syntheticScenario } from '../../scripts/synthetic';
import { ManualTimers } from '../fixtures/timers';
import { miniScenario } from '../fixtures/mini';

class MemoryStore implements DraftWriter {
  saved = new Map<string, Draft>();
  put = async (d: Draft) => {
    this.saved.set(d.id, d);
  };
}

describe('parsePath', () => {
  it('reads the validator\u2019s paths', () => {
    expect(parsePath('actors[2].view.wants[0].text')).toEqual(['actors', 2, 'view', 'wants', 0, 'text']);
    expect(parsePath('(root)')).toEqual([]);
  });
});

describe('previewOf', () => {
  it('shows a valid draft as it is', () => {
    const s = miniScenario();
    expect(previewOf(s)).toEqual(s);
  });

  it('shows a new scenario before it is written, its empty texts as \u201c\u2026\u201d', () => {
    const preview = previewOf(blankScenario('new'));
    expect(preview?.title).toBe(PLACEHOLDER);
    expect(preview?.actors.map((a) => a.name)).toEqual(['Example actor']);
  });

  it('shows nothing for a draft whose problems are more than empty text', () => {
    expect(previewOf(setIn(miniScenario(), ['relations', 0, 'target'], 'nobody'))).toBeNull();
  });
});

describe('DraftSession', () => {
  const draft = (): Draft => ({ format: 1, id: 'd1', title: 'A small summit', updatedAt: 1, scenario: miniScenario() });

  it('publishes each edit with its problems, keeps the last valid preview, and stores it', async () => {
    const store = new MemoryStore();
    let time = 10;
    const session = new DraftSession(store, draft(), () => time);
    const seen: string[] = [];
    session.subscribe(() => seen.push(session.state.doc.title));
    const valid = session.state.preview;
    expect(valid?.title).toBe('A small summit');

    time = 20;
    session.edit(setIn(session.state.doc, ['relations', 0, 'target'], 'nobody'));
    expect(session.state.problems.map((p) => p.path)).toEqual(['relations[0].target']);
    // Not previewable: the explorer keeps showing the last valid version.
    expect(session.state.preview).toBe(valid);
    expect(session.state.canUndo).toBe(true);

    session.edit(setIn(session.state.doc, ['title'], 'Renamed'), 'title', 'Renamed');
    await session.flush();
    expect(store.saved.get('d1')).toMatchObject({ title: 'Renamed', updatedAt: 20 });
    expect(session.state.save).toEqual({ state: 'saved', at: 20 });
    expect(seen).toContain('Renamed');

    session.undo();
    session.undo();
    expect(session.state.problems).toEqual([]);
    expect(session.state.preview?.relations[0]?.target).toBe('bo');
    expect(session.state.canRedo).toBe(true);
    await session.flush();
    expect(store.saved.get('d1')?.title).toBe('A small summit');
  });

  it('offers the draft as JSON for a download, exactly as it stands', () => {
    const session = new DraftSession(new MemoryStore(), draft());
    session.edit(setIn(session.state.doc, ['title'], ''));
    expect(JSON.parse(session.json())).toEqual({ ...miniScenario(), title: '' });
  });

  it('takes no edits while another tab holds the pen, and follows what that tab stores', async () => {
    const store = new MemoryStore();
    const session = new DraftSession(store, draft(), () => 5, 'elsewhere');
    expect(session.writable).toBe(false);
    session.edit(setIn(session.state.doc, ['title'], 'Typed here'));
    expect(session.state.doc.title).toBe('A small summit');
    await session.flush();
    expect(store.saved.size).toBe(0);

    const there = { ...draft(), title: 'Written there', updatedAt: 9, scenario: { ...miniScenario(), title: 'Written there' } };
    session.follow(there);
    expect(session.state.doc.title).toBe('Written there');
    expect(session.state.preview?.title).toBe('Written there');
    expect(session.updatedAt).toBe(9);
    // Following is not an edit of this tab's: nothing to undo, nothing stored again.
    expect(session.state.canUndo).toBe(false);
    await session.flush();
    expect(store.saved.size).toBe(0);

    session.setPen('holding');
    session.edit(setIn(session.state.doc, ['title'], 'Now mine'));
    await session.flush();
    expect(store.saved.get('d1')?.title).toBe('Now mine');
  });

  it('a big draft shows each keystroke at once and is checked when typing pauses', () => {
    const big = syntheticScenario(CHECK_AT_ONCE_UP_TO + 50, 3);
    const timers = new ManualTimers();
    const session = new DraftSession(new MemoryStore(), { ...draft(), scenario: big }, () => 5, 'alone', timers);
    const before = session.state.preview;
    expect(before?.actors).toHaveLength(CHECK_AT_ONCE_UP_TO + 50);
    session.edit(setIn(session.state.doc, ['title'], 'Typed'), 'title', 'Typed');
    session.edit(setIn(session.state.doc, ['title'], ''), 'title', '');
    // Shown in the field at once; problems and preview are from before, and say so.
    expect(session.state.doc.title).toBe('');
    expect(session.state.checking).toBe(true);
    expect(session.state.preview).toBe(before);
    expect(session.state.problems).toEqual([]);
    // One check for the pause, whatever the number of keystrokes before it.
    timers.fire();
    expect(session.state.checking).toBe(false);
    expect(session.state.problems.map((p) => p.path)).toEqual(['title']);
    expect(session.state.preview?.title).toBe(PLACEHOLDER);
  });

  it('a small draft is checked at each keystroke', () => {
    const timers = new ManualTimers();
    const session = new DraftSession(new MemoryStore(), draft(), () => 5, 'alone', timers);
    session.edit(setIn(session.state.doc, ['title'], ''), 'title', '');
    expect(session.state.checking).toBe(false);
    expect(session.state.problems.map((p) => p.path)).toEqual(['title']);
  });
});

