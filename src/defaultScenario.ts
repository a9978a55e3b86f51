import url from '../data/kremlin-meeting.json?url';
import type { Scenario } from './model/schema';


let request: Promise<Scenario> | null = null;

/**
 * The built-in scenario, fetched as JSON beside the app rather than bundled into its
 * script: JSON parses faster than the same data as JavaScript, and the download runs in
 * parallel with the app's own (index.html preloads it). It is checked with the same
 * validator as any other scenario, but at build time (vite.config.ts refuses to build or
 * serve an invalid one, and a unit test checks it too), so a first visit does not
 * download the validator just to re-check our own file. Scenarios from files and links are
 * always checked in the browser.
 */
export function loadDefaultScenario(): Promise<Scenario> {
  // The offline standpoint.html carries its scenario in the page (a branch the hosted build drops).
  if (import.meta.env.MODE === 'offline') return import('./offline/embedded').then((m) => m.readEmbeddedScenario());
  request ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
    return (await response.json()) as Scenario;
  });
  // A failed download may be retried (a flaky connection), so it is not kept.
  request.catch(() => {
    request = null;
  });
  return request;
}
