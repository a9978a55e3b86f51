import { expect, test } from '@playwright/test';
import { syntheticScenario } from '../../scripts/synthetic';
import { allNodes, network, panelHeading } from './helpers';

const big = syntheticScenario(1000);
const BODY = JSON.stringify(big);

test('a 1,000-actor scenario draws, comes to rest, and every actor stays reachable by name', async ({ page }) => {
  test.setTimeout(60_000);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: BODY }));
  await page.goto('/?scenario=big/synthetic-1000.json');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
  expect(await page.evaluate(() => performance.getEntriesByName('ready', 'mark').length)).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('settled', 'mark').length)).toBeGreaterThan(0);

  // Every actor is a button in the network whose accessible name begins with its name.
  await expect(allNodes(page)).toHaveCount(big.actors.length);
  const names = await allNodes(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const missing = big.actors.filter((a) => !names.some((n) => n.startsWith(`${a.name},`)));
  expect(missing.map((a) => a.name)).toEqual([]);
  // Exactly one is in the tab order, and the keyboard moves from it to another.
  await expect(allNodes(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await allNodes(page).and(page.locator('[tabindex="0"]')).focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute('data-actor'));
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-actor'))) !== first) break;
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-actor'))).not.toBe(first);

  // Selecting one by name opens its view.
  const actor = big.actors[500]!;
  await network(page).getByRole('button', { name: new RegExp(`^${actor.name},`) }).press('Enter');
  await expect(panelHeading(page)).toHaveText(actor.name);
});
