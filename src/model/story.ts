/** The guided walk-through: the scenario's own story, or one step per actor when it has none. */
import type { Scenario, Step } from './schema';

const cache = new WeakMap<Scenario, readonly Step[]>();

export function walkSteps(scenario: Scenario): readonly Step[] {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const steps: readonly Step[] = scenario.story ?? [
    { id: 'the-event', title: scenario.title, caption: scenario.summary.length > 220 ? `${scenario.summary.slice(0, 217)}\u2026` : scenario.summary },
    ...scenario.actors.map((a) => ({ id: `actor-${a.id}`, title: `${a.name}\u2019s view`, caption: a.view.headline.text, actor: a.id })),
  ];
  cache.set(scenario, steps);
  return steps;
}

/** Clamps a step number into the walk (0-based); null stays null. */
export function clampStep(scenario: Scenario, step: number | null): number | null {
  if (step === null) return null;
  const n = walkSteps(scenario).length;
  return Math.min(n - 1, Math.max(0, Math.trunc(step)));
}
