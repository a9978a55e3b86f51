// `npm run screenshot`: pictures of the real app for the README, taken from the built app
// (dist/) in Debian's Chromium. Writes docs/screenshot-overview.png and docs/screenshot-lens.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const server = await preview({ preview: { port: 4319, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const base = 'http://127.0.0.1:4319/';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', colorScheme: 'light' });
  const shots = [
    ['docs/screenshot-overview.png', base],
    ['docs/screenshot-lens.png', `${base}?actor=putin`],
  ];
  for (const [file, url] of shots) {
    await page.goto(url);
    await page.locator('html[data-settled="true"]').waitFor({ state: 'attached' });
    // Wait for the panel's fade-in to end (polled: the page's CSP forbids waitForFunction's eval).
    for (let i = 0; i < 50; i++) {
      const running = await page.evaluate(() => globalThis.document.getAnimations().some((a) => a.playState === 'running'));
      if (!running) break;
      await page.waitForTimeout(50);
    }
    await page.mouse.move(0, 0);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
