/**
 * Presenter mode: type sizes for the back of the room, the layout on a projector, walking the
 * story with a clicker's keys, blanking the screen, a step's own URL, and the audience window.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  ACTORS,
  STORY,
  actorById,
  actorNode,
  allNodes,
  blurActive,
  boxesInNetwork,
  expectActorView,
  expectStep,
  network,
  openApp,
  outside,
  panel,
  panelHeading,
  presentWithButton,
  stepBar,
  stepHeading,
  failOnPageErrors,
  trackErrors,
  waitForStableDrawing,
} from './helpers';

const LAST = STORY.length - 1;
const SMALLEST_PX = 20;
const BODY_PX = 24;
const BODY_TEXT = '.claim__text, .summary, .step-bar__caption';

// Every test in this file also fails on any console error or uncaught page error.
failOnPageErrors();

// Jumps instead of glides, so each measurement sees the final picture and the suite stays quick.
test.use({ reducedMotion: 'reduce' });

interface TextSize {
  where: string;
  text: string;
  px: number;
}

/**
 * The computed font size of every visible piece of text on the page, SVG labels included:
 * text nodes that are not just whitespace, inside an element that is rendered (not hidden by
 * display or visibility), has a box, and is not inside `.visually-hidden`.
 */
async function visibleTextSizes(page: Page): Promise<TextSize[]> {
  return page.evaluate(() => {
    const describe = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const cls = typeof e.className === 'string' ? e.className : (e.getAttribute('class') ?? '');
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls.trim() ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`);
      }
      return parts.join(' > ');
    };
    const out: { where: string; text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (el.closest('.visually-hidden, script, style, template, title')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      out.push({ where: describe(el), text: text.slice(0, 50), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
}

/** The body text (panel sentences, the summary, the step's caption) that is visible, with sizes. */
async function bodyTextSizes(page: Page): Promise<TextSize[]> {
  return page.locator(BODY_TEXT).evaluateAll((els) =>
    els
      .filter((el) => !el.closest('.visually-hidden') && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0)
      .map((el) => ({
        where: `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')}`,
        text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50),
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
  );
}

const fmt = (state: string, t: TextSize) => `${state}: ${t.px}px "${t.text}" at ${t.where}`;

/** The smallest size seen in presenter mode, across every state measured (for the report). */
const smallestSeen: { px: number; where: string }[] = [];

/** Measures one state; returns every offender. */
async function fontProblems(page: Page, state: string): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const all = await visibleTextSizes(page);
  expect(all.length, `${state}: some text is visible`).toBeGreaterThan(20);
  // The network's labels are SVG text and count too.
  expect(all.filter((t) => t.where.includes('text.node__label')).length, `${state}: every node label is measured`).toBe(ACTORS.length);
  const min = all.reduce((m, t) => (t.px < m.px ? t : m));
  smallestSeen.push({ px: min.px, where: fmt(state, min) });
  const body = await bodyTextSizes(page);
  expect(body.length, `${state}: some body text is visible`).toBeGreaterThan(0);
  return [
    ...all.filter((t) => t.px < SMALLEST_PX).map((t) => `below ${SMALLEST_PX}px: ${fmt(state, t)}`),
    ...body.filter((t) => t.px < BODY_PX).map((t) => `body text below ${BODY_PX}px: ${fmt(state, t)}`),
  ];
}

/** Overview, an actor's view (chosen in the network), an event step, an actor step and a comparison step. */
async function measurePresenterStates(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await expect(panelHeading(page)).toHaveText('What happened');
  problems.push(...(await fontProblems(page, 'overview')));

  const putin = actorById('putin');
  await actorNode(page, putin).click();
  await expectActorView(page, putin);
  await waitForStableDrawing(page);
  problems.push(...(await fontProblems(page, `${putin.id} selected`)));

  // Then walk with the clicker's key to an event step, an actor's step and a comparison step.
  const steps = [0, STORY.findIndex((s) => s.actor), STORY.findIndex((s) => s.compare)].filter((i) => i >= 0);
  let at = -1;
  for (const i of steps) {
    while (at < i) {
      await page.keyboard.press('PageDown');
      at++;
    }
    await expectStep(page, i);
    await waitForStableDrawing(page);
    problems.push(...(await fontProblems(page, `step ${i + 1} (${STORY[i]?.id})`)));
  }
  return problems;
}

test.describe('presenter mode, 1280x720: type big enough for the back of the room', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test.afterAll(() => {
    const min = smallestSeen.reduce((m, s) => (s.px < m.px ? s : m), { px: Infinity, where: '' });
    console.log(`smallest text seen in presenter mode: ${min.where}`);
  });

  test(`entered with the "Present" button: all text ≥ ${SMALLEST_PX}px, body text ≥ ${BODY_PX}px`, async ({ page }) => {
    await openApp(page);
    await presentWithButton(page);
    expect(await measurePresenterStates(page)).toEqual([]);
  });

  test(`entered with the P key: all text ≥ ${SMALLEST_PX}px, body text ≥ ${BODY_PX}px`, async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('p');
    await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
    await expect(page.getByRole('button', { name: /^Present\b/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await measurePresenterStates(page)).toEqual([]);
    // P again leaves presenter mode.
    await page.keyboard.press('P');
    await expect(page.locator('html')).not.toHaveAttribute('data-present', /.*/);
  });
});

/** Sideways scrolling, toolbar buttons out of view, labels out of the svg, a clipped panel heading. */
async function presenterLayoutProblems(page: Page, state: string): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await waitForStableDrawing(page);
  const problems: string[] = [];
  const frame = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
  if (frame.scrollWidth > frame.innerWidth) problems.push(`${state}: page scrolls sideways (scrollWidth ${frame.scrollWidth} > innerWidth ${frame.innerWidth})`);

  const buttons = page.getByRole('navigation', { name: 'Views and modes' }).getByRole('button');
  expect(await buttons.count(), `${state}: toolbar buttons`).toBeGreaterThan(0);
  for (const button of await buttons.all()) {
    if (!(await button.isVisible())) continue;
    const b = await button.boundingBox();
    const name = (await button.textContent())?.trim() ?? '?';
    if (!b) problems.push(`${state}: toolbar button "${name}" has no box`);
    else if (b.x < 0 || b.y < 0 || b.x + b.width > frame.innerWidth + 0.5 || b.y + b.height > frame.innerHeight + 0.5)
      problems.push(`${state}: toolbar button "${name}" at [${b.x}, ${b.y}, ${b.x + b.width}, ${b.y + b.height}] is not inside the ${frame.innerWidth}x${frame.innerHeight} viewport`);
  }

  const labels = await boxesInNetwork(page, '.node__label');
  if (labels.items.length !== ACTORS.length) problems.push(`${state}: ${labels.items.length} labels drawn, expected ${ACTORS.length}`);
  problems.push(...outside(labels.svg, labels.items).map((p) => `${state}: label ${p}`));

  const heading = await panelHeading(page).evaluate((h) => {
    const p = h.closest('.panel');
    const hb = h.getBoundingClientRect();
    const pb = p?.getBoundingClientRect();
    return {
      text: h.textContent ?? '',
      box: [hb.left, hb.top, hb.right, hb.bottom],
      panel: pb ? [pb.left, pb.top, pb.right, pb.bottom] : null,
      scrollWidth: h.scrollWidth,
      clientWidth: h.clientWidth,
      vw: window.innerWidth,
      vh: window.innerHeight,
    };
  });
  const [l = 0, t = 0, r = 0, b = 0] = heading.box;
  const [pl = 0, pt = 0, pr = 0] = heading.panel ?? [];
  if (heading.scrollWidth > heading.clientWidth) problems.push(`${state}: panel heading "${heading.text}" overflows its box (scrollWidth ${heading.scrollWidth} > ${heading.clientWidth})`);
  if (!heading.panel || l < pl - 0.5 || r > pr + 0.5 || t < pt - 0.5) problems.push(`${state}: panel heading "${heading.text}" [${heading.box.join(', ')}] sticks out of the panel [${heading.panel?.join(', ')}]`);
  if (l < 0 || t < 0 || r > heading.vw + 0.5 || b > heading.vh + 0.5) problems.push(`${state}: panel heading "${heading.text}" [${heading.box.join(', ')}] is not inside the viewport`);
  return problems;
}

for (const vp of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`presenter mode at ${vp.width}x${vp.height}`, () => {
    test.use({ viewport: vp });

    test('no sideways scrolling, toolbar inside the viewport, labels inside the network, panel heading whole', async ({ page }) => {
      const longestCompare = STORY.filter((s) => s.compare).reduce<(typeof STORY)[number] | undefined>(
        (m, s) => (!m || stepHeading(s).length > stepHeading(m).length ? s : m),
        undefined,
      );
      const states: [string, string][] = [
        ['overview', '/?present'],
        ['Putin selected', '/?actor=putin&present'],
        ['the first step', '/?step=1&present'],
      ];
      if (longestCompare) states.push([`step "${longestCompare.id}" (longest heading)`, `/?step=${STORY.indexOf(longestCompare) + 1}&present`]);
      const longestName = ACTORS.reduce((m, a) => (a.name.length > m.name.length ? a : m));
      states.push([`${longestName.id} selected (longest name)`, `/?actor=${longestName.id}&present`]);
      const problems: string[] = [];
      for (const [state, path] of states) {
        await openApp(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
        problems.push(...(await presenterLayoutProblems(page, state)));
      }
      expect(problems).toEqual([]);
    });
  });
}

test.describe('walking the story', () => {
  test('PageDown walks every step from the start, End and Home jump, PageUp walks back to step 1', async ({ page }) => {
    await openApp(page);
    await presentWithButton(page);
    await expect(stepBar(page)).toHaveCount(0);

    for (let i = 0; i <= LAST; i++) {
      await page.keyboard.press('PageDown');
      await expectStep(page, i);
    }
    // Past the end it stays on the last step.
    await page.keyboard.press('PageDown');
    await expectStep(page, LAST);

    await page.keyboard.press('Home');
    await expectStep(page, 0);
    await page.keyboard.press('End');
    await expectStep(page, LAST);

    for (let i = LAST - 1; i >= 0; i--) {
      await page.keyboard.press('PageUp');
      await expectStep(page, i);
    }
    await page.keyboard.press('PageUp');
    await expectStep(page, 0);
  });

  test('Right, Down and Space move forward; Left and Up move back; B and . blank and restore the screen', async ({ page }) => {
    await openApp(page, '/?present');
    await blurActive(page);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 0);
    await page.keyboard.press('ArrowDown');
    await expectStep(page, 1);
    await page.keyboard.press('Space');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowUp');
    await expectStep(page, 0);

    const blank = page.getByRole('status').filter({ hasText: 'The screen is blank' });
    await expect(blank).toHaveCount(0);
    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    // The blank covers the whole window.
    const box = await blank.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    await page.keyboard.press('b');
    await expect(blank).toHaveCount(0);
    await expectStep(page, 0);

    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('.');
    await expect(blank).toHaveCount(0);
    await expectStep(page, 0);
  });
});

test.describe("a step's URL", () => {
  test('/?step=4 opens step 4 with its view and its bar', async ({ page }) => {
    await openApp(page, '/?step=4');
    await expectStep(page, 3);
    const step = STORY[3]!;
    if (step.actor) await expectActorView(page, actorById(step.actor));
  });

  test('a comparison step and the last step open from their URLs too, and the URL follows the walk', async ({ page }) => {
    const compare = STORY.findIndex((s) => s.compare);
    expect(compare, 'the story has a comparison step').toBeGreaterThanOrEqual(0);
    await openApp(page, `/?step=${compare + 1}&present`);
    await expectStep(page, compare);
    await blurActive(page);
    await page.keyboard.press('PageDown');
    await expectStep(page, compare + 1);
    expect(new URL(page.url()).searchParams.get('step')).toBe(String(compare + 2));
    // Back goes to the step before, as each step is a history entry.
    await page.goBack();
    await expectStep(page, compare);

    await openApp(page, `/?step=${STORY.length}`);
    await expectStep(page, LAST);
    // A step past the end is clamped to the last one.
    await openApp(page, `/?step=${STORY.length + 5}`);
    await expectStep(page, LAST);
  });
});

test.describe('the audience window', () => {
  test('mirrors the presenter both ways, rejoins after a reload, and leaves the notes to the presenter', async ({ page }) => {
    await openApp(page);
    await presentWithButton(page);
    const notes = page.getByRole('region', { name: 'Presenter notes' });
    // On one screen the class would read the notes: they stay hidden until an audience joins.
    await expect(notes).toHaveCount(0);

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open audience window' }).click();
    const audience = await popup;
    const audienceErrors = trackErrors(audience);
    await expect(allNodes(audience)).toHaveCount(ACTORS.length);
    await waitForStableDrawing(audience);
    await expect(audience).toHaveURL(/[?&]audience(&|$)/);
    await expect(audience.locator('html')).toHaveAttribute('data-present', 'true');
    await expect(audience.getByRole('navigation', { name: 'Views and modes' })).toHaveCount(0);

    // Once the audience has joined, the presenter sees the notes console.
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Notes' })).toBeVisible();
    await expect(notes.getByRole('heading', { name: 'Next' })).toBeVisible();
    await expect(notes.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

    // The presenter steps; the audience follows.
    await blurActive(page);
    await page.keyboard.press('PageDown');
    await expectStep(page, 0);
    await expectStep(audience, 0);
    await expect(notes).toContainText(STORY[0]!.notes!);
    await expect(notes.locator('.console__next')).toContainText(STORY[1]!.title);
    await page.keyboard.press('PageDown');
    await expectStep(page, 1);
    await expectStep(audience, 1);
    await expect(notes).toContainText(STORY[1]!.notes!);

    // The audience sees the step bar, but no toolbar, no step buttons and no notes.
    await expect(stepBar(audience)).toBeVisible();
    await expect(stepBar(audience).getByRole('button')).toHaveCount(0);
    await expect(audience.getByRole('navigation', { name: 'Views and modes' })).toHaveCount(0);
    await expect(audience.getByRole('region', { name: 'Presenter notes' })).toHaveCount(0);
    await expect(audience.getByRole('timer')).toHaveCount(0);
    await expect(audience.getByText(STORY[1]!.notes!)).toHaveCount(0);

    // A clicker on the audience's machine moves the presenter too.
    await audience.keyboard.press('PageDown');
    await expectStep(audience, 2);
    await expectStep(page, 2);
    await expect(notes).toContainText(STORY[2]!.notes!);

    // So does a click on an actor in the audience window.
    const zelenskyy = actorById('zelenskyy');
    await actorNode(audience, zelenskyy).click();
    await expect(panelHeading(audience)).toHaveText(zelenskyy.name);
    await expect(panelHeading(page)).toHaveText(zelenskyy.name);
    await expect(actorNode(page, zelenskyy)).toHaveAttribute('aria-pressed', 'true');

    // Blanking on the presenter's side blanks the audience.
    await blurActive(page);
    await page.keyboard.press('b');
    await expect(audience.getByRole('status').filter({ hasText: 'The screen is blank' })).toHaveCount(1);
    await page.keyboard.press('b');
    await expect(audience.getByRole('status').filter({ hasText: 'The screen is blank' })).toHaveCount(0);

    // Reloading the audience window rejoins: it shows where the presenter is.
    await page.keyboard.press('PageDown');
    await expectStep(page, 3);
    await expectStep(audience, 3);
    await audience.reload();
    await waitForStableDrawing(audience);
    await expectStep(audience, 3);
    // Even from a stale link (an older step), the presenter's step wins once it rejoins.
    const stale = new URL(audience.url());
    stale.searchParams.set('step', '1');
    await audience.goto(stale.toString().replace(/=(?=&|$)/g, ''));
    await waitForStableDrawing(audience);
    await expectStep(audience, 3);
    await expectStep(page, 3);
    // And the two stay in step afterwards.
    await page.keyboard.press('PageDown');
    await expectStep(page, 4);
    await expectStep(audience, 4);
    await expect(audience.getByRole('region', { name: 'Presenter notes' })).toHaveCount(0);
    await expect(notes).toContainText(STORY[4]!.notes!);

    await expect(network(audience)).toBeVisible();
    await expect(panel(audience)).toBeVisible();
    expect(audienceErrors, 'console errors or page errors in the audience window').toEqual([]);
  });

  test('follows only the window that opened it, and drops messages that are not views', async ({ page, context }) => {
    await openApp(page);
    await presentWithButton(page);
    const presenterErrors = trackErrors(page);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open audience window' }).click();
    const audience = await popup;
    const audienceErrors = trackErrors(audience);
    await waitForStableDrawing(audience);
    const secret = new URL(audience.url()).searchParams.get('pair');
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    await blurActive(page);
    await page.keyboard.press('PageDown');
    await expectStep(audience, 0);

    // Another page of the same origin (on a shared host, another site) that has not been paired.
    const intruder = await context.newPage();
    await openApp(intruder);
    await intruder.evaluate((paired) => {
      const takeover = { type: 'view', view: { focus: { kind: 'matrix' }, step: null, presenting: true, predict: false, revealed: [] }, blank: true };
      // The channel's old, guessable name: nobody listens there any more.
      new BroadcastChannel('standpoint:kremlin-meeting').postMessage(takeover);
      // Even knowing the paired name, malformed messages are dropped without an error...
      const channel = new BroadcastChannel(`standpoint:kremlin-meeting:${paired}`);
      channel.postMessage({ type: 'view', blank: true });
      channel.postMessage({ type: 'view', view: { focus: { kind: 'event' }, step: 0, presenting: true, predict: true, revealed: 'putin' }, blank: true });
      channel.postMessage({ type: 'view', view: { focus: { kind: 'actor' } }, blank: true });
      // ...and a well-formed one after them arrives, so by then the others have been handled.
      channel.postMessage({ type: 'view', view: { focus: { kind: 'actor', id: 'witkoff' }, step: null, presenting: true, predict: false, revealed: [] }, blank: false });
    }, secret);
    const witkoff = actorById('witkoff');
    await expect(panelHeading(audience)).toHaveText(witkoff.name);
    await expect(panelHeading(page)).toHaveText(witkoff.name);
    for (const p of [page, audience]) await expect(p.getByRole('status').filter({ hasText: 'The screen is blank' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Where everyone stands' })).toHaveAttribute('aria-pressed', 'false');
    expect(presenterErrors, 'errors in the presenter window').toEqual([]);
    expect(audienceErrors, 'errors in the audience window').toEqual([]);

    // The unpaired page never follows the presenter.
    await blurActive(page);
    await page.keyboard.press('PageDown');
    await expectStep(audience, 0);
    await expect(stepBar(intruder)).toHaveCount(0);
  });
});
