/**
 * `npm run validate -- path/to/scenario.json`: prints the same errors the app shows, one
 * per line with its JSON path, and exits 1 on any; exits 0 and says so on a valid file.
 * On a valid file it also prints warnings (`file: warning: path: …`), slips worth reading
 * again that do not make the file invalid, so they leave the exit code alone.
 */
import { readFileSync, statSync } from 'node:fs';
import { loadScenarioText, sizeError } from '../src/model/load';
import type { ValidationResult } from '../src/model/validate';
import { formatWarning, scenarioWarnings } from '../src/model/warnings';

function check(file: string): ValidationResult {
  try {
    // The size cap holds before a byte is read, as in the app.
    const tooBig = sizeError(statSync(file).size);
    if (tooBig) return { ok: false, errors: [tooBig] };
    return loadScenarioText(readFileSync(file, 'utf8'));
  } catch (err) {
    return { ok: false, errors: [`(root): cannot read the file (${err instanceof Error ? err.message : String(err)})`] };
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/scenario.json [more.json ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = check(file);
  if (result.ok) {
    const warnings = scenarioWarnings(result.scenario);
    const counts = `${result.scenario.actors.length} actors, ${result.scenario.relations.length} relations`;
    const warned = warnings.length === 0 ? '' : `; ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`;
    console.log(`${file}: valid (${counts}${warned})`);
    for (const w of warnings) console.error(`${file}: warning: ${formatWarning(w)}`);
  } else {
    failed = true;
    for (const line of result.errors) console.error(`${file}: ${line}`);
  }
}
process.exit(failed ? 1 : 0);
