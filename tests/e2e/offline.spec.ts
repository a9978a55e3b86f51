/**
 * The offline file: standpoint.html opened from file:// with every network request refused,
 * walked through as a class would use it, and a copy of it made with a hostile scenario
 * inside, which must show the scenario's text as text with no Content-Security-Policy
 * violation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { syntheticScenario } from '../../scripts/synthetic';
import { miniScenario } from '../fixtures/mini';
import { ACTORS, actorById, actorNode, allNodes, dropFile, panel, panelHeading, SCENARIO_TITLE, waitForStableDrawing } from './helpers';

const OFFLINE = pathToFileURL(path.resolve(process.env.PW_OUT_DIR || 'dist', 'standpoint.html')).href;

interface Watch {
  refused: string[];
  problems(): Promise<string[]>;
}

/** Refuses every request that is not for a file, and gathers console errors and CSP violations. */
async function offlineContext(context: BrowserContext, page: Page): Promise<Watch> {
  const refused: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    refused.push(route.request().url());
    return route.abort();
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.print = () => {};
  });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { refused, problems: async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))] };
}

test('standpoint.html opens from file:// with no network: explorer, walk-through, compare, matrix, presenting, handouts, a dropped 1,000-actor file', async ({ context, page }) => {
  test.setTimeout(150_000);
  const watch = await offlineContext(context, page);
  await page.goto(OFFLINE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO_TITLE);
  await expect(allNodes(page)).toHaveCount(ACTORS.length);
  await waitForStableDrawing(page);

  const putin = actorById('putin');
  await actorNode(page, putin).click();
  await expect(panelHeading(page)).toHaveText(putin.name);
  await panel(page).getByRole('button', { name: 'Compare with…' }).click();
  await panel(page).getByRole('button', { name: actorById('zelenskyy').name }).click();
  await expect(page).toHaveURL(/compare=zelenskyy/);

  await page.getByRole('button', { name: 'Walk through' }).click();
  await expect(page.getByRole('button', { name: 'Walk through' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Where everyone stands' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.getByRole('button', { name: 'Where everyone stands' }).click();

  await page.getByRole('button', { name: 'Print handouts' }).click();
  await expect(page.locator('.handouts .handout-card')).toHaveCount(ACTORS.length);
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
  await page.keyboard.press('p');

  // A big file, dropped: its layout runs in the inlined worker.
  const big = syntheticScenario(1000);
  await dropFile(page, 'big.json', JSON.stringify(big));
  await expect(allNodes(page)).toHaveCount(big.actors.length, { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title);

  expect(watch.refused).toEqual([]);
  expect(await watch.problems()).toEqual([]);
});

test('Download for offline use carries a hostile scenario as text, and the copy copies itself', async ({ page, context, browser }, testInfo) => {
  test.setTimeout(120_000);
  const hostile = miniScenario();
  hostile.title = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  hostile.actors[0]!.label = '<!-- <b>Ana</b>';
  hostile.summary = 'Costs $& and $1 and \u2028 a line separator.';
  // The hosted app: open the file, then save it for offline use.
  await page.goto('/');
  await expect(allNodes(page)).toHaveCount(ACTORS.length);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario…' }).click();
  await (await chooser).setFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  await page.getByRole('button', { name: 'Share and export' }).click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for offline use' }).click()]);
  expect(saved.suggestedFilename()).toMatch(/^standpoint-.*\.html$/);
  const file = testInfo.outputPath('lesson.html');
  await saved.saveAs(file);
  expect(await readFile(file, 'utf8')).not.toContain('</script><script>window.__pwned');

  // Opened by double-click, in a fresh profile with no network.
  const away = await browser.newContext({ acceptDownloads: true });
  const offline = await away.newPage();
  const watch = await offlineContext(away, offline);
  await offline.goto(pathToFileURL(file).href);
  await expect(offline.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  await expect(allNodes(offline)).toHaveCount(hostile.actors.length);
  await expect(actorNode(offline, { name: hostile.actors[0]!.name, label: hostile.actors[0]!.label })).toBeVisible();
  expect(await offline.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(offline.locator('img[src="x"]')).toHaveCount(0);

  // The copy makes a copy of itself, with the same scenario.
  await offline.getByRole('button', { name: 'Share and export' }).click();
  const [again] = await Promise.all([offline.waitForEvent('download'), offline.getByRole('button', { name: 'Download for offline use' }).click()]);
  const second = testInfo.outputPath('lesson-again.html');
  await again.saveAs(second);
  const copy = await away.newPage();
  await copy.goto(pathToFileURL(second).href);
  await expect(copy.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
  await expect(allNodes(copy)).toHaveCount(hostile.actors.length);

  expect(watch.refused).toEqual([]);
  expect(await watch.problems()).toEqual([]);
  await away.close();
  await context.close();
});
