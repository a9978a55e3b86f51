/**
 * Part of `npm run bench`: "Share and export" on the 3,000-actor synthetic scenario. Each
 * run opens it by link, waits for the layout to rest, opens the dialog and saves the
 * overview as SVG, then as PNG at the default width. Measured: the time from the click to the
 * download, and the longest frame in between (long animation frames).
 */
import type { Browser, Page } from 'playwright-core';
import { INIT_SCRIPT } from '../bench/lib/page';
import { until } from '../bench/lib/until';
import type { ExportResult, ExportRun } from '../bench/lib/types';

async function save(page: Page, button: string): Promise<{ ms: number; longestFrameMs: number }> {
  const from = await page.evaluate<number>('performance.now()');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  await download.path();
  const to = await page.evaluate<number>('performance.now()');
  const longest = await page.evaluate<number>(`window.__bench.longest(${from}, ${to}).max`);
  return { ms: Math.round(to - from), longestFrameMs: Math.round(longest) };
}

async function exportRun(browser: Browser, base: string, path: string, drawn: string): Promise<ExportRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INIT_SCRIPT });
    await page.goto(base + path, { waitUntil: 'commit' });
    await until(page, `${drawn} && document.documentElement.dataset.settled === 'true'`, 180_000, 'the scenario at rest');
    await page.getByRole('button', { name: 'Share and export' }).click();
    await page.getByRole('button', { name: 'Download SVG' }).waitFor();
    return { svg: await save(page, 'Download SVG'), png: await save(page, 'Download PNG') };
  } catch (err) {
    return { error: (err instanceof Error ? err.message : String(err)).split('\n')[0] };
  } finally {
    await context.close().catch(() => {});
  }
}

export async function measureExport(browser: Browser, base: string, spec: { path: string; id: string; actors: number }, runs: number, log: (line: string) => void): Promise<ExportResult> {
  const drawn = `document.documentElement.dataset.drawn === ${JSON.stringify(spec.id)}`;
  const all: ExportRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await exportRun(browser, base, spec.path, drawn);
    all.push(r);
    log(`bench: export ${spec.actors} run ${i + 1}/${runs}: ${r.error ?? `SVG ${r.svg?.ms} ms (longest frame ${r.svg?.longestFrameMs} ms), PNG ${r.png?.ms} ms (longest frame ${r.png?.longestFrameMs} ms)`}`);
  }
  return { actors: spec.actors, runs: all };
}
