import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  // Relative asset paths, so the built app works from any folder of a static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), shipScenarios()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
