import type { Actor, Issue, Relation, Scenario, Section, Source } from './schema';

/** Id lookups for one scenario, built once when it loads and never inside a render. */
export interface ScenarioIndex {
  scenario: Scenario;
  actors: ReadonlyMap<string, Actor>;
  issues: ReadonlyMap<string, Issue>;
  relations: ReadonlyMap<string, Relation>;
  /** Relations that start or end at each actor. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
  /** `"source#section"` → the source and section it names. */
  sections: ReadonlyMap<string, { source: Source; section: Section }>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

/** Builds (or returns the cached) index of a validated scenario. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const relationsOf = new Map<string, Relation[]>(scenario.actors.map((a) => [a.id, []]));
  for (const r of scenario.relations) {
    relationsOf.get(r.source)?.push(r);
    if (r.target !== r.source) relationsOf.get(r.target)?.push(r);
  }
  const sections = new Map<string, { source: Source; section: Section }>();
  for (const source of scenario.sources) {
    for (const section of source.sections) sections.set(`${source.id}#${section.id}`, { source, section });
  }
  const index: ScenarioIndex = {
    scenario,
    actors: new Map(scenario.actors.map((a) => [a.id, a])),
    issues: new Map(scenario.issues.map((i) => [i.id, i])),
    relations: new Map(scenario.relations.map((r) => [r.id, r])),
    relationsOf,
    sections,
  };
  cache.set(scenario, index);
  return index;
}
