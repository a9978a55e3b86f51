import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { HOSTILE } from '../fixtures/hostile';
import { miniScenario } from '../fixtures/mini';
import { SCENARIO_TITLE, allNodes, dropFile, panelHeading, waitForStableDrawing } from './helpers';

const EXAMPLE_PATH = 'scenarios/example-harbour-dispute.json';
const EXAMPLE_TEXT = readFileSync(new URL('../../data/example-harbour-dispute.json', import.meta.url), 'utf8');
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as { id: string; title: string; actors: { id: string; name: string }[] };
const hostile = (name: string) => {
  const c = HOSTILE.find((h) => h.name === name);
  if (!c) throw new Error(`no hostile case ${name}`);
  return c;
};

/** Counts Content-Security-Policy violations from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length);
}

async function openDefault(page: Page, path = '/') {
  await page.goto(path);
  await waitForStableDrawing(page);
}

async function pickFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function expectExample(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
  await expect(allNodes(page)).toHaveCount(EXAMPLE.actors.length);
  await expect(page).toHaveTitle(`${EXAMPLE.title} \u00b7 Standpoint`);
  await expect(panelHeading(page)).toHaveText('What happened');
}

async function expectDefaultKept(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO_TITLE);
  await expect(allNodes(page)).toHaveCount(7);
}

test.describe('a valid scenario opens by each route', () => {
  test('by the file picker, and one step goes back to the built-in scenario', async ({ page }) => {
    const violations = await watchCsp(page);
    await openDefault(page);
    await pickFile(page, 'harbour.json', EXAMPLE_TEXT);
    await expectExample(page);
    await expect(page.getByText('From the file “harbour.json”')).toBeVisible();
    await expect(page).not.toHaveURL(/scenario=/);
    // Its actors open like the built-in ones.
    await allNodes(page).first().click();
    await expect(panelHeading(page)).toHaveText(EXAMPLE.actors[0]!.name);

    await page.getByRole('button', { name: 'Back to the built-in scenario' }).click();
    await expectDefaultKept(page);
    await expect(page.getByRole('button', { name: 'Back to the built-in scenario' })).toHaveCount(0);
    expect(await violations()).toBe(0);
  });

  test('by dropping a file anywhere on the page', async ({ page }) => {
    const violations = await watchCsp(page);
    await openDefault(page);
    await dropFile(page, 'harbour.json', EXAMPLE_TEXT);
    await expectExample(page);
    expect(await violations()).toBe(0);
  });

  test('by a ?scenario= link to a file shipped beside the app, with its actor', async ({ page }) => {
    const violations = await watchCsp(page);
    const actor = EXAMPLE.actors[1]!;
    await openDefault(page, `/?scenario=${EXAMPLE_PATH}&actor=${actor.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
    await expect(panelHeading(page)).toHaveText(actor.name);
    await expect(page.getByText(/^From 127\.0\.0\.1:\d+$/)).toBeVisible();
    // A link that answers promptly is the first picture: the built-in scenario is not drawn first.
    expect(await page.evaluate(() => performance.getEntriesByName('drawn').map((e) => (e as PerformanceMark).detail as string))).toEqual([EXAMPLE.id]);
    // The address keeps the link, so it can be shared; going back to the built-in drops it.
    await expect(page).toHaveURL(new RegExp(`scenario=${EXAMPLE_PATH.replace(/[/.]/g, (c) => (c === '/' ? '(/|%2F)' : '\\.'))}`));
    await page.getByRole('button', { name: 'Back to the built-in scenario' }).click();
    await expectDefaultKept(page);
    await expect(page).not.toHaveURL(/scenario=/);
    expect(await violations()).toBe(0);
  });
});

test.describe('a refused scenario changes nothing and says why', () => {
  test('by the file picker: not JSON', async ({ page }) => {
    await openDefault(page, '/?actor=putin');
    await pickFile(page, 'broken.json', hostile('not-json').text);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The file “broken.json” could not be opened. Nothing on screen has changed.');
    await expect(alert).toContainText('(root): not valid JSON');
    await expectDefaultKept(page);
    await expect(panelHeading(page)).toHaveText('Vladimir Putin');
    // Escape dismisses the notice first, and only then leaves the actor.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(panelHeading(page)).toHaveText('Vladimir Putin');
  });

  test('by dropping: a file that reaches for the prototype', async ({ page }) => {
    await openDefault(page);
    await dropFile(page, 'proto.json', hostile('constructor-key-in-actor').text);
    await expect(page.getByRole('alert')).toContainText('actors[0]: forbidden key "constructor"');
    await expectDefaultKept(page);
    await page.getByRole('alert').getByRole('button', { name: /Dismiss/ }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('by a link: a relation to an actor that does not exist', async ({ page }) => {
    await page.route('**/bad/scenario.json', (route) => route.fulfill({ contentType: 'application/json', body: hostile('relation-to-missing-actor').text }));
    await openDefault(page, '/?scenario=bad/scenario.json');
    await expect(page.getByRole('alert')).toContainText('relations[0].target: no actor "zelensky"');
    await expectDefaultKept(page);
  });

  test('by a link to a file that is not there', async ({ page }) => {
    // A plain 404, and a host that answers a missing file with its home page.
    await page.route('**/gone/404.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openDefault(page, '/?scenario=gone/404.json');
    await expect(page.getByRole('alert')).toContainText(/could not fetch http:\/\/127\.0\.0\.1:\d+\/gone\/404\.json \(HTTP 404\)/);
    await expectDefaultKept(page);
    await openDefault(page, '/?scenario=nowhere/missing.json');
    await expect(page.getByRole('alert')).toContainText('/nowhere/missing.json sent a web page, not a JSON file: is the address right?');
    await expectDefaultKept(page);
  });

  test('the built-in scenario cannot be downloaded: the page says so and how to recover', async ({ page }) => {
    await page.route('**/assets/kremlin-meeting-*.json', (route) => route.fulfill({ status: 503, body: 'Busy' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toHaveText(
      /^The built-in scenario could not be loaded \(the server answered 503 for .*kremlin-meeting-[\w-]+\.json\)\. Check the connection and reload the page\.$/,
    );
    await expect(allNodes(page)).toHaveCount(0);
  });

  test('many errors are capped at a readable number, with "and N more"', async ({ page }) => {
    const s = miniScenario() as unknown as { actors: Record<string, unknown>[] };
    const actor = s.actors[0]!;
    s.actors = Array.from({ length: 12 }, (_, i) => ({ ...actor, id: `a${i}`, name: 5 }));
    await openDefault(page);
    await pickFile(page, 'many.json', JSON.stringify(s));
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('listitem')).toHaveCount(8);
    await expect(alert).toContainText('and 4 more');
  });
});

test('script payloads in every text field run nothing and show as plain text', async ({ page }) => {
  const violations = await watchCsp(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const short = '<b onclick=window.__pwned=3>b</b>';
  // Every string but ids, refs and fixed values becomes a payload.
  const fixed = new Set(['id', 'ref', 'basis', 'kind', 'type', 'attitude', 'issue', 'actor', 'source', 'target']);
  const poison = (v: unknown, key = ''): unknown => {
    if (typeof v === 'string') return fixed.has(key) ? v : key === 'label' ? short : `${v} ${payload}`;
    if (Array.isArray(v)) return v.map((x) => poison(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]));
    return v;
  };
  const s = poison(miniScenario()) as Record<string, unknown> & { sources: Record<string, unknown>[] };
  s.sources[0]!.url = 'javascript:window.__pwned=4';

  await openDefault(page);
  await pickFile(page, 'payloads.json', JSON.stringify(s));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`A small summit ${payload}`);
  for (const node of await allNodes(page).all()) {
    await node.click();
    await expect(page.getByText(`Hosted the talks. ${payload}`).or(page.getByText(`A guest. ${payload}`)).or(page.getByText(`Watched from afar. ${payload}`))).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'About the source' }).click();
  // A javascript: address is shown as text, never as a link.
  await expect(page.getByText('javascript:window.__pwned=4', { exact: false })).toBeVisible();
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('main img, main script, aside img, aside script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await violations()).toBe(0);
});
