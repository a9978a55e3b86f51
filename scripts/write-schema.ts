/** Writes data/scenario.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText } from '../src/model/jsonSchema';

const out = new URL('../data/scenario.schema.json', import.meta.url);
writeFileSync(out, scenarioJsonSchemaText());
console.log(`wrote ${out.pathname}`);
