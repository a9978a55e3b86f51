import { describe, expect, it } from 'vitest';
import { findActors, foldForSearch } from '../../src/model/find';
import type { Actor } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

const template = miniScenario().actors[0]!;
const actor = (id: string, name: string, label = name): Actor => ({ ...template, id, name, label });
const ACTORS = [
  actor('zel', 'Volodymyr Zelenskyy', 'Zelenskyy'),
  actor('lopez', 'Ana López'),
  actor('eu', 'The European Union', 'EU'),
  actor('anatol', 'Anatoly Petrov', 'Petrov'),
  actor('bo', 'Bo Anand'),
];
const ids = (query: string, limit = 10) => findActors(ACTORS, query, limit).actors.map((a) => a.id);

describe('finding an actor by name', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('  Ana LÓPEZ ')).toBe('ana lopez');
    expect(ids('lopez')).toEqual(['lopez']);
    expect(ids('ZELENSKYY')).toEqual(['zel']);
  });

  it('matches the name, the label and the name without "The"', () => {
    expect(ids('eu')).toEqual(['eu']);
    expect(ids('european union')).toEqual(['eu']);
    expect(ids('petrov')).toEqual(['anatol']);
  });

  it('puts names that begin with the query (or have a word that does) before names that merely contain it', () => {
    // "Ana López" and "Anatoly" start with "ana"; "Bo Anand" has a word that does; none merely contain it here.
    expect(ids('ana')).toEqual(['lopez', 'anatol', 'bo']);
    // "nat" is inside "Anatoly" only.
    expect(ids('nat')).toEqual(['anatol']);
    // "an" is also inside "European": that match comes last.
    expect(ids('an')).toEqual(['lopez', 'anatol', 'bo', 'eu']);
    // Only "European" begins with "e"; the others merely contain it, and follow in scenario order.
    expect(ids('e')).toEqual(['eu', 'zel', 'lopez', 'anatol']);
  });

  it('needs every word of the query, in any order', () => {
    expect(ids('lopez ana')).toEqual(['lopez']);
    expect(ids('petrov ana')).toEqual(['anatol']);
    expect(ids('lopez petrov')).toEqual([]);
  });

  it('caps the list but counts every match; an empty query lists everyone in order', () => {
    expect(findActors(ACTORS, 'a', 2)).toEqual({ actors: ACTORS.filter((a) => ['lopez', 'anatol'].includes(a.id)), total: 4 });
    expect(ids('', 3)).toEqual(['zel', 'lopez', 'eu']);
    expect(findActors(ACTORS, '   ', 3).total).toBe(ACTORS.length);
  });

  it('finds an edited actor by the name it has now', () => {
    expect(ids('lopez')).toEqual(['lopez']);
    const renamed = ACTORS.map((a) => (a.id === 'lopez' ? { ...a, name: 'Ana Ruiz', label: 'Ruiz' } : a));
    expect(findActors(renamed, 'lopez', 10).actors.map((a) => a.id)).toEqual([]);
    expect(findActors(renamed, 'ruiz', 10).actors.map((a) => a.id)).toEqual(['lopez']);
  });
});
