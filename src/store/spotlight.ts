import type { Spotlight } from '../model/perspective';
import type { Scenario } from '../model/schema';
import { walkSteps } from '../model/story';
import type { Focus } from './appStore';

/** What the network brings forward for a view: a compared pair, one actor's lens, or a step's highlights. */
export function spotlightFor(scenario: Scenario, focus: Focus, step: number | null): Spotlight {
  if (focus.kind === 'actor') return focus.compare ? { kind: 'pair', a: focus.id, b: focus.compare } : { kind: 'lens', actor: focus.id };
  const highlight = step === null ? undefined : walkSteps(scenario)[step]?.highlight;
  if (highlight) return { kind: 'highlight', actors: new Set(highlight.actors ?? []), relations: new Set(highlight.relations ?? []) };
  return { kind: 'none' };
}
