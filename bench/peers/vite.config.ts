/**
 * Builds the peer pages of `npm run bench:peers` (plain d3, vis-network, Cytoscape.js + fcose,
 * sigma.js + ForceAtlas2) apart from the app: its own root, no plugins, output in bench/tmp/.
 *
 *   npx vite build --config bench/peers/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
export const PEER_PAGES = ['d3', 'vis-network', 'cytoscape', 'sigma'] as const;

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../tmp/peers'),
    emptyOutDir: true,
    // vis-network, Cytoscape.js and sigma.js are each one big chunk, as their users ship them.
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: Object.fromEntries(PEER_PAGES.map((p) => [p, here(`${p}.html`)])) },
  },
});
