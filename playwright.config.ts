import { defineConfig } from '@playwright/test';

// Drives the built app (vite preview of dist/) in Debian's Chromium; never a downloaded browser.
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// PW_PORT and PW_OUT_DIR let two test runs share one machine (each builds into its own folder).
const PORT = Number(process.env.PW_PORT || 4317);
const OUT_DIR = process.env.PW_OUT_DIR || 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  // Limits stop a test that hangs; none measures speed. A busy 2-core machine needs room.
  timeout: 60_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    viewport: { width: 1280, height: 800 },
    // The app's service worker would answer requests before page.route could; tests/e2e/pwa.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    // The class server inside vite preview keeps its rooms in memory for the tests.
    env: { STANDPOINT_CLASS_DATA: ':memory:' },
    timeout: 30_000,
  },
});
