import type { Spotlight } from './perspective';
import type { Scenario } from './schema';
import { walkSteps } from './story';

/** The part of the view a spotlight depends on: which actor is open, and which one it is compared with. */
type Focus = { kind: 'actor'; id: string; compare?: string } | { kind: string };

/** What the network brings forward for a view: a compared pair, one actor's lens, or a step's highlights. */
export function spotlightFor(scenario: Scenario, focus: Focus, step: number | null): Spotlight {
  if ('id' in focus) return focus.compare ? { kind: 'pair', a: focus.id, b: focus.compare } : { kind: 'lens', actor: focus.id };
  const highlight = step === null ? undefined : walkSteps(scenario)[step]?.highlight;
  if (highlight) return { kind: 'highlight', actors: new Set(highlight.actors ?? []), relations: new Set(highlight.relations ?? []) };
  return { kind: 'none' };
}
