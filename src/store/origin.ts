/**
 * Where a scenario came from, as history entries keep it: each entry of the browser's
 * history records the scenario it showed, so Back and Forward restore the scenario and
 * the view together, and the address always names what is on screen.
 */
import type { ScenarioOrigin } from './appStore';

interface EntryState {
  standpoint: { origin: ScenarioOrigin };
}

export function sameOrigin(a: ScenarioOrigin, b: ScenarioOrigin): boolean {
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  if (a.kind === 'file' && b.kind === 'file') return a.key === b.key;
  if (a.kind === 'draft' && b.kind === 'draft') return a.id === b.id;
  return a.kind === b.kind;
}

/** A key for keeping a scenario opened in this visit, to restore it without asking again. */
export function originKey(origin: ScenarioOrigin): string {
  if (origin.kind === 'url') return `url:${origin.url}`;
  if (origin.kind === 'file') return `file:${origin.key}`;
  if (origin.kind === 'draft') return `draft:${origin.id}`;
  return 'builtin';
}

/** What a history entry keeps. */
export function entryState(origin: ScenarioOrigin): EntryState {
  return { standpoint: { origin } };
}

function isOrigin(value: unknown): value is ScenarioOrigin {
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if (o.kind === 'builtin') return true;
  if (o.kind === 'url') return typeof o.url === 'string';
  if (o.kind === 'file') return typeof o.name === 'string' && typeof o.key === 'string';
  if (o.kind === 'draft') return typeof o.id === 'string' && /^[a-z0-9-]{1,64}$/.test(o.id);
  return false;
}

/**
 * The scenario a history entry showed: from the state we wrote to it, or, for an entry we
 * did not write (a link typed or opened from elsewhere), from its `?scenario=`.
 */
export function entryOrigin(state: unknown, search: string): ScenarioOrigin {
  const kept = state && typeof state === 'object' ? (state as Partial<EntryState>).standpoint?.origin : undefined;
  if (isOrigin(kept)) return kept;
  const params = new URLSearchParams(search);
  const url = params.get('scenario');
  const draft = params.get('draft');
  if (url) return { kind: 'url', url };
  return draft && /^[a-z0-9-]{1,64}$/.test(draft) ? { kind: 'draft', id: draft } : { kind: 'builtin' };
}

/** The address's `?scenario=` (or `?draft=`) for an origin: a link keeps its link, a draft its id; a file or the built-in one has none. */
export function searchWithOrigin(search: string, origin: ScenarioOrigin): string {
  const params = new URLSearchParams(search);
  if (origin.kind === 'url') params.set('scenario', origin.url);
  else params.delete('scenario');
  if (origin.kind === 'draft') params.set('draft', origin.id);
  else params.delete('draft');
  const out = params.toString().replace(/=(?=&|$)/g, '');
  return out ? `?${out}` : '';
}

/** The host a link names, for saying where a scenario comes from ("example.org"); the value itself if it names none. */
export function linkHost(value: string, base: string = window.location.href): string {
  try {
    return new URL(value, base).host || value;
  } catch {
    return value;
  }
}

/** Says where a scenario came from, naming a link's host: "From example.org", "From the file “a.json”". */
export function describeOrigin(origin: ScenarioOrigin, base: string = window.location.href): string {
  if (origin.kind === 'builtin') return 'The built-in scenario';
  if (origin.kind === 'file') return `From the file \u201c${origin.name}\u201d`;
  if (origin.kind === 'draft') return 'Your draft, stored in this browser';
  return `From ${linkHost(origin.url, base)}`;
}
