import data from '../data/kremlin-meeting.json';
import { validateScenario, type ValidationResult } from './model/validate';

/** The built-in scenario, checked like any other: a broken shipped file is reported, not drawn. */
export function loadDefaultScenario(): ValidationResult {
  return validateScenario(data);
}
