import { expect, test } from '@playwright/test';
import { actorById, actorNode, network, openApp, waitForStableDrawing } from './helpers';
import { commits, countCommits, holdLazyCode, reactIdle } from './probes';

/**
 * React must not re-render on zoom frames or layout ticks: positions reach the SVG through
 * refs. This counts React's commits the way React DevTools sees them (see probes.ts).
 *
 * Code the page loads on demand or when it is first idle (the panel's motion, the print
 * handouts) would commit when it arrives, whenever that is: it is held back, so React, once
 * idle, stays idle unless the test itself does something.
 */
test.beforeEach(async ({ page }) => {
  await countCommits(page);
  await holdLazyCode(page);
});

test('zooming and panning the network commits nothing to React', async ({ page }) => {
  await openApp(page);
  await reactIdle(page);
  const before = await commits(page);
  expect(before, 'the hook sees the first renders').toBeGreaterThan(0);
  const box = await network(page).boundingBox();
  if (!box) throw new Error('no network');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  await page.mouse.move(x + 5, y + 5);
  await page.mouse.down();
  for (let i = 0; i < 20; i++) await page.mouse.move(x + 5 + i * 8, y + 5 + i * 4);
  await page.mouse.up();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForStableDrawing(page);
  await reactIdle(page);
  expect(await commits(page)).toBe(before);
});

test('a selection commits a handful of times, not once per frame of its glide', async ({ page }) => {
  await openApp(page);
  await reactIdle(page);
  const before = await commits(page);
  await actorNode(page, actorById('putin')).click();
  await waitForStableDrawing(page);
  await reactIdle(page);
  // The glide runs ~33 frames; React renders only for the selection itself and the label
  // measurement that follows it.
  expect((await commits(page)) - before).toBeLessThanOrEqual(4);
});
