import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateScenario } from './src/model/validate';

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
  "connect-src 'self' https: http:",
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

/** The built-in scenario is validated here, so the app can trust it without loading zod. */
function checkBuiltinScenario(): Plugin {
  return {
    name: 'standpoint-check-builtin-scenario',
    buildStart() {
      const file = new URL('./data/kremlin-meeting.json', import.meta.url);
      this.addWatchFile(file.pathname);
      const result = validateScenario(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok) this.error(`data/kremlin-meeting.json is not a valid scenario:\n${result.errors.join('\n')}`);
    },
  };
}

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  plugins: [react(), checkBuiltinScenario(), contentSecurityPolicy(), preloadBuiltinScenario(), shipScenarios()],
  build: {
    rollupOptions: {
      output: {
        // React, its DOM renderer and scheduler in one chunk: left alone, the bundler splits
        // them three ways as new lazy views share them differently, and each extra file costs
        // the first page its own gzip overhead.
        codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
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
