/**
 * Share and export: a link to the view with a QR code that decodes to it, the embed code and
 * the embedded view itself, and pictures of the view as SVG and PNG, downloaded and copied.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import decodeQR from '@paulmillr/qr/decode.js';
import { syntheticScenario } from '../../scripts/synthetic';
import { ACTORS, actorById, actorNode, allNodes, axeViolations, failOnPageErrors, openApp, panelHeading, SCENARIO_TITLE, waitForStableDrawing } from './helpers';

failOnPageErrors();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Share and export' });
const pictureStatus = (page: Page) => dialog(page).getByRole('region', { name: 'Picture of this view' }).getByRole('status');

async function openDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share and export' }).click();
  await expect(dialog(page)).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: button }).click()]);
  return { file, bytes: await readFile((await file.path()) ?? '') };
}

/** What a browser makes of an SVG file: whether it parses, the actors it names, and its words. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      actors: [...doc.querySelectorAll('g[data-actor]')].map((g) => ({ id: g.getAttribute('data-actor'), title: g.querySelector('title')?.textContent })),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
}

test('an actor\u2019s view exports as an SVG that names every actor, with colours written out, and as a PNG of the chosen width', async ({ page }) => {
  await openApp(page);
  const putin = actorById('putin');
  await actorNode(page, putin).click();
  await expect(panelHeading(page)).toHaveText(putin.name);
  await waitForStableDrawing(page);
  await openDialog(page);

  const svg = await download(page, 'Download SVG');
  expect(svg.file.suggestedFilename()).toMatch(/-putin\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).not.toContain('var(');
  const parsed = await readSvg(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.actors.map((a) => a.id).sort()).toEqual(ACTORS.map((a) => a.id).sort());
  expect(parsed.actors.map((a) => a.title).sort()).toEqual(ACTORS.map((a) => a.name).sort());
  for (const actor of ACTORS) expect(parsed.texts).toContain(actor.label);
  expect(parsed.texts).toContain(SCENARIO_TITLE);
  expect(parsed.texts).toContain(`Seen from ${putin.name}\u2019s side`);
  await expect(pictureStatus(page)).toHaveText(/^Saved .*\.svg\.$/);

  await dialog(page).getByLabel(/^PNG width in pixels/).fill('1600');
  const png = await download(page, 'Download PNG');
  expect(png.file.suggestedFilename()).toMatch(/-putin\.png$/);
  // The PNG signature, then the width and height in its header.
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(1600);
  const decoded = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, png.bytes.toString('base64'));
  expect(decoded.width).toBe(1600);
  expect(decoded.height).toBe(png.bytes.readUInt32BE(20));
});

test('the projector colours give the picture stronger lines, and Copy image puts a PNG on the clipboard', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await openDialog(page);
  const screen = (await download(page, 'Download SVG')).bytes.toString('utf8');
  await dialog(page).getByRole('radio', { name: 'Projector: stronger lines' }).check();
  const projector = (await download(page, 'Download SVG')).bytes.toString('utf8');
  // The projector theme's lines are #2b2b2b in the light scheme, darker than the screen's #5a5a5a.
  expect(projector).toContain('stroke="rgb(43, 43, 43)"');
  expect(screen).not.toContain('stroke="rgb(43, 43, 43)"');
  // Reading the projector's colours leaves the page as it was.
  await expect(page.locator('html')).not.toHaveAttribute('data-present');

  await dialog(page).getByRole('button', { name: 'Copy image' }).click();
  await expect(pictureStatus(page)).toHaveText('Copied the picture: paste it into a slide or a document.');
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
  expect(types).toContain('image/png');
});

test('the link to the view opens it elsewhere, and its QR code decodes to the link', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const zelenskyy = actorById('zelenskyy');
  await actorNode(page, zelenskyy).click();
  await expect(panelHeading(page)).toHaveText(zelenskyy.name);
  await openDialog(page);
  const field = dialog(page).getByLabel(/^Link \([\d,]+ characters\)$/);
  await expect(field).toHaveValue(/\?actor=zelenskyy$/);
  const link = await field.inputValue();
  await dialog(page).getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // The QR code, drawn as the page shows it, read back as a camera would.
  const qr = dialog(page).getByRole('img', { name: 'QR code of the link, for phones' });
  const image = await qr.evaluate(async (svg) => {
    const size = 400;
    const img = new Image(size, size);
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, data: [...ctx.getImageData(0, 0, size, size).data] };
  });
  expect(decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) })).toBe(link);

  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(panelHeading(other)).toHaveText(zelenskyy.name);
  await other.context().close();
});

test('Escape closes the dialog and leaves the view on screen', async ({ page }) => {
  await openApp(page);
  const putin = actorById('putin');
  await actorNode(page, putin).click();
  await expect(panelHeading(page)).toHaveText(putin.name);
  await openDialog(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(panelHeading(page)).toHaveText(putin.name);
  await expect(page.getByRole('button', { name: 'Share and export' })).toBeFocused();
});

test('the embed code names an embedded view without the toolbar, which passes axe and opens in full', async ({ page, context }) => {
  await openApp(page, '/?actor=witkoff');
  await openDialog(page);
  await dialog(page).getByLabel('Colours', { exact: true }).selectOption('dark');
  const code = dialog(page).getByLabel('Embed code');
  await expect(code).toHaveValue(/^<iframe src="[^"]*\?actor=witkoff&amp;embed=1&amp;theme=dark" title="Standpoint: /);
  const src = (await code.inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');

  await page.goto(src);
  await expect(allNodes(page)).toHaveCount(ACTORS.length);
  await expect(panelHeading(page)).toHaveText(actorById('witkoff').name);
  await expect(page.getByRole('navigation', { name: 'Views and modes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open scenario…' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: SCENARIO_TITLE })).toBeVisible();
  // The dark theme, asked for by the link whatever the system prefers.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
  expect(await axeViolations(page)).toEqual([]);
  // The keyboard still reaches the network.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-actor], a')?.textContent ?? '')).not.toBe('');

  const [full] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Open in Standpoint' }).click()]);
  await expect(full).toHaveURL(/\?actor=witkoff$/);
  await expect(full.getByRole('navigation', { name: 'Views and modes' })).toBeVisible();
});

test('a 1,000-actor network exports as an SVG naming every actor', async ({ page }) => {
  test.setTimeout(120_000);
  const big = syntheticScenario(1000);
  await page.route('**/big/synthetic-1000.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
  await page.goto('/?scenario=big/synthetic-1000.json');
  await expect(page.locator('html')).toHaveAttribute('data-settled', 'true', { timeout: 60_000 });
  await expect(allNodes(page)).toHaveCount(big.actors.length, { timeout: 60_000 });
  await openDialog(page);
  const svg = await download(page, 'Download SVG');
  const parsed = await readSvg(page, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.actors).toHaveLength(big.actors.length);
  expect(new Set(parsed.actors.map((a) => a.title))).toEqual(new Set(big.actors.map((a) => a.name)));
});
