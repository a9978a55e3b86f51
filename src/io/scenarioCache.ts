/**
 * The last few scenarios opened in this visit, so Back and Forward can show them again at
 * once (a file cannot be read again without asking the reader). Kept in memory only.
 */
import type { Scenario } from '../model/schema';

const KEEP = 6;
const kept = new Map<string, Scenario>();

export function keepScenario(key: string, scenario: Scenario): void {
  kept.delete(key);
  kept.set(key, scenario);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEEP) break;
    kept.delete(oldest);
  }
}

export function keptScenario(key: string): Scenario | undefined {
  return kept.get(key);
}
