/**
 * Checks a big scenario off the main thread: parsing and validating a file of megabytes
 * takes long enough to freeze the page for a moment. The same loader as everywhere else.
 */
import { loadScenarioText } from '../model/load';
import type { ValidationResult } from '../model/validate';

self.onmessage = (event: MessageEvent<string>) => {
  let result: ValidationResult;
  try {
    result = loadScenarioText(event.data);
  } catch (err) {
    result = { ok: false, errors: [`(root): the file could not be checked (${err instanceof Error ? err.message : String(err)})`] };
  }
  self.postMessage(result);
};
