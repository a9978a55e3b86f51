/**
 * Linked scenarios that are slow, dead or far away, and Back and Forward across scenarios:
 * the built-in scenario is drawn at once, a link loads beside it (with its host named and a
 * way to cancel), gives up after 15 s, and every history entry restores the scenario and the
 * view it showed, with an address that names what is on screen.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SCENARIO_TITLE, actorById, allNodes, failOnPageErrors, panelHeading, waitForStableDrawing } from './helpers';

failOnPageErrors();

const EXAMPLE_PATH = 'scenarios/example-harbour-dispute.json';
const EXAMPLE_TEXT = readFileSync(new URL('../../data/example-harbour-dispute.json', import.meta.url), 'utf8');
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as { title: string; actors: { id: string; name: string }[] };
const SLOW = 'http://slow.example/lesson.json';

function loadingLine(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Loading the scenario from' });
}

async function expectBuiltin(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCENARIO_TITLE);
  await expect(allNodes(page)).toHaveCount(7);
}

async function expectExample(page: Page, actorName?: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE.title);
  await expect(allNodes(page)).toHaveCount(EXAMPLE.actors.length);
  await expect(panelHeading(page)).toHaveText(actorName ?? 'What happened');
}

/** A host that takes the request and never answers. */
async function deadHost(page: Page) {
  await page.route(`${SLOW}*`, () => {});
}

test.describe('a linked scenario loads beside the built-in one', () => {
  test('a host that never answers: the built-in scenario is drawn after a moment\u2019s grace, the host is named, and Cancel stops the wait', async ({ page }) => {
    await deadHost(page);
    await page.goto(`/?scenario=${encodeURIComponent(SLOW)}&actor=ana`);
    await waitForStableDrawing(page);
    await expectBuiltin(page);
    await expect(loadingLine(page)).toContainText('Loading the scenario from slow.example');
    // The address keeps naming the link while it loads.
    await expect(page).toHaveURL(/scenario=http/);
    await page.getByRole('button', { name: 'Cancel loading' }).click();
    await expect(loadingLine(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/scenario=/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectBuiltin(page);
  });

  test('gives up after 15 s with a message that names the host, and the address names the built-in scenario again', async ({ page }) => {
    await page.clock.install();
    await deadHost(page);
    await page.goto(`/?scenario=${encodeURIComponent(SLOW)}`);
    await waitForStableDrawing(page);
    await expect(loadingLine(page)).toBeVisible();
    await page.clock.fastForward(15_000);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`The scenario from slow.example (${SLOW}) could not be opened. Nothing on screen has changed.`);
    await expect(alert).toContainText('slow.example did not answer within 15 s');
    await expect(loadingLine(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/scenario=/);
    await expectBuiltin(page);
  });

  test('a slow host that answers: the linked scenario replaces the built-in one, at the actor the link names, with its host shown', async ({ page }) => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route(`${SLOW}*`, async (route) => {
      await answered;
      await route.fulfill({ body: EXAMPLE_TEXT, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } });
    });
    const actor = EXAMPLE.actors[1]!;
    await page.goto(`/?scenario=${encodeURIComponent(SLOW)}&actor=${actor.id}`);
    await waitForStableDrawing(page);
    await expectBuiltin(page);
    await expect(loadingLine(page)).toBeVisible();
    answer();
    await expectExample(page, actor.name);
    await expect(loadingLine(page)).toHaveCount(0);
    await expect(page.getByText('From slow.example', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`actor=${actor.id}`));
    await expect(page).toHaveURL(/scenario=http/);
  });
});

test.describe('Back and Forward across scenarios', () => {
  test('restore the linked scenario and its view, and the address always names what is on screen', async ({ page }) => {
    const actor = EXAMPLE.actors[2]!;
    await page.goto(`/?scenario=${EXAMPLE_PATH}`);
    await waitForStableDrawing(page);
    await expectExample(page);
    await allNodes(page).and(page.locator(`[data-actor="${actor.id}"]`)).click();
    await expectExample(page, actor.name);

    await page.getByRole('button', { name: 'Back to the built-in scenario' }).click();
    await expectBuiltin(page);
    await expect(page).not.toHaveURL(/scenario=/);

    await page.goBack();
    await expectExample(page, actor.name);
    await expect(page).toHaveURL(/scenario=scenarios/);
    await expect(page).toHaveURL(new RegExp(`actor=${actor.id}`));

    await page.goBack();
    await expectExample(page);
    await expect(page).toHaveURL(/scenario=scenarios/);

    await page.goForward();
    await page.goForward();
    await expectBuiltin(page);
    await expect(page).not.toHaveURL(/scenario=/);

    // A copied link opens what was on screen: here, the built-in scenario.
    const copied = page.url();
    await page.goto(copied);
    await waitForStableDrawing(page);
    await expectBuiltin(page);

    // After a reload (opening the same address replaces the entry), Back downloads the
    // linked scenario again and opens it at the actor that entry showed.
    await page.goBack();
    await expectExample(page, actor.name);
    await expect(page).toHaveURL(/scenario=scenarios/);
  });

  test('a file opened in this visit comes back with Forward; after a reload it cannot, and the page says why', async ({ page }) => {
    const putin = actorById('putin');
    await page.goto(`/?actor=${putin.id}`);
    await waitForStableDrawing(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open scenario…' }).click();
    await (await chooser).setFiles({ name: 'harbour.json', mimeType: 'application/json', buffer: Buffer.from(EXAMPLE_TEXT) });
    await expectExample(page);
    await expect(page.getByText('From the file “harbour.json”')).toBeVisible();

    await page.goBack();
    await expectBuiltin(page);
    await expect(panelHeading(page)).toHaveText(putin.name);
    await page.goForward();
    await expectExample(page);

    await page.goBack();
    await expectBuiltin(page);
    await page.reload();
    await waitForStableDrawing(page);
    await page.goForward();
    await expect(page.getByRole('alert')).toContainText('The file “harbour.json” could not be opened');
    await expect(page.getByRole('alert')).toContainText('open it once more');
    await expectBuiltin(page);
    await expect(page).not.toHaveURL(/scenario=/);
  });
});
