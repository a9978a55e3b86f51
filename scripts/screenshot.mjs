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
    await page.locator('[data-actor]').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
