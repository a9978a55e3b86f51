/**
 * Where a scenario came from, as history entries keep it: each entry of the browser's
 * history records the scenario it showed, so Back and Forward restore the scenario and
 * the view together, and the address always names what is on screen.
 */
import type { ScenarioOrigin } from './appStore';

/** The start of an address's part after `#` that carries a whole scenario (see io/shareLink.ts). */
export const SHARE_PREFIX = '#shared=';
const SHARED_DATA = /^[A-Za-z0-9_-]{1,1000000}$/;

interface EntryState {
  standpoint: { origin: ScenarioOrigin };
}

export function sameOrigin(a: ScenarioOrigin, b: ScenarioOrigin): boolean {
  if (a.kind === 'url' && b.kind === 'url') return a.url === b.url;
  if (a.kind === 'file' && b.kind === 'file') return a.key === b.key;
  if (a.kind === 'draft' && b.kind === 'draft') return a.id === b.id;
  if (a.kind === 'shared' && b.kind === 'shared') return a.data === b.data;
  if (a.kind === 'class' && b.kind === 'class') return a.code === b.code;
  return a.kind === b.kind;
}

/** A key for keeping a scenario opened in this visit, to restore it without asking again. */
export function originKey(origin: ScenarioOrigin): string {
  if (origin.kind === 'url') return `url:${origin.url}`;
  if (origin.kind === 'file') return `file:${origin.key}`;
  if (origin.kind === 'draft') return `draft:${origin.id}`;
  if (origin.kind === 'shared') return `shared:${origin.data}`;
  if (origin.kind === 'class') return `class:${origin.code}`;
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
  if (o.kind === 'shared') return typeof o.data === 'string' && SHARED_DATA.test(o.data);
  if (o.kind === 'class') return typeof o.code === 'string' && /^[A-Z0-9]{8}$/.test(o.code);
  return false;
}

/**
 * The scenario a history entry showed: from the state we wrote to it, or, for an entry we
 * did not write (a link typed or opened from elsewhere), from its `?scenario=`, its
 * `#shared=` or its `?draft=`, in that order.
 */
export function entryOrigin(state: unknown, search: string, hash = ''): ScenarioOrigin {
  const kept = state && typeof state === 'object' ? (state as Partial<EntryState>).standpoint?.origin : undefined;
  if (isOrigin(kept)) return kept;
  const params = new URLSearchParams(search);
  const url = params.get('scenario');
  const draft = params.get('draft');
  const shared = hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : '';
  if (url) return { kind: 'url', url };
  if (SHARED_DATA.test(shared)) return { kind: 'shared', data: shared };
  return draft && /^[a-z0-9-]{1,64}$/.test(draft) ? { kind: 'draft', id: draft } : { kind: 'builtin' };
}

/** The address's part after `#` for an origin: a shared scenario's data; any other `#shared=` goes, other fragments stay. */
export function hashWithOrigin(hash: string, origin: ScenarioOrigin): string {
  if (origin.kind === 'shared') return `${SHARE_PREFIX}${origin.data}`;
  return hash.startsWith(SHARE_PREFIX) ? '' : hash;
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
  if (origin.kind === 'shared') return 'From a shared link';
  if (origin.kind === 'class') return 'From your class session';
  return `From ${linkHost(origin.url, base)}`;
}
