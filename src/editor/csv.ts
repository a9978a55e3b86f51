/**
 * Starting from a spreadsheet: a CSV of actors (name, short name, kind, role) and one of
 * relations (from, to, type, label, one way), parsed with Papa Parse and matched by their
 * header row. Columns are matched by name, whatever their order or case; columns it does
 * not know are reported, and every row it cannot use is named with its line. Pure: the
 * editor adds what comes out to the draft as one edit.
 */
import Papa from 'papaparse';
import { ACTOR_KINDS, LIMITS, RELATION_TYPES } from '../model/constants';
import type { Actor, Relation } from '../model/schema';
import { emptyActor, emptyClaim, firstRef, slug, uniqueId, type Doc } from './edits';

export interface CsvReport {
  /** How many rows were added. */
  added: number;
  /** Rows not used, each with its line ("line 4: no name"). */
  rejected: string[];
  /** Header names it does not know (the column is left out). */
  unknownColumns: string[];
  /** Problems with the file as a whole (no header row, a required column missing). */
  problems: string[];
}

type Columns<K extends string> = Record<K, readonly string[]>;

/** The names each column goes by, lower case, in the header row. */
const ACTOR_COLUMNS: Columns<'id' | 'name' | 'label' | 'kind' | 'role'> = {
  id: ['id'],
  name: ['name', 'actor', 'full name'],
  label: ['short name', 'label', 'short'],
  kind: ['kind', 'type'],
  role: ['role', 'part', 'description'],
};

const RELATION_COLUMNS: Columns<'source' | 'target' | 'type' | 'label' | 'directed'> = {
  source: ['source', 'from'],
  target: ['target', 'to'],
  type: ['type', 'kind'],
  label: ['label', 'what', 'description'],
  directed: ['directed', 'one way', 'one-way'],
};

interface Parsed<K extends string> {
  /** No header row at all (said in `problems`). */
  empty: boolean;
  rows: { line: number; get: (key: K) => string }[];
  unknownColumns: string[];
  missing: K[];
  problems: string[];
}

/** The rows of a CSV with a header row, each read by column key; `required` columns must be there. */
function parse<K extends string>(text: string, columns: Columns<K>, required: readonly NoInfer<K>[]): Parsed<K> {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = result.data;
  const problems = result.errors.filter((e) => e.type !== 'Delimiter').map((e) => `line ${(e.row ?? 0) + 1}: ${e.message}`);
  if (!header) return { empty: true, rows: [], unknownColumns: [], missing: [...required], problems: [...problems, 'the file is empty: it needs a header row, then one row per item'] };
  const at = new Map<K, number>();
  const unknownColumns: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const key = (Object.keys(columns) as K[]).find((k) => columns[k].includes(name));
    if (key && !at.has(key)) at.set(key, i);
    else if (name) unknownColumns.push(raw.trim());
  });
  const missing = required.filter((k) => !at.has(k));
  const rows = body.map((cells, i) => ({
    // Line numbers as a spreadsheet shows them: the header is line 1.
    line: i + 2,
    get: (key: K) => {
      const index = at.get(key);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
  }));
  return { empty: false, rows, unknownColumns, missing, problems };
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

/** Adds the actors of a CSV to the draft: each a new actor, with their view left to write. */
export function addActorsFromCsv(doc: Doc, text: string): { doc: Doc; report: CsvReport } {
  const parsed = parse(text, ACTOR_COLUMNS, ['name']);
  const report: CsvReport = { added: 0, rejected: [], unknownColumns: parsed.unknownColumns, problems: parsed.problems };
  if (parsed.missing.length) {
    if (!parsed.empty) report.problems.push('no "name" column: the header row needs one (other columns it knows: short name, kind, role, id)');
    return { doc, report };
  }
  const taken = doc.actors.map((a) => a.id);
  const names = new Map(doc.actors.map((a) => [a.name.toLowerCase(), 'the draft']));
  const added: Actor[] = [];
  for (const row of parsed.rows) {
    const name = row.get('name');
    const kind = row.get('kind').toLowerCase() || 'person';
    if (!name) {
      report.rejected.push(`line ${row.line}: no name`);
      continue;
    }
    if (name.length > LIMITS.titleLength) {
      report.rejected.push(`line ${row.line}: the name is ${name.length} characters long; at most ${LIMITS.titleLength}`);
      continue;
    }
    const seen = names.get(name.toLowerCase());
    if (seen) {
      report.rejected.push(`line ${row.line}: \u201c${name}\u201d is already in ${seen}`);
      continue;
    }
    if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
      report.rejected.push(`line ${row.line}: kind \u201c${row.get('kind')}\u201d is not one of ${ACTOR_KINDS.join(', ')}`);
      continue;
    }
    const id = uniqueId(slug(row.get('id')) || slug(name) || 'actor', taken);
    taken.push(id);
    names.set(name.toLowerCase(), `line ${row.line}`);
    const actor = emptyActor(doc, id);
    const role = row.get('role');
    added.push({
      ...actor,
      name,
      label: clip(row.get('label') || name.split(/\s+/).at(-1) || name, LIMITS.labelLength),
      kind: kind as Actor['kind'],
      role: { ...actor.role, text: clip(role, LIMITS.textLength) },
    });
  }
  report.added = added.length;
  return { doc: added.length ? { ...doc, actors: [...doc.actors, ...added] } : doc, report };
}

const YES = new Set(['yes', 'y', 'true', '1', 'one way', 'one-way', 'directed']);
const NO = new Set(['', 'no', 'n', 'false', '0', 'both', 'two way', 'two-way']);

/** Adds the relations of a CSV to the draft; its ends name actors by id or by name. */
export function addRelationsFromCsv(doc: Doc, text: string): { doc: Doc; report: CsvReport } {
  const parsed = parse(text, RELATION_COLUMNS, ['source', 'target']);
  const report: CsvReport = { added: 0, rejected: [], unknownColumns: parsed.unknownColumns, problems: parsed.problems };
  if (parsed.missing.length) {
    if (!parsed.empty)
      report.problems.push(`no ${parsed.missing.map((k) => `"${k === 'source' ? 'from' : 'to'}"`).join(' or ')} column: the header row needs "from" and "to" (or "source" and "target")`);
    return { doc, report };
  }
  const byId = new Map(doc.actors.map((a) => [a.id, a.id]));
  const byName = new Map(doc.actors.map((a) => [a.name.toLowerCase(), a.id]));
  const find = (v: string) => byId.get(v) ?? byName.get(v.toLowerCase()) ?? byId.get(slug(v));
  const taken = doc.relations.map((r) => r.id);
  const added: Relation[] = [];
  for (const row of parsed.rows) {
    const [from, to] = [row.get('source'), row.get('target')];
    const [source, target] = [find(from), find(to)];
    const type = row.get('type').toLowerCase() || 'negotiates';
    const directed = row.get('directed').toLowerCase();
    const why = !from || !to ? 'it needs both ends' : !source ? `no actor \u201c${from}\u201d` : !target ? `no actor \u201c${to}\u201d` : source === target ? 'both ends are the same actor' : !(RELATION_TYPES as readonly string[]).includes(type) ? `type \u201c${row.get('type')}\u201d is not one of ${RELATION_TYPES.join(', ')}` : !YES.has(directed) && !NO.has(directed) ? `one way \u201c${row.get('directed')}\u201d should be yes or no` : '';
    if (why || !source || !target) {
      report.rejected.push(`line ${row.line}: ${why}`);
      continue;
    }
    const id = uniqueId(slug(`${source}-${target}`) || 'relation', taken);
    taken.push(id);
    const claim = emptyClaim(doc);
    added.push({ id, source, target, type: type as Relation['type'], directed: YES.has(directed), label: clip(row.get('label'), LIMITS.titleLength), basis: claim.basis, ref: claim.ref || firstRef(doc) });
  }
  report.added = added.length;
  return { doc: added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc, report };
}
