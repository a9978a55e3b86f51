import { describe, expect, it } from 'vitest';
import { spotlightFor } from '../../src/model/spotlight';
import { miniScenario } from '../fixtures/mini';

describe('spotlightFor', () => {
  const scenario = miniScenario();

  it('an open actor is a lens; a comparison is a pair', () => {
    expect(spotlightFor(scenario, { kind: 'actor', id: 'ana' }, null)).toEqual({ kind: 'lens', actor: 'ana' });
    expect(spotlightFor(scenario, { kind: 'actor', id: 'ana', compare: 'bo' }, 2)).toEqual({ kind: 'pair', a: 'ana', b: 'bo' });
  });

  it('a walk-through step with highlights brings them forward; otherwise nothing is', () => {
    const story = { ...scenario, story: [{ title: 'Both', caption: 'Ana and Bo.', highlight: { actors: ['ana'], relations: ['r1'] } }] } as typeof scenario;
    expect(spotlightFor(story, { kind: 'event' }, 0)).toEqual({ kind: 'highlight', actors: new Set(['ana']), relations: new Set(['r1']) });
    expect(spotlightFor(story, { kind: 'event' }, null)).toEqual({ kind: 'none' });
    expect(spotlightFor(scenario, { kind: 'matrix' }, null)).toEqual({ kind: 'none' });
  });
});
