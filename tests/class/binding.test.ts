import { describe, expect, it } from 'vitest';
import { emptyStage, hiddenViews } from '../../src/class/binding';
import type { Stage } from '../../src/class/protocol';

const ACTORS = ['ana', 'bo', 'cy'];
const base: Stage = emptyStage({ focus: { kind: 'event' }, step: null });

describe('hiddenViews', () => {
  it('hides nothing when nothing is being predicted', () => {
    expect(hiddenViews(base, ACTORS)).toEqual({ predict: false, revealed: [] });
  });

  it('hides the view of the actor a stance or view question is about, until the reveal', () => {
    const asking: Stage = { ...base, question: { id: 'q', kind: 'stance', actor: 'bo', issue: 'truce' } };
    expect(hiddenViews(asking, ACTORS)).toEqual({ predict: true, revealed: ['ana', 'cy'] });
    expect(hiddenViews({ ...asking, revealed: true }, ACTORS)).toEqual({ predict: false, revealed: [] });
    // A poll gives nothing away.
    expect(hiddenViews({ ...base, question: { id: 'p', kind: 'poll', prompt: 'Who?', options: ACTORS } }, ACTORS)).toEqual({ predict: false, revealed: [] });
  });

  it('keeps the teacher\u2019s own "Predict, then reveal" on the phones, with the question\u2019s secret on top', () => {
    const predicting: Stage = { ...base, view: { ...base.view, predict: true, revealed: ['ana', 'bo'] } };
    expect(hiddenViews(predicting, ACTORS)).toEqual({ predict: true, revealed: ['ana', 'bo'] });
    expect(hiddenViews({ ...predicting, question: { id: 'q', kind: 'view', actor: 'ana', other: 'bo' } }, ACTORS)).toEqual({ predict: true, revealed: ['bo'] });
  });
});
