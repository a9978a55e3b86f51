/**
 * Shared helpers for the browser tests: the scenario's actors (read from the data file, so
 * every actor is covered), locators by role and name, and a few measurements of the drawing.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

interface ScenarioFile {
  title: string;
  actors: { id: string; name: string; label: string }[];
}

const scenario = JSON.parse(readFileSync(new URL('../../data/kremlin-meeting.json', import.meta.url), 'utf8')) as ScenarioFile;

export interface ActorInfo {
  id: string;
  name: string;
  label: string;
}

export const SCENARIO_TITLE: string = scenario.title;
export const ACTORS: readonly ActorInfo[] = scenario.actors.map((a) => ({ id: a.id, name: a.name, label: a.label }));

export function actorById(id: string): ActorInfo {
  const actor = ACTORS.find((a) => a.id === id);
  if (!actor) throw new Error(`No actor "${id}" in data/kremlin-meeting.json`);
  return actor;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The document title the app sets for one actor's view. */
export function actorTitle(actor: ActorInfo): string {
  return `${actor.name}\u2019s view \u2013 ${SCENARIO_TITLE} \u00b7 Standpoint`;
}

export function network(page: Page): Locator {
  return page.getByRole('group', { name: /^Network of \d+ actors/ });
}

/** An actor's node in the network, found by role and the start of its accessible name. */
export function actorNode(page: Page, actor: ActorInfo): Locator {
  return network(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(actor.name)},`) });
}

export function allNodes(page: Page): Locator {
  return network(page).locator('g[role="button"][data-actor]');
}

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Perspective' });
}

export function panelHeading(page: Page): Locator {
  return panel(page).getByRole('heading', { level: 2 });
}

/** Waits for the overview: the panel says what happened, and no node is pressed. */
export async function expectOverview(page: Page): Promise<void> {
  await expect(panelHeading(page)).toHaveText('What happened');
  await expect(page).not.toHaveURL(/[?&]actor=/);
  await expect(allNodes(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(0);
  await expect(panel(page).getByRole('button', { name: 'Back to the event' })).toHaveCount(0);
}

/** Waits for one actor's view: heading, pressed node (and only that one), URL, title. */
export async function expectActorView(page: Page, actor: ActorInfo): Promise<void> {
  await expect(panelHeading(page)).toHaveText(actor.name);
  await expect(actorNode(page, actor)).toHaveAttribute('aria-pressed', 'true');
  await expect(allNodes(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(1);
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${escapeRegExp(encodeURIComponent(actor.id))}(&|$)`));
  await expect(page).toHaveTitle(actorTitle(actor));
}

/** Opens the app and waits until the network has been measured and drawn. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(allNodes(page)).toHaveCount(ACTORS.length);
  await waitForStableDrawing(page);
}

/** Each node's `transform` attribute, by actor id. */
export async function nodeTransforms(page: Page): Promise<Record<string, string>> {
  return allNodes(page).evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('data-actor') ?? '', el.getAttribute('transform') ?? ''])),
  );
}

/**
 * Waits until the network is drawn and at rest: the app marks <html data-ready="true"> after
 * the first drawing and keeps data-settled "false" while a glide runs (it turns false while
 * the click that starts a glide is handled, so calling this right after a click is safe).
 */
export async function waitForStableDrawing(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true');
  await expect(allNodes(page).and(page.locator(':not([transform])'))).toHaveCount(0);
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The network svg's box and the boxes of every element matching `selector` inside it. */
export async function boxesInNetwork(page: Page, selector: string): Promise<{ svg: Box; items: { id: string; text: string; box: Box }[] }> {
  return network(page).evaluate((svg, sel) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      svg: box(svg.getBoundingClientRect()),
      items: [...svg.querySelectorAll(sel)].map((el) => ({
        id: el.closest('[data-actor]')?.getAttribute('data-actor') ?? '?',
        text: el.textContent ?? '',
        box: box(el.getBoundingClientRect()),
      })),
    };
  }, selector);
}

/** Lists the items whose box is not fully inside the svg's box (half a pixel of rounding allowed). */
export function outside(svg: Box, items: { id: string; text: string; box: Box }[]): string[] {
  const eps = 0.5;
  return items
    .filter(({ box }) => box.left < svg.left - eps || box.top < svg.top - eps || box.right > svg.right + eps || box.bottom > svg.bottom + eps)
    .map(
      ({ id, text, box }) =>
        `${id} "${text}" at [${box.left.toFixed(1)}, ${box.top.toFixed(1)}, ${box.right.toFixed(1)}, ${box.bottom.toFixed(1)}] ` +
        `outside svg [${svg.left.toFixed(1)}, ${svg.top.toFixed(1)}, ${svg.right.toFixed(1)}, ${svg.bottom.toFixed(1)}]`,
    );
}

/** Collects console errors and uncaught page errors from the moment it is called. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** The id of the actor node that has the keyboard focus, or null. */
export async function focusedActorId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-actor]')?.getAttribute('data-actor') ?? null);
}
