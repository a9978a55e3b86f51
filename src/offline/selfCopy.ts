/**
 * The offline page, for "Download for offline use": the hosted app fetches the
 * standpoint.html built beside it; the offline file copies itself, from the HTML it was
 * opened with (kept before the app changes the page).
 */
import { slug } from '../model/slug';
import type { Scenario } from '../model/schema';
import { withScenario } from './block';

let own: string | null = null;

/** Keeps this page's HTML as it was before the app rendered (`html`: <html>'s outerHTML then). */
export function keepOwnHtml(html: string): void {
  const root = new DOMParser().parseFromString(`<!doctype html>${html}`, 'text/html').documentElement;
  // Marks the app sets on <html> as it runs, which a fresh copy must not inherit.
  for (const name of [...root.getAttributeNames()]) if (name.startsWith('data-')) root.removeAttribute(name);
  root.querySelector('#root')?.replaceChildren();
  own = `<!doctype html>\n${root.outerHTML}`;
}

async function offlinePage(): Promise<string> {
  if (own) return own;
  let response: Response;
  try {
    response = await fetch('./standpoint.html');
  } catch {
    throw new Error('the offline file could not be fetched: check the connection');
  }
  if (!response.ok) throw new Error(`this server has no offline file (it answered ${response.status}); it is made by npm run build`);
  return response.text();
}

/** One HTML file holding the app and `scenario`, and a name to save it under. */
export async function offlineFile(scenario: Scenario): Promise<{ blob: Blob; name: string }> {
  const html = withScenario(await offlinePage(), JSON.stringify(scenario));
  if (!html) throw new Error('the offline file has no place for a scenario; rebuild it with npm run build');
  return { blob: new Blob([html], { type: 'text/html' }), name: `standpoint-${slug(scenario.title) || 'lesson'}.html` };
}
