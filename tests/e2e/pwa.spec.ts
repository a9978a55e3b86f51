/**
 * The installable app: after one visit it opens with the network off, the built-in scenario
 * and a scenario opened by link included. (Other test files block the service worker, so
 * that their page.route stubs see every request.)
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ACTORS, allNodes, SCENARIO_TITLE } from './helpers';

test.use({ serviceWorkers: 'allow' });

const EXAMPLE = JSON.parse(await readFile(new URL('../../data/example-harbour-dispute.json', import.meta.url), 'utf8')) as { title: string; actors: unknown[] };

test('once visited, the app and a linked scenario open with the network off', async ({ page, context }) => {
  const linked = '/?scenario=scenarios/example-harbour-dispute.json';
  await page.goto(linked);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
  // The service worker registers once the first picture is drawn, then installs its precache.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A worker that waits to be asked (no clients.claim) controls the pages loaded after it.
  await page.reload();
  await expect(allNodes(page)).toHaveCount(EXAMPLE.actors.length);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
  await expect(allNodes(page)).toHaveCount(EXAMPLE.actors.length);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO_TITLE);
  await expect(allNodes(page)).toHaveCount(ACTORS.length);
  // The lazily loaded views are in the cache too.
  await page.getByRole('button', { name: 'Where everyone stands' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: a manifest with a name, a start page and an icon', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(new URL(href ?? '', page.url()).href)).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: 'Standpoint', start_url: './', display: 'standalone' });
  expect(manifest.icons).toEqual([expect.objectContaining({ src: 'favicon.svg' })]);
});
