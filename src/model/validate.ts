/**
 * Turns untrusted input into a checked `Scenario`, or into a list of errors that each name
 * their JSON path: `relations[3].target: no actor "zelensky"`.
 */
import type { core } from 'zod';
import { scenario as scenarioSchema, type Scenario } from './schema';

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type PathPart = PropertyKey;

/** `['relations', 3, 'target']` → `relations[3].target`; the root is `(root)`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function issueMessage(issue: core.$ZodIssue): string {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}`;
      return `must be at least ${issue.minimum}, got ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Checks that ids are unique and that every reference points at something that exists. */
export function checkReferences(s: Scenario): string[] {
  const errors: string[] = [];
  const unique = (items: readonly { id: string }[], path: string, what: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) errors.push(`${path}[${i}].id: duplicate ${what} id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };

  unique(s.sources, 'sources', 'source');
  const sections = new Map<string, Set<string>>();
  s.sources.forEach((src, i) => {
    if (!sections.has(src.id)) sections.set(src.id, unique(src.sections, `sources[${i}].sections`, 'section'));
  });
  const issueIds = unique(s.issues, 'issues', 'issue');
  const actorIds = unique(s.actors, 'actors', 'actor');
  unique(s.relations, 'relations', 'relation');

  const checkRef = (value: string, path: string) => {
    const [sourceId = '', sectionId = ''] = value.split('#');
    const known = sections.get(sourceId);
    if (!known) errors.push(`${path}.ref: no source "${sourceId}"`);
    else if (!known.has(sectionId)) errors.push(`${path}.ref: no section "${sectionId}" in source "${sourceId}"`);
  };

  s.sources.forEach((src, i) => {
    src.about?.unknowns.forEach((n, j) => checkRef(n.ref, `sources[${i}].about.unknowns[${j}]`));
    src.about?.caveats.forEach((n, j) => checkRef(n.ref, `sources[${i}].about.caveats[${j}]`));
  });

  s.actors.forEach((a, i) => {
    const at = `actors[${i}]`;
    checkRef(a.role.ref, `${at}.role`);
    if (a.added) checkRef(a.added.ref, `${at}.added`);
    const v = a.view;
    checkRef(v.headline.ref, `${at}.view.headline`);
    for (const key of ['wants', 'outcome', 'fears'] as const) {
      v[key].forEach((c, j) => checkRef(c.ref, `${at}.view.${key}[${j}]`));
    }
    const stanceIssues = new Set<string>();
    v.stances.forEach((st, j) => {
      const path = `${at}.view.stances[${j}]`;
      if (!issueIds.has(st.issue)) errors.push(`${path}.issue: no issue "${st.issue}"`);
      else if (stanceIssues.has(st.issue)) errors.push(`${path}.issue: a second stance on "${st.issue}"`);
      stanceIssues.add(st.issue);
      checkRef(st.ref, path);
    });
    const seen = new Set<string>();
    v.sees.forEach((p, j) => {
      const path = `${at}.view.sees[${j}]`;
      if (!actorIds.has(p.actor)) errors.push(`${path}.actor: no actor "${p.actor}"`);
      else if (p.actor === a.id) errors.push(`${path}.actor: an actor cannot see itself`);
      else if (seen.has(p.actor)) errors.push(`${path}.actor: a second line on "${p.actor}"`);
      seen.add(p.actor);
      checkRef(p.ref, path);
    });
  });

  s.relations.forEach((r, i) => {
    const path = `relations[${i}]`;
    if (!actorIds.has(r.source)) errors.push(`${path}.source: no actor "${r.source}"`);
    if (!actorIds.has(r.target)) errors.push(`${path}.target: no actor "${r.target}"`);
    if (r.source === r.target) errors.push(`${path}.target: a relation cannot join "${r.source}" to itself`);
    checkRef(r.ref, path);
  });

  const relationIds = new Set(s.relations.map((r) => r.id));
  const stepIds = new Set<string>();
  s.story?.forEach((st, i) => {
    const path = `story[${i}]`;
    if (stepIds.has(st.id)) errors.push(`${path}.id: duplicate step id "${st.id}"`);
    stepIds.add(st.id);
    if (st.actor !== undefined && st.compare !== undefined) errors.push(`${path}: give "actor" or "compare", not both`);
    if (st.actor !== undefined && !actorIds.has(st.actor)) errors.push(`${path}.actor: no actor "${st.actor}"`);
    st.compare?.forEach((a, j) => {
      if (!actorIds.has(a)) errors.push(`${path}.compare[${j}]: no actor "${a}"`);
    });
    if (st.compare && st.compare[0] === st.compare[1]) errors.push(`${path}.compare[1]: compare "${st.compare[0]}" with someone else`);
    st.highlight?.actors?.forEach((a, j) => {
      if (!actorIds.has(a)) errors.push(`${path}.highlight.actors[${j}]: no actor "${a}"`);
    });
    st.highlight?.relations?.forEach((r, j) => {
      if (!relationIds.has(r)) errors.push(`${path}.highlight.relations[${j}]: no relation "${r}"`);
    });
  });

  return errors;
}

/** Validates an already-parsed value. Never throws: every problem comes back as an error line. */
export function validateScenario(input: unknown): ValidationResult {
  const parsed = scenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((iss) => `${formatPath(iss.path)}: ${issueMessage(iss)}`) };
  }
  const errors = checkReferences(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, scenario: parsed.data };
}
