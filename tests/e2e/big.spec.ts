import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test } from '@playwright/test';
import { syntheticScenario } from '../../scripts/synthetic';
import { FINDER_SHOWS } from '../../src/components/panel/ActorFinder';
import { findActors } from '../../src/model/find';
import { AXE_TAGS, actorNode, allNodes, dropFile, escapeRegExp, network, panel, panelHeading } from './helpers';
import { afterLayoutEnd, countCommits, endLayout, holdLayoutEnd } from './probes';

const big = syntheticScenario(1000);
const BODY = JSON.stringify(big);

// Every wait below is for a state. Its limit only stops a test that would never get there,
// and is generous: with another process busy on the same two cores, a frame of a big
// network has taken seconds, so even a plain check gets 30 s rather than Playwright's 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });

test('a 1,000-actor scenario draws, comes to rest, and every actor stays reachable by name', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: BODY }));
  await page.goto('/?scenario=big/synthetic-1000.json');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 60_000 });
  expect(await page.evaluate(() => performance.getEntriesByName('ready', 'mark').length)).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('settled', 'mark').length)).toBeGreaterThan(0);

  // Every actor is a button in the network whose accessible name begins with the label it
  // shows, then its name (as actorNode finds it).
  await expect(allNodes(page)).toHaveCount(big.actors.length);
  const names = await allNodes(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const missing = big.actors.filter((a) => !names.some((n) => new RegExp(`^${escapeRegExp(a.label)}(?!\\w).*${escapeRegExp(a.name)},`).test(n)));
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

  // The links are drawn on a canvas under the actors, not as thousands of SVG paths.
  await expect(page.locator('canvas.network__links')).toHaveCount(1);
  expect(await page.locator('.network__svg path.link:not([data-sample])').count()).toBe(0);
  const inked = await page.locator('canvas.network__links').evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
  expect(inked).toBeGreaterThan(1000);

  // Selecting one by name opens its view; they and those they see are drawn again on top of
  // the crowd, as pictures only: the buttons stay one per actor.
  const actor = big.actors[500]!;
  await actorNode(page, actor).press('Enter');
  await expect(panelHeading(page)).toHaveText(actor.name);
  const raised = page.locator('.nodes--raised .node');
  await expect(raised.first()).toBeAttached();
  expect(await raised.evaluateAll((els) => els.every((el) => el.getAttribute('aria-hidden') === 'true' && !el.hasAttribute('tabindex')))).toBe(true);
  await expect(page.locator('.nodes--raised .node--focus')).toHaveCount(1);
  await expect(actorNode(page, actor)).toHaveCount(1);
  await expect(allNodes(page)).toHaveCount(big.actors.length);
  await expect(page.locator('canvas.network__links')).toHaveAttribute('data-dim', 'true');
  // Their ties are drawn over the veil too, as SVG paths.
  const ties = big.relations.filter((r) => r.source === actor.id || r.target === actor.id);
  await expect(page.locator('.links--raised path.link--focus')).toHaveCount(ties.length);

  // The pointer finds actors too (a big network picks the one under it itself): hovering
  // marks it, a click opens its view.
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  const target = big.actors[300]!;
  const centre = await page.locator(`g[data-actor="${target.id}"] .node-shape`).evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(centre.x, centre.y);
  await expect(page.locator(`g[data-actor="${target.id}"]`)).toHaveAttribute('data-hover', '');
  await expect(page.locator('.network__svg')).toHaveAttribute('data-pointing', '');
  await page.mouse.click(centre.x, centre.y);
  await expect(panelHeading(page)).toHaveText(target.name);

  // The event view offers a search instead of a list of 1,000 names.
  await page.keyboard.press('Escape');
  await expect(panelHeading(page)).toHaveText('What happened');
  const other = big.actors[700]!;
  await page.getByRole('searchbox', { name: 'Find an actor by name' }).fill(other.name);
  await page.getByRole('complementary').getByRole('link', { name: other.name, exact: true }).click();
  await expect(panelHeading(page)).toHaveText(other.name);
});

test('in a big network, "Compare with…" finds the other side by name, by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: BODY }));
  const [actor, other] = [big.actors[500]!, big.actors[700]!];
  await page.goto(`/?scenario=big/synthetic-1000.json&actor=${actor.id}`);
  await expect(panelHeading(page)).toHaveText(actor.name, { timeout: 60_000 });

  // 999 others: a search and the first few, not 999 buttons.
  const chooser = panel(page).locator('.compare-chooser');
  const toggle = chooser.getByRole('button', { name: 'Compare with…' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = chooser.getByRole('list', { name: `Compare ${actor.label} with` });
  await expect(list.getByRole('button')).toHaveCount(FINDER_SHOWS);
  const status = chooser.getByRole('status');
  await expect(status).toHaveText(`999 actors: type part of a name to find one. The first ${FINDER_SHOWS} are below.`);
  await page.keyboard.press('Tab');
  await expect(chooser.getByRole('searchbox', { name: 'Find an actor by name' })).toBeFocused();

  // Typing the name narrows the list (other names may contain it too) and says how many match.
  await page.keyboard.type(other.name);
  const found = findActors(big.actors.filter((a) => a.id !== actor.id), other.name, FINDER_SHOWS);
  const at = found.actors.indexOf(other);
  expect(at).toBeGreaterThanOrEqual(0);
  await expect(status).toHaveText(found.total === 1 ? '1 actor match.' : new RegExp(`^${found.total} actors match`));
  await expect(list.getByRole('button')).toHaveCount(found.actors.length);
  const option = list.getByRole('button', { name: other.name, exact: true });
  for (let i = 0; i <= at; i++) await page.keyboard.press('Tab');
  await expect(option).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.compare-chooser').options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText(`${actor.name} and ${other.name}`);
  await expect(page).toHaveURL(new RegExp(`[?&]compare=${escapeRegExp(other.id)}(&|$)`));
});

test('zooming in while a big network settles keeps the view: its end does not take it back', async ({ page }) => {
  test.setTimeout(180_000);
  await countCommits(page);
  // The network settles until the test lets its layout end, however fast or slow the machine.
  await holdLayoutEnd(page);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: BODY }));
  await page.goto('/?scenario=big/synthetic-1000.json');
  // On screen: measured and fitted to the whole network, too far out for labels (the fit
  // sets the first level of detail).
  const svg = page.locator('.network__svg');
  await expect(svg).toHaveAttribute('data-detail', /^(dots|shapes)$/, { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'false');
  const box = (await page.locator('.network__stage').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // Far enough in to read labels, in one turn of the wheel: d3-zoom scales by
  // 2^(-deltaY × 0.002), about 54 times here. The level of detail follows when the gesture
  // ends, once the wheel has been still for a moment. (Many small turns may end several
  // gestures on a busy machine; one that goes on after the labels are shown can keep
  // Chromium drawing for a minute.)
  await page.mouse.wheel(0, -120 * 24);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(svg).toHaveAttribute('data-detail', 'full', { timeout: 60_000 });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'false');

  // The layout ends. The commit that takes its end in neither starts a glide back to the whole
  // network (data-settled would turn "false" within it) nor jumps there (the detail would drop).
  await endLayout(page);
  expect(await afterLayoutEnd(page)).toEqual({ settled: 'true', detail: 'full' });
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  await expect(svg).toHaveAttribute('data-detail', 'full');
});

test('in a big network: predict mode keeps a view hidden, the keyboard focus shows above the veil, hover follows a zoom', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: BODY }));
  const actor = big.actors[500]!;
  const seesIds = actor.view.sees.map((p) => p.actor);
  expect(seesIds.length).toBeGreaterThan(0);

  // Predicting: the network must not show which actors the hidden view covers.
  await page.goto(`/?scenario=big/synthetic-1000.json&predict&actor=${actor.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 60_000 });
  await expect(page.locator('.nodes--raised .node--focus')).toHaveCount(1);
  await expect(page.locator('.nodes--raised .node--seen')).toHaveCount(0);
  await expect(page.locator('.node__seen')).toHaveCount(0);
  // Revealed, it does.
  await page.goto(`/?scenario=big/synthetic-1000.json&predict&revealed=${actor.id}&actor=${actor.id}`);
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 60_000 });
  await expect(page.locator('.nodes--raised .node--seen')).toHaveCount(seesIds.length);

  // The keyboard focus: its ring is drawn on the actor's raised copy, over the veil.
  await actorNode(page, actor).focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-actor'));
  expect(focused).toBeTruthy();
  await expect(page.locator(`.nodes--raised .node[data-focused]`)).toHaveCount(1);
  const copyOf = await page.locator('.nodes--raised .node[data-focused] .node__label').textContent();
  expect(copyOf).toBe(big.actors.find((a) => a.id === focused)?.label);

  // A click on a raised copy opens that actor and gives their button the keyboard focus.
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  await actorNode(page, actor).press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  const seenCopy = page.locator(`.nodes--raised .node--seen`).first();
  const box = (await seenCopy.locator('.node-shape').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const opened = await page.evaluate(() => document.activeElement?.getAttribute('data-actor'));
  expect(seesIds).toContain(opened);
  await expect(panelHeading(page)).toHaveText(big.actors.find((a) => a.id === opened)!.name);

  // Hovering marks one actor; a zoom moves the actors under the still pointer, and the mark
  // follows (or clears) instead of staying on an actor no longer there.
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  // The actor drawn farthest from the middle: the buttons zoom about the middle, so zooming in
  // surely moves it out from under the pointer, wherever the layout put it. (Zooming out
  // may not move anything: the overview can already be as far out as the view goes.)
  const target = await network(page).evaluate((svg) => {
    const view = svg.getBoundingClientRect();
    const [mx, my] = [view.left + view.width / 2, view.top + view.height / 2];
    let best = { id: '', x: 0, y: 0, d: -1 };
    for (const shape of svg.querySelectorAll('.nodes:not(.nodes--raised) .node .node-shape')) {
      const r = shape.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const inside = x > view.left + 60 && x < view.right - 60 && y > view.top + 60 && y < view.bottom - 60;
      const d = Math.hypot(x - mx, y - my);
      if (inside && d > best.d) best = { id: shape.closest('[data-actor]')?.getAttribute('data-actor') ?? '', x, y, d };
    }
    return best;
  });
  expect(target.d).toBeGreaterThan(100);
  await page.mouse.move(target.x, target.y);
  await expect(page.locator(`.nodes:not(.nodes--raised) g[data-actor="${target.id}"]`)).toHaveAttribute('data-hover', '');
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  const moved = await page.locator(`.nodes:not(.nodes--raised) g[data-actor="${target.id}"] .node-shape`).boundingBox();
  expect(moved === null || Math.hypot(moved.x + moved.width / 2 - target.x, moved.y + moved.height / 2 - target.y) > moved.width).toBe(true);
  await expect(page.locator(`g[data-actor="${target.id}"]`)).not.toHaveAttribute('data-hover', '');
});

test('a 5,000-actor file says how far it has got and can be cancelled; opened again, it is drawn, found by name and zoomed', async ({ page }) => {
  test.setTimeout(240_000);
  const huge = syntheticScenario(5000);
  const text = JSON.stringify(huge);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const builtinTitle = await page.getByRole('heading', { level: 1 }).textContent();
  const line = page.getByRole('status').filter({ hasText: '\u201chuge.json\u201d' });

  await dropFile(page, 'huge.json', text);
  await expect(line).toContainText('Opening \u201chuge.json\u201d\u2026 The scenario below stays until it is checked.');
  // Checking 7 MiB takes seconds: the line says what is being checked, and Cancel stops it.
  await expect(line).toContainText(`Checking 5,000 actors and ${huge.relations.length.toLocaleString('en-GB')} relations\u2026`, { timeout: 60_000 });
  await line.getByRole('button', { name: 'Cancel loading' }).click();
  await expect(line).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtinTitle ?? '');
  await expect(page.locator('html')).not.toHaveAttribute('data-drawn', huge.id);

  await dropFile(page, 'huge.json', text);
  await expect(page.locator('html')).toHaveAttribute('data-drawn', huge.id, { timeout: 120_000 });
  await expect(line).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(huge.title);
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 120_000 });
  // Seen whole, too far out for labels; one turn of the wheel brings them (see the test above).
  const svg = page.locator('.network__svg');
  await expect(svg).toHaveAttribute('data-detail', /^(dots|shapes)$/);
  const box = (await page.locator('.network__stage').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -120 * 24);
  await expect(svg).toHaveAttribute('data-detail', 'full', { timeout: 120_000 });
  const other = huge.actors[4321]!;
  await page.getByRole('searchbox', { name: 'Find an actor by name' }).fill(other.name);
  await page.getByRole('complementary').getByRole('link', { name: other.name, exact: true }).click();
  await expect(panelHeading(page)).toHaveText(other.name);
});

test('a page that opens on the matrix still loads the print handouts, so the browser can print them', async ({ page }) => {
  await page.goto('/?view=matrix');
  await expect(page.getByRole('table')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /PrintHandouts-[\w-]+\.js$/.test(r.name))), { timeout: 30_000 })
    .toBe(true);
});
