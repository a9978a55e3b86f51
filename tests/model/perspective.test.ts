import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/model/lookup';
import { linkEmphasis, networkEmphasis, nodeEmphasis, perceptionRows, perceptionsOf, stanceRows } from '../../src/model/perspective';
import { miniScenario } from '../fixtures/mini';

describe('perspective lenses', () => {
  const s = miniScenario();
  s.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'partner', text: 'Bo is useful.', basis: 'inferred', ref: 'news#talks' }];
  s.actors[0]!.view.stances = [];
  const index = indexScenario(s);
  const ana = index.actors.get('ana')!;

  it('marks the focus and sees everyone else through it', () => {
    expect(nodeEmphasis(null, 'ana')).toBe('context');
    expect(nodeEmphasis('ana', 'ana')).toBe('focus');
    expect(nodeEmphasis('ana', 'bo')).toBe('seen');
  });

  it('brings forward the relations that touch the focus and steps back the rest', () => {
    const [anaBo, councilAna] = s.relations;
    expect(linkEmphasis(null, anaBo!)).toBe('normal');
    expect(linkEmphasis('bo', anaBo!)).toBe('focus');
    expect(linkEmphasis('bo', councilAna!)).toBe('context');
    expect(linkEmphasis('ana', councilAna!)).toBe('focus');
  });

  it('reads how one actor sees the others, leaving gaps where the source is silent', () => {
    expect(perceptionsOf(index, 'ana').get('bo')?.attitude).toBe('partner');
    const list = perceptionRows(index, ana);
    expect(list.rows.map((r) => [r.other.id, r.perception?.attitude])).toEqual([
      ['bo', 'partner'],
      ['the-council', undefined],
    ]);
    expect(list.silentLeftOut).toBe(0);
  });

  it('in a network too big to list every gap, lists the views there are and counts the silences', () => {
    const big = miniScenario();
    const template = big.actors[2]!;
    for (let i = 0; i < 50; i++) big.actors.push({ ...template, id: `extra-${i}`, name: `Extra ${i}`, label: `Extra ${i}` });
    big.actors[0]!.view.sees = [
      { actor: 'extra-7', attitude: 'rival', text: 'A rival.', basis: 'stated', ref: 'news#talks' },
      { actor: 'bo', attitude: 'partner', text: 'Bo is useful.', basis: 'inferred', ref: 'news#talks' },
    ];
    const bigIndex = indexScenario(big);
    const list = perceptionRows(bigIndex, bigIndex.actors.get('ana')!);
    // Scenario order, not the order of the views.
    expect(list.rows.map((r) => [r.other.id, r.perception?.attitude])).toEqual([
      ['bo', 'partner'],
      ['extra-7', 'rival'],
    ]);
    expect(list.silentLeftOut).toBe(big.actors.length - 1 - 2);
    // At or under the limit, every gap is listed.
    expect(perceptionRows(bigIndex, bigIndex.actors.get('ana')!, big.actors.length - 1).rows).toHaveLength(big.actors.length - 1);
  });

  it('lists every issue, with a gap where the actor has no stance', () => {
    expect(stanceRows(index, ana).map((r) => [r.issue.id, r.stance])).toEqual([['truce', undefined]]);
    const bo = index.actors.get('bo')!;
    expect(stanceRows(index, bo)[0]?.stance?.position).toBe(1);
  });

  it('indexes relations by both of their actors, once', () => {
    expect(index.relationsOf.get('ana')?.map((r) => r.id)).toEqual(['ana-bo', 'council-ana']);
    expect(index.relationsOf.get('bo')?.map((r) => r.id)).toEqual(['ana-bo']);
    expect(index.sections.get('news#after')?.section.title).toBe('Afterwards');
    expect(indexScenario(s)).toBe(index);
  });
});

describe('networkEmphasis', () => {
  const [anaBo, councilAna] = miniScenario().relations;

  it('draws everything plainly with no spotlight', () => {
    const e = networkEmphasis({ kind: 'none' });
    expect([e.node('ana'), e.link(anaBo!)]).toEqual(['context', 'normal']);
  });

  it('sees everyone through one actor’s lens', () => {
    const e = networkEmphasis({ kind: 'lens', actor: 'bo' });
    expect([e.node('bo'), e.node('ana'), e.link(anaBo!), e.link(councilAna!)]).toEqual(['focus', 'seen', 'focus', 'context']);
  });

  it('brings forward a compared pair and only the ties between them', () => {
    const e = networkEmphasis({ kind: 'pair', a: 'ana', b: 'the-council' });
    expect([e.node('ana'), e.node('the-council'), e.node('bo')]).toEqual(['focus', 'focus', 'muted']);
    expect([e.link(councilAna!), e.link(anaBo!)]).toEqual(['focus', 'context']);
  });

  it('brings forward what a step highlights', () => {
    const e = networkEmphasis({ kind: 'highlight', actors: new Set(['bo']), relations: new Set(['ana-bo']) });
    expect([e.node('bo'), e.node('ana'), e.link(anaBo!), e.link(councilAna!)]).toEqual(['focus', 'muted', 'focus', 'context']);
  });
});
