/**
 * Shared helpers for the browser tests: the scenario's actors (read from the data file, so
 * every actor is covered), locators by role and name, and a few measurements of the drawing.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

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

/**
 * An actor's node in the network, found by role and the start of its accessible name,
 * which is the label it shows (as a voice-control user would name it) and then the full name.
 */
export function actorNode(page: Page, actor: Pick<ActorInfo, 'name' | 'label'>): Locator {
  return network(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(actor.label)}(?!\\w).*${escapeRegExp(actor.name)},`) });
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

// ---- Present and teach: the scenario's story, issues and stances, and the walk-through's bar ----

export interface StoryStep {
  id: string;
  title: string;
  caption: string;
  notes?: string;
  actor?: string;
  compare?: [string, string];
  highlight?: { actors?: string[]; relations?: string[] };
}

export interface IssueInfo {
  id: string;
  label: string;
  low: string;
  high: string;
}

export interface StanceInfo {
  issue: string;
  position: number;
  text: string;
}

interface TeachFile {
  story: StoryStep[];
  issues: IssueInfo[];
  actors: { id: string; view: { stances: StanceInfo[] } }[];
}

const teachFile = JSON.parse(readFileSync(new URL('../../data/kremlin-meeting.json', import.meta.url), 'utf8')) as TeachFile;

/** The walk-through's steps, in order, as the data file gives them. */
export const STORY: readonly StoryStep[] = teachFile.story;
export const ISSUES: readonly IssueInfo[] = teachFile.issues.map((i) => ({ id: i.id, label: i.label, low: i.low, high: i.high }));

/** One actor's stance on one issue, or undefined where the source is silent. */
export function stanceOf(actorId: string, issueId: string): StanceInfo | undefined {
  return teachFile.actors.find((a) => a.id === actorId)?.view.stances.find((s) => s.issue === issueId);
}

/** The panel heading a step's view shows: the actor's full name, "A and B" for a comparison, else the event. */
export function stepHeading(step: StoryStep): string {
  if (step.compare) return `${actorById(step.compare[0]).name} and ${actorById(step.compare[1]).name}`;
  if (step.actor) return actorById(step.actor).name;
  return 'What happened';
}

/** The actors a step brings forward in the network (nodes with class node--focus). */
export function stepFocusIds(step: StoryStep): string[] {
  if (step.compare) return [...step.compare];
  if (step.actor) return [step.actor];
  return step.highlight?.actors ?? [];
}

/** The walk-through's bar: a region named by its heading, "Step i of N: title". */
export function stepBar(page: Page): Locator {
  return page.getByRole('region', { name: /^Step \d+ of \d+/ });
}

/**
 * Waits for step `index` (0-based) of the story: the bar's heading and caption, the view the
 * step names in the panel, the nodes it brings forward and the step in the URL (1-based).
 */
export async function expectStep(page: Page, index: number): Promise<void> {
  const step = STORY[index];
  if (!step) throw new Error(`No step ${index} in the story`);
  const bar = stepBar(page);
  await expect(bar.getByRole('heading', { level: 2 })).toHaveText(`Step ${index + 1} of ${STORY.length}: ${step.title}`);
  await expect(bar.locator('.step-bar__caption')).toHaveText(step.caption);
  await expect(panelHeading(page)).toHaveText(stepHeading(step));
  await expect(page).toHaveURL(new RegExp(`[?&]step=${index + 1}(&|$)`));
  const focused = stepFocusIds(step).sort();
  await expect
    .poll(() => allNodes(page).and(page.locator('.node--focus')).evaluateAll((els) => els.map((el) => el.getAttribute('data-actor') ?? '').sort()), {
      message: `step ${index + 1} brings forward ${focused.join(', ') || 'nobody'}`,
    })
    .toEqual(focused);
}

/** Turns presenter mode on with the toolbar's "Present" button and waits for the projector theme. */
export async function presentWithButton(page: Page): Promise<void> {
  const present = page.getByRole('navigation', { name: 'Views and modes' }).getByRole('button', { name: /^Present\b/ });
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  await present.click();
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
  await expect(page).toHaveURL(/[?&]present(&|$)/);
}

/** Moves the keyboard off any control (so Space reaches the page, not a button). */
export async function blurActive(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement ? document.activeElement.blur() : undefined));
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe (WCAG 2.0–2.2 A and AA) once the page is still; returns one readable line per
 * failing element. Label in Name (2.5.3) is an "experimental" rule in axe, off unless asked
 * for, so it is turned on here.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Let the panel's slide-in and the network's zoom finish before axe looks.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await waitForStableDrawing(page);
  // options() replaces every option, so it comes before withTags(), which adds runOnly to them.
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `[${v.id}] ${v.help} — ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
  );
}

/** Makes every test in the calling file also fail on any console error or uncaught page error. */
export function failOnPageErrors(): void {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = trackErrors(page);
  });
  test.afterEach(() => {
    expect(errors, 'console errors or page errors').toEqual([]);
  });
}

/** Drags a file over the page (the drop target must show) and drops it. */
export async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], fileName, { type: 'application/json' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.getByText('Drop a scenario file (.json) to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a scenario file (.json) to open it')).toHaveCount(0);
}
