/**
 * Checks a scenario from a file or a link off the main thread: parsing and validating a file
 * of megabytes takes long enough to freeze the page, and the worker's script, which carries
 * the validator, downloads while the scenario does. The same loader as everywhere else. It
 * says how many actors it is checking as soon as the text is parsed, then the result.
 */
import { loadScenarioText } from '../model/load';
import type { ValidationResult } from '../model/validate';
import type { CheckerMessage } from './readScenario';

const post = (message: CheckerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<string>) => {
  let result: ValidationResult;
  try {
    result = loadScenarioText(event.data, (counts) => post({ type: 'checking', ...counts }));
  } catch (err) {
    result = { ok: false, errors: [`(root): the file could not be checked (${err instanceof Error ? err.message : String(err)})`] };
  }
  post({ type: 'result', json: JSON.stringify(result) });
};
