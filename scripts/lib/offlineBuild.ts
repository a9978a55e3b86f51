/**
 * `npm run build:offline` (vite build --mode offline): the whole app as one standpoint.html
 * that opens from a USB stick by double-click, with no network. Everything is inlined by
 * vite-plugin-singlefile; these plugins do what it does not:
 *
 * - workers: from file:// a worker script cannot be loaded by address (its origin is
 *   "null"), so each `new Worker(new URL(…))` becomes Vite's inline worker (a blob: URL),
 *   built as a classic script, which Chromium allows from file:// where a module worker fails;
 * - the built-in scenario goes into the page as a JSON data block, which the app reads and
 *   "Download for offline use" replaces with the scenario on screen (see src/offline/);
 * - a Content-Security-Policy of hashes: the inlined script and style are allowed by their
 *   SHA-256, so there is still no 'unsafe-inline' and no eval.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { SCENARIO_BLOCK_ID, scenarioBlock } from '../../src/offline/block';

const WORKER = /new\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*\{[^}]*\}\s*)?\)/g;

/** Rewrites `new Worker(new URL('./x.ts', import.meta.url), …)` to Vite's inline worker import. */
export function inlineWorkers(): Plugin {
  return {
    name: 'standpoint-offline-inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('new Worker')) return null;
      const imports: string[] = [];
      const out = code.replace(WORKER, (_all, _quote, spec: string) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${spec}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

/** The built-in scenario as a data block in the page, instead of a file fetched beside it; the icon inlined too. */
export function embedBuiltinScenario(file: URL, icon: URL): Plugin {
  return {
    name: 'standpoint-offline-embed-scenario',
    // The app's `?url` import of the scenario would inline it a second time, as a data: URL.
    resolveId: (id) => (id.endsWith('kremlin-meeting.json?url') ? '\0standpoint-no-scenario-url' : null),
    load: (id) => (id === '\0standpoint-no-scenario-url' ? 'export default "";' : null),
    // The block's text is written as it is: scenarioBlock has made it safe inside a script element.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html: html.replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${readFileSync(icon).toString('base64')}"`),
        tags: [{ tag: 'script', attrs: { type: 'application/json', id: SCENARIO_BLOCK_ID }, children: scenarioBlock(readFileSync(file, 'utf8')), injectTo: 'body' }],
      }),
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** After everything is inlined: a CSP allowing exactly the inlined script and style, and the file named standpoint.html. */
export function hashedCsp(): Plugin {
  return {
    name: 'standpoint-offline-csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || file.fileName !== 'index.html') continue;
          const html = String(file.source);
          // Data blocks (type="application/json") are never run, so they need no hash.
          const scripts = [...html.matchAll(/<script\b(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1] ?? ''));
          const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1] ?? ''));
          const csp = [
            "default-src 'none'",
            `script-src ${scripts.join(' ')}`,
            `style-src ${styles.join(' ')}`,
            "img-src 'self' data:",
            "connect-src 'self' https: http:",
            'worker-src blob:',
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
          ].join('; ');
          file.source = html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
          file.fileName = 'standpoint.html';
        }
      },
    },
  };
}
