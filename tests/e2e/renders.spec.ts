import { expect, test, type Page } from '@playwright/test';
import { actorById, actorNode, network, openApp, waitForStableDrawing } from './helpers';

/**
 * React must not re-render on zoom frames or layout ticks: positions reach the SVG through
 * refs. This counts React's commits the way React DevTools sees them (React reports every
 * commit to a DevTools hook when one is present, production builds included).
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __commits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
    w.__commits = 0;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberRoot: () => {
        w.__commits += 1;
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    };
  });
});

const commits = (page: Page) => page.evaluate(() => (window as unknown as { __commits: number }).__commits);

/** Waits until React has been idle for a while: code loaded after the first paint (motion features, handouts) commits too. */
async function quiet(page: Page): Promise<number> {
  let last = -1;
  for (let still = 0; still < 4; ) {
    const now = await commits(page);
    still = now === last ? still + 1 : 0;
    last = now;
    await page.waitForTimeout(250);
  }
  return last;
}

test('zooming and panning the network commits nothing to React', async ({ page }) => {
  await openApp(page);
  const before = await quiet(page);
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
  expect(await commits(page)).toBe(before);
});

test('a selection commits a handful of times, not once per frame of its glide', async ({ page }) => {
  await openApp(page);
  const before = await quiet(page);
  await actorNode(page, actorById('putin')).click();
  await waitForStableDrawing(page);
  // The glide runs ~33 frames; React renders only for the selection itself and the label
  // measurement that follows it.
  expect((await commits(page)) - before).toBeLessThanOrEqual(4);
});
