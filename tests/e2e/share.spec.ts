/** A scenario shared as a link: made in the editor, opened in a fresh page, checked like a file. */
import { expect, test, type Page } from '@playwright/test';
import { ACTORS, actorNode, allNodes, openApp, panelHeading, SCENARIO_TITLE } from './helpers';

const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });

test.describe('share as a link', () => {
  test('a finished scenario becomes a link that opens the same scenario in a fresh page, and stays through a reload', async ({ page, browser }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await editor(page).getByLabel('Title', { exact: true }).fill('A shared lesson');
    await editor(page).getByRole('button', { name: 'Make a link' }).click();
    const link = editor(page).getByLabel(/^Link to share \([\d,]+ characters\)$/);
    await expect(link).toHaveValue(/#shared=[A-Za-z0-9_-]+$/);
    const url = await link.inputValue();
    expect(url.length).toBeLessThanOrEqual(32_000);
    // Nothing in the link names the draft: it opens anywhere.
    expect(url).not.toMatch(/draft=/);
    await editor(page).getByRole('button', { name: 'Copy the link' }).click();
    await expect(editor(page).getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // A change makes the link stale, and the panel says so.
    await editor(page).getByLabel('Title', { exact: true }).fill('A shared lesson, changed');
    await expect(editor(page).getByText('The scenario has changed since the link was made')).toBeVisible();

    // Another browser profile: no drafts, only the link.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1, name: 'A shared lesson' })).toBeVisible();
    await expect(other.getByText('From a shared link')).toBeVisible();
    await expect(allNodes(other)).toHaveCount(ACTORS.length);
    // Choosing an actor keeps the scenario in the address, so a reload comes back to both.
    const first = ACTORS[0]!;
    await actorNode(other, first).click();
    await expect(panelHeading(other)).toHaveText(first.name);
    await expect(other).toHaveURL(/\?actor=[^#]+#shared=/);
    await other.reload();
    await expect(other.getByRole('heading', { level: 1, name: 'A shared lesson' })).toBeVisible();
    await expect(panelHeading(other)).toHaveText(first.name);
    // Back to the built-in scenario: the address no longer carries the shared one.
    await other.getByRole('button', { name: 'Back to the built-in scenario' }).click();
    await expect(other.getByRole('heading', { level: 1, name: SCENARIO_TITLE })).toBeVisible();
    await expect(other).not.toHaveURL(/#shared=/);
    await fresh.close();
  });

  test('an unfinished scenario is not made into a link, and says why', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'New scenario' }).click();
    await editor(page).getByRole('button', { name: 'Make a link' }).click();
    await expect(editor(page).getByRole('alert')).toHaveText(/^Fix the \d+ problems listed above first: a shared link opens only a complete scenario\.$/);
  });

  test('a damaged link changes nothing on screen and says what is wrong', async ({ page }) => {
    await page.goto('/#shared=AAAAbroken');
    await expect(page.getByRole('alert')).toContainText('The scenario in this link');
    await expect(page.getByRole('alert')).toContainText('the link is damaged');
    await expect(page.getByRole('heading', { level: 1, name: SCENARIO_TITLE })).toBeVisible();
    await expect(allNodes(page)).toHaveCount(ACTORS.length);
  });
});

test.describe('presenting what was written', () => {
  test('a draft is presented straight from the editor, with an audience window that shows it too', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await editor(page).getByLabel('Title', { exact: true }).fill('Our own lesson');
    await expect(editor(page).locator('.editor__status')).toHaveText(/^Saved in this browser/);
    await page.getByRole('button', { name: /^Present/ }).click();
    // Presenting shows the explorer's panel, not the editor, and walks the draft's steps.
    await expect(page.getByRole('complementary', { name: 'Editor' })).toHaveCount(0);
    await expect(page).toHaveTitle(/Our own lesson/);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open audience window' }).click();
    const audience = await popup;
    await expect(audience).toHaveTitle(/Our own lesson/);
    await expect(allNodes(audience)).toHaveCount(ACTORS.length);
    await expect(audience.getByRole('complementary', { name: 'Editor' })).toHaveCount(0);
  });

  test('a shared link is presented with an audience window that opens the same scenario', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await editor(page).getByLabel('Title', { exact: true }).fill('Shared and presented');
    await editor(page).getByRole('button', { name: 'Make a link' }).click();
    const url = await editor(page).getByLabel(/^Link to share/).inputValue();
    const other = await page.context().browser()!.newContext();
    const viewer = await other.newPage();
    await viewer.goto(url);
    await expect(viewer.getByRole('heading', { level: 1, name: 'Shared and presented' })).toBeVisible();
    await viewer.getByRole('button', { name: /^Present/ }).click();
    const popup = viewer.waitForEvent('popup');
    await viewer.getByRole('button', { name: 'Open audience window' }).click();
    const audience = await popup;
    await expect(audience).toHaveTitle(/Shared and presented/);
    await other.close();
  });
});
