import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { embedBuiltinScenario, hashedCsp, inlineWorkers } from './scripts/lib/offlineBuild';
import { classServerPlugin } from './src/server/vitePlugin';
import { validateScenario } from './src/model/validate';
import { networkLayout } from './src/layout/multilevel';
import type { Scenario } from './src/model/schema';

/**
 * The Content-Security-Policy of the built app: scripts and styles only from the app's own
 * origin (no inline scripts, no eval), and scenarios fetched from anywhere over http(s) so
 * `?scenario=` links work. The dev server is left without it, because Vite injects its
 * styles and hot-reload client inline.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http: ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'standpoint-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * Ships the example scenario and the JSON Schema beside the built app, so
 * `?scenario=scenarios/example-harbour-dispute.json` works from any static host.
 */
function shipScenarios(): Plugin {
  const files = ['example-harbour-dispute.json', 'scenario.schema.json'];
  return {
    name: 'standpoint-ship-scenarios',
    apply: 'build',
    generateBundle() {
      for (const name of files) {
        this.emitFile({ type: 'asset', fileName: `scenarios/${name}`, source: readFileSync(new URL(`./data/${name}`, import.meta.url)) });
      }
    },
  };
}

/**
 * Preloads the built-in scenario from index.html, so its download starts with the app's
 * script instead of after it (src/defaultScenario.ts fetches it).
 */
function preloadBuiltinScenario(): Plugin {
  const isBuiltin = (file: Rolldown.OutputAsset | Rolldown.OutputChunk): file is Rolldown.OutputAsset =>
    file.type === 'asset' && file.originalFileNames.some((name) => name.endsWith('data/kremlin-meeting.json'));
  return {
    name: 'standpoint-preload-builtin-scenario',
    apply: 'build',
    // Shipped without the indentation that keeps it readable in the repository.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (isBuiltin(file)) file.source = JSON.stringify(JSON.parse(String(file.source)));
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(isBuiltin);
        if (!asset) throw new Error('The built-in scenario is missing from the build');
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' }];
      },
    },
  };
}

/** The module that carries the built-in scenario's layout (see src/defaultScenario.ts). */
export const BUILTIN_LAYOUT_MODULE = 'virtual:builtin-layout';

/** The built-in scenario's layout as a module: `export default { actorId: [x, y], … }`. */
export function builtinLayoutModule(scenario: Scenario): string {
  const positions = Object.fromEntries([...networkLayout(scenario)].map(([id, p]) => [id, [p.x, p.y]]));
  return `export default ${JSON.stringify(positions)};`;
}

/**
 * The built-in scenario is validated here, so the app can trust it without loading zod, and
 * laid out here, so the first picture does not wait for a dozen force layouts in the page.
 */
function checkBuiltinScenario(): Plugin {
  let scenario: Scenario | null = null;
  return {
    name: 'standpoint-check-builtin-scenario',
    buildStart() {
      this.addWatchFile(BUILTIN.pathname);
      const result = validateScenario(JSON.parse(readFileSync(BUILTIN, 'utf8')));
      if (!result.ok) this.error(`data/kremlin-meeting.json is not a valid scenario:\n${result.errors.join('\n')}`);
      else scenario = result.scenario;
    },
    resolveId: (id) => (id === BUILTIN_LAYOUT_MODULE ? `\0${BUILTIN_LAYOUT_MODULE}` : null),
    load(id) {
      if (id !== `\0${BUILTIN_LAYOUT_MODULE}`) return null;
      if (!scenario) throw new Error('The built-in scenario was not read before its layout was asked for');
      return builtinLayoutModule(scenario);
    },
  };
}

const BUILTIN = new URL('./data/kremlin-meeting.json', import.meta.url);

/**
 * The hosted app as a Progressive Web App: installable, and once visited it opens with the
 * network off (Workbox precaches the shell, every chunk and the built-in scenario, and keeps
 * the last copy of each scenario opened by link). A new version waits to be asked for
 * (src/pwa/), so nothing changes under a lesson in progress. No inline script: the
 * registration is imported by the app itself.
 */
function progressiveWebApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeManifestIcons: false,
    manifest: {
      name: 'Standpoint',
      short_name: 'Standpoint',
      description: 'One event seen from every stakeholder\u2019s side.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#ffffff',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg}'],
      // The offline file is big and rarely wanted: cached when first fetched, not on every install.
      globIgnores: ['**/standpoint.html', 'bench/**'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/standpoint\.html$/],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Scenarios opened by link (?scenario=, any host): fresh when online, the last copy when not.
          urlPattern: ({ request, url }) => request.destination === '' && url.pathname.endsWith('.json'),
          handler: 'NetworkFirst',
          options: {
            cacheName: 'scenarios',
            networkTimeoutSeconds: 5,
            expiration: { maxEntries: 50, maxAgeSeconds: 60 * 60 * 24 * 90 },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          urlPattern: ({ url }) => url.pathname.endsWith('/standpoint.html'),
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'offline-file', cacheableResponse: { statuses: [200] } },
        },
      ],
    },
  });
}

/** The offline file has no service worker: the registration the app imports is a stub there. */
function noServiceWorker(): Plugin {
  return {
    name: 'standpoint-offline-no-service-worker',
    resolveId: (id) => (id === 'virtual:pwa-register' ? '\0standpoint-no-sw' : null),
    load: (id) => (id === '\0standpoint-no-sw' ? 'export function registerSW() { return () => Promise.resolve(); }' : null),
  };
}

/** `vite build --mode offline` (npm run build:offline): one standpoint.html, everything inside; see scripts/lib/offlineBuild.ts. */
const offline = defineConfig({
  base: './',
  plugins: [
    noServiceWorker(),
    inlineWorkers(),
    react(),
    checkBuiltinScenario(),
    embedBuiltinScenario(BUILTIN, new URL('./public/favicon.svg', import.meta.url)),
    viteSingleFile({ removeViteModuleLoader: true }),
    hashedCsp(),
  ],
  // Classic workers: Chromium refuses a module worker from a blob: URL made by a file:// page.
  worker: { format: 'iife' },
  // Nothing beside the one file: the icon is inlined too.
  publicDir: false,
  build: { outDir: 'dist', emptyOutDir: false },
});

const hosted = defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  plugins: [react(), checkBuiltinScenario(), contentSecurityPolicy(), preloadBuiltinScenario(), shipScenarios(), progressiveWebApp(), classServerPlugin()],
  build: {
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            // React, its DOM renderer and scheduler in one chunk: left alone, the bundler splits
            // them three ways as new lazy views share them differently, and each extra file
            // costs the first page its own gzip overhead.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // For the same reason, the small first-page modules that lazy views import too (and
            // Vite's preload helper): left alone, each gets a file of its own, which cost the
            // first page about 600 bytes. `npm run size` lists the files when another should join.
            { name: 'shared', test: /(src[\\/](model[\\/](constants|vocabulary)|layout[\\/]glyphs|store[\\/]appStore)\.ts|node_modules[\\/]d3-quadtree[\\/]|vite[\\/]preload-helper)/ },
          ],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});

export default defineConfig(({ mode }) => (mode === 'offline' ? offline : hosted));
