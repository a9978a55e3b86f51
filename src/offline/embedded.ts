/**
 * The scenario inside the offline standpoint.html (see block.ts). It may be one a teacher put
 * there, not the one built in, so it is checked as any file is.
 */
import { loadScenarioText } from '../model/load';
import type { Scenario } from '../model/schema';
import { SCENARIO_BLOCK_ID } from './block';

export function readEmbeddedScenario(): Scenario {
  const block = document.getElementById(SCENARIO_BLOCK_ID);
  if (!block) throw new Error('this offline file has lost its scenario; download it again');
  const result = loadScenarioText(block.textContent ?? '');
  if (!result.ok) throw new Error(`the scenario inside this file is not valid: ${result.errors[0] ?? ''}`);
  return result.scenario;
}
