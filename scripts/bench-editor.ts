/**
 * Part of `npm run bench`: the editor on the 1,000-actor synthetic scenario. Each run opens
 * it by link, starts "Edit a copy", opens the first actor and types a sentence into a claim
 * at about ten keys a second, then waits until the draft is checked and stored. Measured:
 * keystroke → paint for every key, and the longest frame each save fell in.
 */
import type { Browser } from 'playwright-core';
import { EDITOR_AT_REST, KEYSTROKE_PROBE, SAVE_FRAMES } from '../bench/lib/editor';
import { INIT_SCRIPT } from '../bench/lib/page';
import { until } from '../bench/lib/until';
import { percentile, summarize } from '../bench/lib/stats';
import type { EditorResult, EditorRun } from '../bench/lib/types';

const TYPED = 'A sentence typed at the pace of a quick typist.';
const KEY_DELAY_MS = 100;

async function editorRun(browser: Browser, base: string, path: string, drawn: string): Promise<EditorRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const run: EditorRun = { keystrokesMs: [], saveFramesMs: [] };
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INIT_SCRIPT });
    await page.goto(base + path, { waitUntil: 'commit' });
    await until(page, drawn, 120_000, 'the scenario drawn');
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await until(page, `document.documentElement.dataset.settled === 'true' && !!document.querySelector('.editor') && (${EDITOR_AT_REST})`, 120_000, 'the editor open');
    await page.locator('.editor__item-toggle').first().click();
    const field = page.getByLabel('Role: text', { exact: true });
    await field.focus();
    await page.keyboard.press('End');
    await page.evaluate(KEYSTROKE_PROBE);
    const from = await page.evaluate<number>('performance.now()');
    await page.keyboard.type(` ${TYPED}`, { delay: KEY_DELAY_MS });
    await until(page, `window.__keys.length >= ${TYPED.length + 1} && (${EDITOR_AT_REST})`, 60_000, 'the typing checked and stored');
    run.keystrokesMs = await page.evaluate<number[]>('window.__keys');
    run.saveFramesMs = await page.evaluate<number[]>(SAVE_FRAMES(from));
  } catch (err) {
    run.error = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return run;
}

export async function measureEditor(browser: Browser, base: string, spec: { path: string; id: string; actors: number }, runs: number, log: (line: string) => void): Promise<EditorResult> {
  const drawn = `document.documentElement.dataset.drawn === ${JSON.stringify(spec.id)}`;
  const all: EditorRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await editorRun(browser, base, spec.path, drawn);
    all.push(r);
    const med = r.keystrokesMs.length ? percentile(r.keystrokesMs, 50).toFixed(1) : '—';
    log(`bench: editor ${spec.actors} run ${i + 1}/${runs}: keystroke → paint median ${med} ms over ${r.keystrokesMs.length} keys, ${r.saveFramesMs.length} saves, longest save frame ${Math.max(0, ...r.saveFramesMs).toFixed(0)} ms${r.error ? ` — ${r.error}` : ''}`);
  }
  const keys = all.flatMap((r) => r.keystrokesMs);
  const saves = all.flatMap((r) => r.saveFramesMs);
  return {
    actors: spec.actors,
    typed: TYPED,
    runs: all,
    keystrokeMedianMs: summarize(all.map((r) => (r.keystrokesMs.length ? percentile(r.keystrokesMs, 50) : null))),
    keystrokeP95Ms: keys.length ? percentile(keys, 95) : null,
    longestSaveFrameMs: saves.length ? Math.max(...saves) : null,
    saves: saves.length,
  };
}
