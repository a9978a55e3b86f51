/**
 * The draft's problems, from the one scenario schema (and its reference checks): each with
 * the JSON path of the field it belongs to, so the editor shows it at that field and the
 * list of problems can jump there. Pure.
 */
import { LOAD_LIMITS } from '../model/constants';
import { validateScenario } from '../model/validate';
import type { Scenario } from '../model/schema';
import { z } from '../model/zod';

export interface Problem {
  /** The JSON path, as the validator writes it: `actors[2].view.wants[0].text`. */
  path: string;
  message: string;
}

export type Checked = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** Splits the validator's `path: message` lines. */
export function toProblem(line: string): Problem {
  const at = line.indexOf(': ');
  return at < 0 ? { path: '(root)', message: line } : { path: line.slice(0, at), message: line.slice(at + 2) };
}

/**
 * Checks a draft as any file is checked when opened (the same schema and caps), so what the
 * editor makes always opens.
 */
export function checkDraft(doc: unknown): Checked {
  const bytes = new TextEncoder().encode(JSON.stringify(doc)).length;
  if (bytes > LOAD_LIMITS.maxBytes) return { ok: false, problems: [{ path: '(root)', message: `is ${bytes} bytes, over the ${LOAD_LIMITS.maxBytes} a scenario may hold` }] };
  const result = validateScenario(doc);
  return result.ok ? result : { ok: false, problems: result.errors.map(toProblem) };
}

/** The problems at a field (its path exactly) or, with `within`, at it and anything inside it. */
export function problemsAt(problems: readonly Problem[], path: string, within = false): Problem[] {
  return problems.filter((p) => p.path === path || (within && (p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))));
}

/** The id of the form field for a path, for jumping to it and pointing at it. */
export function fieldId(path: string): string {
  return `edit-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

const list = z.array(z.unknown());
const claimLists = { wants: list, outcome: list, fears: list, stances: list, sees: list, questions: list };

/**
 * The shape the editor's fields rely on (the lists they map over), whatever their content:
 * a draft read back from storage is opened only when it has it. Anything within may still
 * be unfinished; that shows as problems, not as a refusal.
 */
const editable = z.looseObject({
  sources: z.array(z.looseObject({ sections: list })),
  issues: list,
  actors: z.array(z.looseObject({ view: z.looseObject(claimLists) })),
  relations: list,
});

export function isEditable(doc: unknown): doc is Scenario {
  return editable.safeParse(doc).success;
}
