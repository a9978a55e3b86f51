import { describe, expect, it } from 'vitest';
import { raisedOf, seenByOf, shownEmphasis, type Shown } from '../../src/network/emphasis';
import { networkEmphasis } from '../../src/model/perspective';
import type { Actor, Perception } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

const scenario = miniScenario();
const [ana, , council] = scenario.actors as [Actor, Actor, Actor];
const warm: Perception = { actor: 'bo', attitude: 'ally', text: 'Bo is a friend.', basis: 'stated', ref: 'news#talks' };

/** Ana's view selected: she sees Bo, and the source is silent on how she sees the Council. */
function anaLens(layered: boolean, hidden = false): Shown {
  return {
    emphasis: networkEmphasis({ kind: 'lens', actor: 'ana' }),
    layered,
    spotlit: true,
    focus: ana,
    seen: hidden ? null : new Map([['bo', warm]]),
    hidden,
  };
}

describe('shownEmphasis', () => {
  it('a small network shows every actor as the spotlight says', () => {
    const s = anaLens(false);
    expect(shownEmphasis(s, 'ana')).toBe('focus');
    expect(shownEmphasis(s, 'bo')).toBe(networkEmphasis({ kind: 'lens', actor: 'ana' }).node('bo'));
  });

  it('a big network brings forward only the focus and those whose place in the view may be shown', () => {
    const s = anaLens(true);
    expect(shownEmphasis(s, 'ana')).toBe('focus');
    expect(shownEmphasis(s, 'bo')).toBe('seen');
    expect(shownEmphasis(s, 'the-council')).toBe('context');
    // While predict mode hides Ana's view, nobody but her stands out.
    expect(shownEmphasis(anaLens(true, true), 'bo')).toBe('context');
  });
});

describe('seenByOf', () => {
  it('puts the focus\u2019s word under the others, none under the focus', () => {
    expect(seenByOf(anaLens(false), 'ana')).toBeNull();
    expect(seenByOf(anaLens(false), 'bo')).toEqual({ label: 'Ana', attitude: 'ally', hidden: false });
    // Where the source is silent, the word says so (no attitude).
    expect(seenByOf(anaLens(false), 'the-council')).toEqual({ label: 'Ana', attitude: undefined, hidden: false });
  });

  it('a big network writes no word where the view is silent or hidden', () => {
    expect(seenByOf(anaLens(true), 'the-council')).toBeNull();
    expect(seenByOf(anaLens(true, true), 'bo')).toBeNull();
  });

  it('writes nothing when nobody is selected', () => {
    const none: Shown = { emphasis: networkEmphasis({ kind: 'none' }), layered: false, spotlit: false, focus: undefined, seen: null, hidden: false };
    expect(seenByOf(none, 'bo')).toBeNull();
  });
});

describe('raisedOf', () => {
  it('raises nothing in a small network', () => {
    expect(raisedOf(anaLens(false), scenario.actors, scenario.relations, 'bo')).toEqual({ links: [], actors: [] });
  });

  it('raises the focus\u2019s ties and the actors at their ends over the veil, the focus last', () => {
    const raised = raisedOf(anaLens(true), scenario.actors, scenario.relations, null);
    expect(raised.links.map((r) => r.id)).toEqual(['ana-bo', 'council-ana']);
    expect(raised.actors.map((a) => a.id)).toEqual(['bo', 'the-council', 'ana']);
  });

  it('raises the actor with the keyboard focus even with no spotlight', () => {
    const none: Shown = { emphasis: networkEmphasis({ kind: 'none' }), layered: true, spotlit: false, focus: undefined, seen: null, hidden: false };
    expect(raisedOf(none, scenario.actors, scenario.relations, council.id)).toEqual({ links: [], actors: [council] });
    expect(raisedOf(none, scenario.actors, scenario.relations, null).actors).toEqual([]);
  });
});
