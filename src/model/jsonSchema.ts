import { scenarioJsonSchema } from './schema';

/** The exact text of data/scenario.schema.json; a test fails when the committed file differs. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
