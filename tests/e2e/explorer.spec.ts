import { expect, test, type Page } from '@playwright/test';
import {
  ACTORS,
  SCENARIO_TITLE,
  actorById,
  actorNode,
  allNodes,
  boxesInNetwork,
  expectActorView,
  expectOverview,
  focusedActorId,
  network,
  nodeTransforms,
  openApp,
  outside,
  panel,
  panelHeading,
  failOnPageErrors,
  trackErrors,
  waitForStableDrawing,
  type ActorInfo,
} from './helpers';

const ACTOR_SECTIONS = [
  'What they wanted',
  'How they read the outcome',
  'Red lines and fears',
  'Where they stand',
  'How they see the others',
  'Their ties in the network',
  'For discussion',
];

// Every test in this file also fails on any console error or uncaught page error.
failOnPageErrors();

test.describe('overview', () => {
  test('loads with the scenario title, the event panel and every actor', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO_TITLE);
    await expectOverview(page);
    await expect(page).toHaveTitle(`${SCENARIO_TITLE} \u00b7 Standpoint`);
    await expect(network(page)).toHaveAttribute('aria-label', new RegExp(`^Network of ${ACTORS.length} actors`));
    await expect(allNodes(page)).toHaveCount(ACTORS.length);
    for (const actor of ACTORS) {
      await expect(actorNode(page, actor), `node for ${actor.name}`).toHaveCount(1);
      await expect(actorNode(page, actor)).toHaveAttribute('data-actor', actor.id);
      await expect(actorNode(page, actor)).toHaveAttribute('aria-pressed', 'false');
      // The overview lists every actor as a link named by their full name.
      await expect(panel(page).getByRole('link', { name: actor.name, exact: true })).toBeVisible();
    }
    // Roving tabindex: exactly one node is in the tab order.
    await expect(allNodes(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  });
});

test.describe('mouse', () => {
  for (const actor of ACTORS) {
    test(`clicking the node selects ${actor.name}, and each way back returns to the overview`, async ({ page }) => {
      await openApp(page);
      const node = actorNode(page, actor);

      await node.click();
      await expectActorView(page, actor);
      for (const section of ACTOR_SECTIONS) {
        await expect(panel(page).getByRole('heading', { level: 3, name: section, exact: true })).toBeVisible();
      }
      // Every claim says how it is supported and where in the source it comes from.
      await expect(panel(page).locator('.basis').first()).toHaveText(/^(Stated|Reported|Inferred)$/);
      await expect(panel(page).locator('.source-ref').first()).toHaveText(/§/);
      // The lens bar names the selected actor; the others show how they are seen.
      await expect(page.getByText(`Seen from ${actor.label}\u2019s side`)).toBeVisible();
      await expect(allNodes(page).locator('.node__seen')).toHaveCount(ACTORS.length - 1);
      await expect(node.locator('.node__seen')).toHaveCount(0);
      for (const seen of await allNodes(page).locator('.node__seen text').all()) {
        await expect(seen).toHaveText(/\S/);
      }

      await page.getByRole('button', { name: /^Show everyone/ }).click();
      await expectOverview(page);
      await expect(page.getByText(/^Seen from /)).toHaveCount(0);
      await expect(allNodes(page).locator('.node__seen')).toHaveCount(0);

      await node.click();
      await expectActorView(page, actor);
      await panel(page).getByRole('button', { name: 'Back to the event' }).click();
      await expectOverview(page);

      await node.click();
      await expectActorView(page, actor);
      await page.keyboard.press('Escape');
      await expectOverview(page);
    });
  }
});

test.describe('keyboard', () => {
  test('the first Tab shows "Skip to the network", and Enter puts the keyboard on an actor', async ({ page }) => {
    await openApp(page, `/?actor=${actorById('witkoff').id}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the network' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    // The selected actor is the network's tab stop.
    expect(await focusedActorId(page)).toBe('witkoff');
  });

  type Key = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
  const ARROWS: readonly Key[] = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];

  /** Tab from the start of the page: past the header's controls, the next stop is the network's one tabbable node. */
  async function tabIntoNetwork(page: Page): Promise<string> {
    // Past the header's controls (Open scenario…, then the toolbar's buttons) comes the network.
    for (let presses = 0; presses < 20 && (await focusedActorId(page)) === null; presses++) await page.keyboard.press('Tab');
    const id = await focusedActorId(page);
    expect(id, 'Tab reaches an actor node after the header').not.toBeNull();
    return id ?? '';
  }

  /**
   * Explores the arrow keys breadth-first from the first tab stop: for each node reached,
   * presses each arrow and notes where the focus goes. Returns the key path to every node.
   */
  async function exploreArrows(page: Page): Promise<{ start: string; paths: Map<string, Key[]>; moves: string[] }> {
    const start = await tabIntoNetwork(page);
    const paths = new Map<string, Key[]>([[start, []]]);
    const queue = [start];
    const moves: string[] = [];
    while (queue.length > 0) {
      const from = queue.shift() ?? '';
      for (const key of ARROWS) {
        await page.locator(`g[role="button"][data-actor="${from}"]`).focus();
        await page.keyboard.press(key);
        const to = await focusedActorId(page);
        expect(to, `${key} from ${from} keeps the focus on an actor node`).not.toBeNull();
        if (!to || to === from) continue;
        moves.push(`${from} -${key}-> ${to}`);
        // Roving tabindex follows the focus.
        await expect(page.locator(`g[role="button"][data-actor="${to}"]`)).toHaveAttribute('tabindex', '0');
        await expect(allNodes(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
        if (!paths.has(to)) {
          paths.set(to, [...(paths.get(from) ?? []), key]);
          queue.push(to);
        }
      }
    }
    return { start, paths, moves };
  }

  test('Tab reaches the network, arrows move the focus with a visible ring, and every actor is reachable', async ({ page }) => {
    await openApp(page);
    const start = await tabIntoNetwork(page);
    const startNode = page.locator(`g[role="button"][data-actor="${start}"]`);
    await expect(startNode).toBeFocused();
    await expect(startNode).toHaveAttribute('tabindex', '0');
    expect(await startNode.evaluate((el) => el.matches(':focus-visible')), 'focused node matches :focus-visible').toBe(true);
    const ring = await startNode.locator('.node__ring').evaluate((el) => getComputedStyle(el).stroke);
    expect(ring, 'the focus ring is drawn').not.toMatch(/^(none|transparent|rgba\(0, 0, 0, 0\))$/);

    // Some arrow moves the focus to another node, and that node shows the ring.
    let moved: string | null = null;
    for (const key of ARROWS) {
      await startNode.focus();
      await page.keyboard.press(key);
      const now = await focusedActorId(page);
      if (now && now !== start) {
        moved = now;
        break;
      }
    }
    expect(moved, 'an arrow key moves the focus to a different actor').not.toBeNull();
    const movedNode = page.locator(`g[role="button"][data-actor="${moved}"]`);
    await expect(movedNode).toBeFocused();
    expect(await movedNode.evaluate((el) => el.matches(':focus-visible')), 'focused node matches :focus-visible').toBe(true);
    // Moving the focus does not select anything.
    await expectOverview(page);

    await page.reload();
    await waitForStableDrawing(page);
    const { paths, moves } = await exploreArrows(page);
    const unreachable = ACTORS.filter((a) => !paths.has(a.id)).map((a) => a.id);
    expect(unreachable, `actors no arrow path reaches; moves seen:\n${moves.join('\n')}`).toEqual([]);
  });

  test('every actor can be opened with arrows and Enter or Space', async ({ page }) => {
    // One page load per actor: on a busy 2-core machine this takes more than the default 30 s.
    test.slow();
    await openApp(page);
    const { start, paths } = await exploreArrows(page);

    for (const [i, actor] of ACTORS.entries()) {
      const path = paths.get(actor.id);
      if (!path) throw new Error(`no arrow path from ${start} to ${actor.id}`);
      const key = i % 2 === 0 ? 'Enter' : 'Space';
      await test.step(`${actor.name}: Tab, ${path.join(', ') || '(no arrows)'}, ${key}`, async () => {
        await openApp(page);
        expect(await tabIntoNetwork(page)).toBe(start);
        for (const arrow of path) await page.keyboard.press(arrow);
        await expect(actorNode(page, actor)).toBeFocused();
        await page.keyboard.press(key);
        await expectActorView(page, actor);
        // Selecting from the network leaves the keyboard on the node.
        await expect(actorNode(page, actor)).toBeFocused();
        await page.keyboard.press('Escape');
        await expectOverview(page);
      });
    }
  });
});

test.describe('links in the panel', () => {
  test('each actor link on the overview opens that actor and moves the focus to the heading', async ({ page }) => {
    await openApp(page);
    for (const actor of ACTORS) {
      await panel(page).getByRole('link', { name: actor.name, exact: true }).click();
      await expectActorView(page, actor);
      await expect(panelHeading(page)).toBeFocused();
      await panel(page).getByRole('button', { name: 'Back to the event' }).click();
      await expectOverview(page);
      await expect(panelHeading(page)).toBeFocused();
    }
  });

  test('actor links inside each view open the named actor, with the focus on the new heading', async ({ page }) => {
    // One page load per actor: on a busy 2-core machine this takes more than the default 30 s.
    test.slow();
    for (const actor of ACTORS) {
      await test.step(actor.name, async () => {
        await openApp(page, `/?actor=${actor.id}`);
        await expectActorView(page, actor);
        const links = panel(page).locator('a.actor-link');
        expect(await links.count(), `${actor.name}'s view names other actors as links`).toBeGreaterThan(0);
        const link = links.first();
        const href = (await link.getAttribute('href')) ?? '';
        const targetId = new URLSearchParams(href.replace(/^[^?]*/, '')).get('actor') ?? '';
        const target = actorById(targetId);
        expect(target.id).not.toBe(actor.id);
        await link.click();
        await expectActorView(page, target);
        await expect(panelHeading(page)).toBeFocused();
      });
    }
  });

  test('a link followed with the keyboard also lands on the new heading', async ({ page }) => {
    const putin = actorById('putin');
    await openApp(page, `/?actor=${putin.id}`);
    const link = panel(page).locator('a.actor-link').first();
    const name = (await link.textContent()) ?? '';
    const target = ACTORS.find((a) => a.name === name || a.label === name);
    if (!target) throw new Error(`link "${name}" names no actor`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expectActorView(page, target);
    await expect(panelHeading(page)).toBeFocused();
  });
});

test.describe('URLs and history', () => {
  test('a copied link opens the same view in a fresh page', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors = trackErrors(page);
    const kushner = actorById('kushner');
    await openApp(page, `/?actor=${kushner.id}`);
    await expectActorView(page, kushner);
    await expect(actorNode(page, kushner)).toHaveAttribute('aria-pressed', 'true');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test('an unknown actor falls back to the overview and drops the id from the URL', async ({ page }) => {
    await openApp(page, '/?actor=nobody');
    await expectOverview(page);
    expect(new URL(page.url()).search).toBe('');
  });

  test('the source view has its own URL', async ({ page }) => {
    await openApp(page, '/?view=source');
    await expect(panelHeading(page)).toHaveText('About the source');
  });

  test('Back and Forward move through the actors visited', async ({ page }) => {
    await openApp(page);
    const [putin, witkoff, zelenskyy] = ['putin', 'witkoff', 'zelenskyy'].map(actorById) as [ActorInfo, ActorInfo, ActorInfo];
    for (const actor of [putin, witkoff, zelenskyy]) {
      await actorNode(page, actor).click();
      await expectActorView(page, actor);
    }
    await page.goBack();
    await expectActorView(page, witkoff);
    await expect(actorNode(page, zelenskyy)).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expectActorView(page, putin);
    await expect(actorNode(page, witkoff)).toHaveAttribute('aria-pressed', 'false');
    await page.goForward();
    await expectActorView(page, witkoff);
    await expect(actorNode(page, putin)).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await page.goBack();
    await expectOverview(page);
  });
});

test.describe('zoom', () => {
  test('Zoom in and out move the nodes; Fit brings every node back into view', async ({ page }) => {
    await openApp(page);
    const before = await nodeTransforms(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => nodeTransforms(page), { message: 'Zoom in changes the drawn positions' }).not.toEqual(before);
    await waitForStableDrawing(page);
    const zoomedIn = await nodeTransforms(page);

    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => nodeTransforms(page), { message: 'Zoom out changes the drawn positions' }).not.toEqual(zoomedIn);
    await waitForStableDrawing(page);

    // Zoom far in so that the network no longer fits, then fit it again.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => {
        const { svg, items } = await boxesInNetwork(page, '.node-shape');
        return outside(svg, items).length;
      }, { message: 'zoomed far in, some node is out of view' })
      .toBeGreaterThan(0);
    await waitForStableDrawing(page);

    await page.getByRole('button', { name: 'Fit the whole network' }).click();
    await expect
      .poll(async () => {
        const { svg, items } = await boxesInNetwork(page, '.node-shape');
        return outside(svg, items);
      }, { message: 'after Fit every node lies inside the svg' })
      .toEqual([]);
  });
});

test.describe('zoom buttons, clicked quickly', () => {
  test('two quick clicks on "Zoom in" zoom in twice as far as one', async ({ page }) => {
    await openApp(page);
    const spread = async () => {
      const pts = Object.values(await nodeTransforms(page)).map((t) => (t.match(/-?[\d.]+/g) ?? []).map(Number));
      const xs = pts.map((p) => p[0] ?? 0);
      return Math.max(...xs) - Math.min(...xs);
    };
    const before = await spread();
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    await zoomIn.click();
    await zoomIn.click(); // while the first glide is still running
    // Each click scales by 1.4 about the middle of the view; the glide ends at 1.4².
    await expect.poll(async () => (await spread()) / before).toBeCloseTo(1.4 * 1.4, 1);
  });
});

test.describe('source view', () => {
  test('"About the source" opens the source guide, and "Back to the event" returns', async ({ page }) => {
    await openApp(page);
    await panel(page).getByRole('button', { name: 'About the source' }).click();
    await expect(panelHeading(page)).toHaveText('About the source');
    await expect(page).toHaveURL(/[?&]view=source(&|$)/);
    await expect(page).toHaveTitle(new RegExp(`^About the source`));
    await expect(panelHeading(page)).toBeFocused();
    const back = panel(page).getByRole('button', { name: 'Back to the event' });
    await expect(back).toBeVisible();
    await back.click();
    await expectOverview(page);
  });
});

test.describe('milestones', () => {
  test('the app marks when the network is first drawn and when it is at rest', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
    expect(await page.evaluate(() => performance.getEntriesByName('ready', 'mark').length)).toBe(1);
    // The page's own JS had run before anything was drawn (the floor the peers benchmark reports).
    const [evaluated, ready] = await page.evaluate(() => ['evaluated', 'ready'].map((name) => performance.getEntriesByName(name, 'mark').map((m) => m.startTime)));
    expect(evaluated).toHaveLength(1);
    expect(evaluated![0]).toBeLessThan(ready![0]!);
    // A glide clears data-settled while it runs and sets it again when it ends.
    await actorNode(page, actorById('putin')).click();
    await expect(page.locator('html')).toHaveAttribute('data-settled', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  });
});
