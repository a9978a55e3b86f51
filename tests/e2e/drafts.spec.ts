/**
 * Drafts that are never lost: two tabs on one draft, a crashed browser, earlier versions,
 * and the list of drafts (duplicate, delete and undo).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { allNodes, axeViolations, escapeRegExp, openApp } from './helpers';

const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });
const status = (page: Page) => editor(page).locator('.editor__status');
const titleField = (page: Page) => editor(page).getByLabel('Title', { exact: true });

async function typeInto(page: Page, label: string, text: string) {
  const field = editor(page).getByLabel(label, { exact: true });
  await field.focus();
  await page.keyboard.type(text);
  await expect(field).toHaveValue(new RegExp(`${escapeRegExp(text)}$`));
}

/** Waits until the status says the newest change is stored. */
async function saved(page: Page) {
  await expect(status(page)).toHaveText(/^Saved in this browser/);
}

async function newDraft(page: Page, title: string): Promise<string> {
  await openApp(page);
  await page.getByRole('button', { name: 'New scenario', exact: true }).click();
  await typeInto(page, 'Title', title);
  await saved(page);
  await expect(page).toHaveURL(/[?&]draft=[a-z0-9-]+/);
  return page.url();
}

test.describe('drafts', () => {
  test('two tabs on one draft: one writes, the other reads along and can take the pen', async ({ context, page }) => {
    const url = await newDraft(page, 'Shared talks');
    const other = await context.newPage();
    await other.goto(url);
    // The second tab reads along: told so, its fields closed to typing.
    await expect(editor(other).getByRole('status').filter({ hasText: 'open for writing in another tab' })).toBeVisible();
    await expect(titleField(other)).toHaveValue('Shared talks');
    await expect(titleField(other)).toBeDisabled();

    // What the first tab writes shows in the second once it is stored.
    await typeInto(page, 'Summary', 'Two towns met.');
    await saved(page);
    await expect(editor(other).getByLabel('Summary', { exact: true })).toHaveValue('Two towns met.');

    // The second tab takes the pen; the first now reads along.
    await editor(other).getByRole('button', { name: 'Write here instead' }).click();
    await expect(titleField(other)).toBeEnabled();
    await expect(titleField(page)).toBeDisabled();
    await expect(editor(page).getByRole('button', { name: 'Write here instead' })).toBeVisible();
    await typeInto(other, 'Title', ', continued');
    await saved(other);
    await expect(titleField(page)).toHaveValue('Shared talks, continued');

    // Closing the writing tab hands the pen back by itself.
    await other.close();
    await expect(titleField(page)).toBeEnabled();
    await typeInto(page, 'Title', ' again');
    await saved(page);
    await page.reload();
    await expect(titleField(page)).toHaveValue('Shared talks, continued again');
  });

  test('a browser that crashes keeps every change it said was saved', async ({ baseURL }, testInfo) => {
    const profile = mkdtempSync(path.join(tmpdir(), 'standpoint-crash-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        ...testInfo.project.use.launchOptions,
        baseURL,
        viewport: { width: 1280, height: 800 },
      });
    try {
      let context = await launch();
      let page = context.pages()[0] ?? (await context.newPage());
      const url = await newDraft(page, 'Crash course');
      await typeInto(page, 'Summary', 'Every word up to here was saved.');
      await saved(page);
      // More typing, then the browser is killed at once: no pagehide, no goodbye.
      await page.keyboard.type(' And maybe this.');
      execFileSync('pkill', ['-KILL', '-f', profile]);
      await context.close().catch(() => {});

      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(url);
      await expect(titleField(page)).toHaveValue('Crash course');
      await expect(editor(page).getByLabel('Summary', { exact: true })).toHaveValue(/^Every word up to here was saved\./);
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('an earlier version comes back, and Undo returns from it', async ({ page }) => {
    await newDraft(page, 'First title');
    // The first save is kept as a version; later ones at most once a minute.
    await typeInto(page, 'Title', ' and more');
    await saved(page);
    await editor(page).getByText('Earlier versions').click();
    const back = editor(page).getByRole('button', { name: /^Go back to / });
    await expect(back).toHaveCount(1);
    await back.click();
    await expect(titleField(page)).toHaveValue('');
    await expect(editor(page).getByText(/^Went back to the version of .*Undo returns to where you were\.$/)).toBeVisible();
    await editor(page).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(titleField(page)).toHaveValue('First title and more');
    // The browser has been asked to keep the drafts, and its answer is shown.
    await expect(editor(page).getByText(/^The browser (has agreed to keep|may clear stored drafts)/)).toBeVisible();
  });

  test('the list of drafts renames, duplicates, deletes and undoes a delete', async ({ page }) => {
    await newDraft(page, 'Listed');
    await page.getByRole('button', { name: 'Close the editor' }).click();
    await expect(allNodes(page).first()).toBeVisible();
    await page.getByText('Your drafts').click();
    await page.getByRole('button', { name: 'Duplicate \u201cListed\u201d' }).click();
    await expect(page.getByRole('button', { name: 'Continue editing \u201cListed (copy)\u201d' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete \u201cListed\u201d' }).click();
    await expect(page.getByRole('button', { name: 'Continue editing \u201cListed\u201d' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo delete' }).click();
    await expect(page.getByRole('button', { name: 'Continue editing \u201cListed\u201d' })).toBeVisible();
    // Renamed by keyboard: the field takes the keyboard, Enter saves.
    await page.getByRole('button', { name: 'Rename \u201cListed (copy)\u201d' }).click();
    await expect(page.getByLabel('New name')).toBeFocused();
    // The list, with a delete to undo and a rename open, has no accessibility violations.
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('New name').fill('Second lesson');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Continue editing \u201cSecond lesson\u201d' }).click();
    await expect(titleField(page)).toHaveValue('Second lesson');
  });
});
