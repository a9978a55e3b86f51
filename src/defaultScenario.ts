import data from '../data/kremlin-meeting.json';
import { validateScenario, type ValidationResult } from './model/validate';

let checked: ValidationResult | null = null;

/** The built-in scenario, checked like any other (once): a broken shipped file is reported, not drawn. */
export function loadDefaultScenario(): ValidationResult {
  checked ??= validateScenario(data);
  return checked;
}
