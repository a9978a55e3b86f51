/**
 * `npm run validate -- path/to/scenario.json`: prints the same errors the app shows, one
 * per line with its JSON path, and exits 1 on any; exits 0 and says so on a valid file.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../src/model/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/scenario.json [more.json ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`${file}: not valid JSON: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  const result = validateScenario(value);
  if (result.ok) {
    console.log(`${file}: valid (${result.scenario.actors.length} actors, ${result.scenario.relations.length} relations)`);
  } else {
    failed = true;
    for (const line of result.errors) console.error(`${file}: ${line}`);
  }
}
process.exit(failed ? 1 : 0);
