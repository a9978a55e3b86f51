/** The focus lives in the URL too, so a copied link reopens the same view. */
import { EVENT, type Focus } from './appStore';

export function focusFromSearch(search: string): Focus {
  const params = new URLSearchParams(search);
  const actor = params.get('actor');
  if (actor) return { kind: 'actor', id: actor };
  if (params.get('view') === 'source') return { kind: 'source' };
  return EVENT;
}

/** Writes the focus into a query string, keeping any other parameters (such as `scenario`). */
export function searchWithFocus(search: string, focus: Focus): string {
  const params = new URLSearchParams(search);
  params.delete('actor');
  params.delete('view');
  if (focus.kind === 'actor') params.set('actor', focus.id);
  if (focus.kind === 'source') params.set('view', 'source');
  const out = params.toString();
  return out ? `?${out}` : '';
}

export function sameFocus(a: Focus, b: Focus): boolean {
  return a.kind === b.kind && (a.kind !== 'actor' || (b.kind === 'actor' && a.id === b.id));
}
