import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/model/jsonSchema';

describe('data/scenario.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync(new URL('../../data/scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes the fields authors write', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'title', 'sources', 'issues', 'actors', 'relations']));
    expect(schema.additionalProperties).toBe(false);
  });
});
