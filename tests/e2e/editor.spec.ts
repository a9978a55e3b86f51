import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { syntheticScenario } from '../../scripts/synthetic';
import { validateScenario } from '../../src/model/validate';
import { ACTORS, allNodes, axeViolations, escapeRegExp, network, openApp, SCENARIO_TITLE, waitForStableDrawing } from './helpers';

const editor = (page: Page) => page.getByRole('complementary', { name: 'Editor' });
const status = (page: Page) => editor(page).locator('.editor__status');

/** Types into a field as a keyboard user would: focus it, then keys. */
async function typeInto(page: Page, label: string | RegExp, text: string) {
  const field = editor(page).getByLabel(label, { exact: typeof label === 'string' });
  await field.focus();
  await page.keyboard.type(text);
  await expect(field).toHaveValue(new RegExp(`${escapeRegExp(text)}$`));
}

async function press(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  await button.focus();
  await page.keyboard.press('Enter');
}

async function download(page: Page, name: string | RegExp): Promise<{ file: string; text: string }> {
  const started = page.waitForEvent('download');
  await press(page, name);
  const d = await started;
  const where = await d.path();
  return { file: d.suggestedFilename(), text: readFileSync(where, 'utf8') };
}

test.describe('writing a scenario', () => {
  test('a new scenario built by keyboard alone is stored, comes back after a reload, and downloads valid', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    await expect(editor(page).getByRole('heading', { name: 'Writing: a new scenario' })).toBeVisible();
    // The worked example shows in the network at once.
    await expect(allNodes(page)).toHaveCount(1);
    await expect(status(page)).toHaveText(/^Saved in this browser/);

    await typeInto(page, 'Title', 'Harbour talks');
    await typeInto(page, 'When', 'Spring, as the notes give it');
    await typeInto(page, 'Summary', 'Two port towns met to share a harbour.');
    await typeInto(page, 'Source 1: title', 'Meeting notes');
    await typeInto(page, 'Issue 1: short name', 'Fees');
    await typeInto(page, 'Issue 1: question', 'Who pays for dredging?');
    await typeInto(page, 'Issue 1: what \u22122 means', 'Each town alone');
    await typeInto(page, 'Issue 1: what +2 means', 'Shared equally');
    await expect(page).toHaveTitle(/Harbour talks/);

    // A second actor: the name field takes the keyboard once it is added.
    await press(page, 'Add an actor');
    await expect(editor(page).getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Dana Delta');
    await typeInto(page, 'Short name (on the network)', 'Dana');
    await typeInto(page, 'Role: text', 'Speaks for the north town.');
    await typeInto(page, 'Headline view: text', 'Dana wants the costs shared.');
    await typeInto(page, 'Want 1: text', 'A fair split of fees.');
    await typeInto(page, 'Outcome 1: text', 'No deal yet.');
    await typeInto(page, 'Fear 1: text', 'Paying for the south.');
    await typeInto(page, 'Question 1', 'Is an equal split fair?');
    await expect(editor(page).getByRole('heading', { name: 'Ready: the scenario is complete and valid' })).toBeVisible();
    await expect(network(page).getByRole('button', { name: /^Dana(?!\w).*Dana Delta,/ })).toBeVisible();
    await expect(allNodes(page)).toHaveCount(2);
    await expect(status(page)).toHaveText(/^Saved in this browser/);

    await page.reload();
    await expect(editor(page).getByRole('heading', { name: 'Writing: Harbour talks' })).toBeVisible();
    await expect(allNodes(page)).toHaveCount(2);
    await editor(page).getByRole('button', { name: /^Dana Delta/ }).click();
    await expect(editor(page).getByLabel('Fear 1: text')).toHaveValue('Paying for the south.');

    const { file, text } = await download(page, 'Download .json');
    expect(file).toBe('harbour-talks.json');
    const checked = validateScenario(JSON.parse(text));
    expect(checked.ok ? checked.scenario.actors.map((a) => a.id) : checked.errors).toEqual(['example-actor', 'dana-delta']);
    // And the command an author runs before sharing a file agrees.
    const saved = path.join(mkdtempSync(path.join(tmpdir(), 'standpoint-download-')), file);
    writeFileSync(saved, text);
    expect(execFileSync('npx', ['tsx', 'scripts/validate.ts', saved], { encoding: 'utf8' })).toContain(`${saved}: valid (2 actors, 0 relations)\n`);

    // The list of drafts has it, from the built-in scenario too.
    await press(page, 'Close the editor');
    await expect(page.getByRole('heading', { level: 1, name: SCENARIO_TITLE })).toBeVisible();
    await page.getByText('Your drafts').click();
    await expect(page.getByRole('button', { name: 'Continue editing \u201cHarbour talks\u201d' })).toBeVisible();
  });

  test('when the browser will not store the draft, the editor says so and the download keeps the work', async ({ page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function put(): IDBRequest {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openApp(page);
    await press(page, 'New scenario');
    await typeInto(page, 'Title', 'Kept anyway');
    const alert = editor(page).getByRole('alert');
    await expect(alert).toHaveText(/^Not saved: the browser has no more room for this site\u2019s data\./);
    const { file, text } = await download(page, 'Download .json');
    expect(file).toBe('kept-anyway.json');
    expect((JSON.parse(text) as { title: string }).title).toBe('Kept anyway');
  });

  test('undo and redo go back and forth across 50 steps, by keys and by buttons', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const words = Array.from({ length: 50 }, (_, i) => `w${i + 1}`);
    const summary = editor(page).getByLabel('Summary', { exact: true });
    await summary.focus();
    await page.keyboard.type(`${words.join(' ')} `);
    await expect(summary).toHaveValue(`${words.join(' ')} `);
    for (let i = 0; i < 50; i++) await page.keyboard.press('Control+z');
    await expect(summary).toHaveValue('');
    await expect(editor(page).getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    for (let i = 0; i < 49; i++) await page.keyboard.press('Control+Shift+z');
    await expect(summary).toHaveValue(`${words.slice(0, 49).join(' ')} `);
    await editor(page).getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(summary).toHaveValue(`${words.join(' ')} `);
    await editor(page).getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(summary).toHaveValue(`${words.slice(0, 49).join(' ')} `);
  });

  test('a copy of the built-in scenario is edited; the original stays as it was', async ({ page }) => {
    await openApp(page);
    await press(page, 'Edit a copy');
    await expect(editor(page).getByRole('heading', { name: `Writing: ${SCENARIO_TITLE}` })).toBeVisible();
    await expect(editor(page).getByRole('heading', { name: 'Ready: the scenario is complete and valid' })).toBeVisible();
    const first = ACTORS[0]!;
    await editor(page).getByRole('button', { name: first.name, exact: true }).click();
    const name = editor(page).getByLabel('Name', { exact: true });
    await name.fill('');
    // Told at the field, by its path, and in the list that jumps to it.
    await expect(editor(page).getByText('must not be empty (actors[0].name)')).toBeVisible();
    await editor(page).getByRole('button', { name: 'actors[0].name: must not be empty' }).click();
    await expect(name).toBeFocused();
    await page.keyboard.type('A renamed leader');
    await expect(network(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(first.label)}(?!\\w).*A renamed leader,`) })).toBeVisible();
    await press(page, 'Close the editor');
    await expect(network(page).getByRole('button', { name: new RegExp(`${escapeRegExp(first.name)},`) })).toBeVisible();
  });

  test('stances, how actors see each other, the walk-through and the reader\u2019s guide are written in the editor and shown by the explorer', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const ed = editor(page);
    await ed.getByLabel('Title', { exact: true }).fill('Ferry talks');
    await ed.getByLabel('Issue 1: short name', { exact: true }).fill('Fares');
    await ed.getByLabel('Issue 1: what \u22122 means', { exact: true }).fill('Free ferry');
    await ed.getByLabel('Issue 1: what +2 means', { exact: true }).fill('Full fare');
    await press(page, 'Add an actor');
    await page.keyboard.type('Bea Bay');
    // One actor open at a time: Bea's fields close, the example actor's open.
    await ed.getByRole('button', { name: /^Bea Bay/, expanded: true }).click();
    await ed.getByRole('button', { name: /^Example actor/ }).click();

    // A stance starts with no position: the author picks one, and the choices say what each end means.
    await press(page, 'Add a stance');
    await expect(ed.getByLabel('Stance 1: position', { exact: true })).toHaveValue('');
    await expect(ed.getByRole('button', { name: /^actors\[0\]\.view\.stances\[0\]\.position: / })).toBeVisible();
    await ed.getByLabel('Stance 1: position', { exact: true }).selectOption({ label: '+2: Full fare' });
    await ed.getByLabel('Stance 1: text', { exact: true }).fill('Wants riders to pay the whole cost.');
    // A perception starts with no attitude, for the same reason.
    await press(page, 'Add how they see another actor');
    await ed.getByLabel('Sees 1: attitude', { exact: true }).selectOption('rival');
    await ed.getByLabel('Sees 1: text', { exact: true }).fill('Sees Bea as a rival for the harbour.');

    // A walk-through of one step that compares the two.
    await press(page, 'Write your own steps');
    await expect(ed.getByLabel('Step 1: title', { exact: true })).toBeFocused();
    await page.keyboard.type('Two sides of the fare');
    await ed.getByLabel('Step 1: caption', { exact: true }).fill('Compare the two views.');
    await ed.getByLabel('Step 1: opens', { exact: true }).selectOption({ label: 'Example actor\u2019s view' });
    await ed.getByLabel('Step 1: side by side with', { exact: true }).selectOption({ label: 'Bea Bay' });
    await ed.getByLabel('Step 1: brings forward these actors', { exact: true }).selectOption(['example-actor', 'bea-bay']);

    // The reader's guide, with one caveat.
    await press(page, 'Add a reader\u2019s guide');
    await ed.getByLabel('Source 1: what kind of text', { exact: true }).fill('Minutes of a meeting');
    await ed.getByLabel('Source 1: tone', { exact: true }).fill('Dry');
    await press(page, 'Add caveat');
    await ed.getByLabel('Caveat 1', { exact: true }).fill('Written by one side.');

    const { text } = await download(page, 'Download .json');
    const doc = JSON.parse(text) as { actors: { view: { stances: unknown[]; sees: unknown[] } }[]; story: unknown[]; sources: { about: unknown }[] };
    expect(doc.actors[0]!.view.stances).toEqual([{ issue: 'issue-1', text: 'Wants riders to pay the whole cost.', basis: 'reported', ref: 'source#part-1', position: 2 }]);
    expect(doc.actors[0]!.view.sees).toEqual([{ actor: 'bea-bay', attitude: 'rival', text: 'Sees Bea as a rival for the harbour.', basis: 'reported', ref: 'source#part-1' }]);
    expect(doc.story).toEqual([
      { id: 'step-1', title: 'Two sides of the fare', caption: 'Compare the two views.', compare: ['example-actor', 'bea-bay'], highlight: { actors: ['example-actor', 'bea-bay'] } },
    ]);
    expect(doc.sources[0]!.about).toEqual({ genre: 'Minutes of a meeting', tone: 'Dry', unknowns: [], caveats: [{ text: 'Written by one side.', ref: 'source#part-1' }] });

    // The explorer walks through the draft's own step.
    await page.getByRole('button', { name: 'Walk through', exact: true }).click();
    await expect(page.getByRole('region', { name: /^Step 1 of 1/ }).getByRole('heading', { level: 2 })).toHaveText('Step 1 of 1: Two sides of the fare');
  });

  test('actors and relations come from spreadsheets, pasted or opened, with every unused line named', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const ed = editor(page);
    await ed.getByText('Add actors from a spreadsheet (CSV)').click();
    await ed.getByLabel('Paste the CSV').first().fill('name,kind,short name,colour\nNorth Town Council,government,North,red\nDana Delta,person,Dana,blue\n,person,,\n');
    await ed.getByRole('button', { name: 'Add the pasted actors' }).click();
    await expect(ed.getByRole('status').filter({ hasText: 'Added 2 actors.' })).toContainText('Not added, line 4: no name.');
    await expect(ed.getByRole('status').filter({ hasText: 'Added 2 actors.' })).toContainText('Columns left out (not known): colour.');
    await expect(allNodes(page)).toHaveCount(3);

    await ed.getByText('Add relations from a spreadsheet (CSV)').click();
    await ed.getByLabel('Or open a .csv file').nth(1).setInputFiles({
      name: 'ties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('from,to,type,one way\nDana Delta,North Town Council,supports,yes\nDana Delta,Nobody,,\n'),
    });
    await expect(ed.getByRole('status').filter({ hasText: 'Added 1 relation.' })).toContainText('Not added, line 3: no actor \u201cNobody\u201d.');
    await expect(ed.getByRole('button', { name: 'Dana Delta \u2192 North Town Council' })).toBeVisible();
    // One edit each: Undo takes the relations back, then the actors.
    await ed.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(ed.getByRole('button', { name: 'Dana Delta \u2192 North Town Council' })).toHaveCount(0);
    await ed.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(allNodes(page)).toHaveCount(1);
  });

  test('pasted source text becomes sections that claims cite, with the section\u2019s text beside the claim and never in the file', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const ed = editor(page);
    await ed.getByText('Start from the text of the source').click();
    await ed
      .getByLabel('Paste the article or transcript')
      .fill('The ferry talks began at dawn.\n\nWho was there\n\nTwo mayors and a harbour master.\n\nWhat they agreed\n\nNothing yet, by every account.');
    await press(page, 'Split into sections');
    await expect(ed.getByText('Found 3 sections:')).toBeVisible();
    await press(page, 'Add these 3 sections');
    await expect(ed.getByLabel('Section 2', { exact: true })).toHaveValue('Who was there');
    // The example actor's claims cited the placeholder section; they now cite the first found.
    await ed.getByRole('button', { name: /^Example actor/ }).click();
    const section = ed.getByLabel('Role: source section', { exact: true });
    await expect(section).toHaveValue('source#opening');
    await section.selectOption({ label: 'source \u00a7 What they agreed' });
    await ed.getByText('Read the section: source \u00a7 What they agreed').click();
    await expect(ed.getByText('Nothing yet, by every account.')).toBeVisible();
    // The text stays with the draft after a reload, and out of the download.
    await expect(status(page)).toHaveText(/^Saved in this browser/);
    await page.reload();
    await editor(page).getByRole('button', { name: /^Example actor/ }).click();
    await editor(page).getByText('Read the section: source \u00a7 What they agreed').click();
    await expect(editor(page).getByText('Nothing yet, by every account.')).toBeVisible();
    const { text } = await download(page, 'Download .json');
    expect(text).not.toContain('by every account');
    expect((JSON.parse(text) as { sources: { sections: { title: string }[] }[] }).sources[0]!.sections.map((x) => x.title)).toEqual(['Opening', 'Who was there', 'What they agreed']);
  });

  test('in the network itself: double-click adds an actor, a drag links two, Delete removes one, and each is undone', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const ed = editor(page);
    await expect(allNodes(page)).toHaveCount(1);
    // Editing in the network starts once its layer has loaded with the editor.
    await expect(page.locator('.network__stage [data-editing="ready"]')).toBeAttached();
    await expect(ed.getByText(/^In the network: double-click empty space to add an actor/)).toBeVisible();
    const svg = network(page);
    const box = (await svg.boundingBox())!;
    await page.mouse.dblclick(box.x + 30, box.y + box.height - 30);
    await expect(allNodes(page)).toHaveCount(2);
    // The editor opens at the new actor's name.
    await expect(ed.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.type('Cora Cove');
    await expect(network(page).getByRole('button', { name: /Cora Cove,/ })).toBeVisible();
    await waitForStableDrawing(page);

    // Drag from the example actor to Cora: a relation, and the editor at its label.
    const centre = async (id: string) => {
      const b = (await page.locator(`g[data-actor="${id}"] .node-shape`).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const from = await centre('example-actor');
    const to = await centre('cora-cove');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await expect(ed.getByRole('button', { name: 'Example actor \u2192 Cora Cove' })).toBeVisible();
    await expect(ed.getByLabel('What it is, in a few words')).toBeFocused();

    // Delete on a focused actor removes them and their relation; Ctrl+Z in the network brings both back.
    await page.locator('g[data-actor="cora-cove"]').focus();
    await page.keyboard.press('Delete');
    await expect(allNodes(page)).toHaveCount(1);
    await expect(ed.getByRole('button', { name: 'Example actor \u2192 Cora Cove' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Removed Cora Cove, with their relations.' })).toBeAttached();
    await page.locator('g[data-actor="example-actor"]').focus();
    await page.keyboard.press('Control+z');
    await expect(allNodes(page)).toHaveCount(2);
    await expect(ed.getByRole('button', { name: 'Example actor \u2192 Cora Cove' })).toBeVisible();
  });

  test('in a big network, whose actors are picked under the pointer, a drag still links two of them', async ({ page }) => {
    const big = syntheticScenario(160, 7);
    await page.route('**/big/editable-160.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(big) }));
    await page.goto('/?scenario=big/editable-160.json');
    await expect(page.locator('html')).toHaveAttribute('data-drawn', big.id);
    await press(page, 'Edit a copy');
    await expect(page.locator('.network__stage [data-editing="ready"]')).toBeAttached();
    await expect(network(page)).toHaveAttribute('data-layered', 'true');
    await waitForStableDrawing(page);
    // Two actors well apart, both on screen.
    const [a, b] = await network(page).evaluate((svg) => {
      const view = svg.getBoundingClientRect();
      const all = [...svg.querySelectorAll('.nodes:not(.nodes--raised) .node')].map((n) => {
        const r = n.querySelector('.node-shape')!.getBoundingClientRect();
        return { id: n.getAttribute('data-actor')!, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      const inside = all.filter((p) => p.x > view.left + 40 && p.x < view.right - 40 && p.y > view.top + 40 && p.y < view.bottom - 40);
      inside.sort((p, q) => p.x - q.x);
      return [inside[0]!, inside.at(-1)!];
    });
    const relations = big.relations.length;
    await page.mouse.move(a.x, a.y);
    await expect(page.locator(`.nodes:not(.nodes--raised) g[data-actor="${a.id}"]`)).toHaveAttribute('data-hover', '');
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await expect(page.locator(`.nodes:not(.nodes--raised) g[data-actor="${b.id}"]`)).toHaveAttribute('data-hover', '');
    await page.mouse.up();
    await expect(editor(page).getByLabel('What it is, in a few words')).toBeFocused();
    const { text } = await download(page, 'Download .json');
    const doc = JSON.parse(text) as { relations: { source: string; target: string }[] };
    expect(doc.relations).toHaveLength(relations + 1);
    expect(doc.relations.at(-1)).toMatchObject({ source: a.id, target: b.id });
  });

  test('the editor has no accessibility violations, with every kind of field open', async ({ page }) => {
    await openApp(page);
    await press(page, 'New scenario');
    const ed = editor(page);
    await press(page, 'Add an actor');
    await page.keyboard.type('Bea Bay');
    await ed.getByRole('button', { name: /^Example actor/ }).click();
    await expect(ed.getByLabel('Fear 1: text').first()).toBeVisible();
    await ed.getByRole('button', { name: 'Add a stance' }).first().click();
    await ed.getByRole('button', { name: 'Add how they see another actor' }).first().click();
    await press(page, 'Write your own steps');
    await press(page, 'Add a reader\u2019s guide');
    await press(page, 'Add caveat');
    await ed.getByText('Start from the text of the source').click();
    await ed.getByLabel('Paste the article or transcript').fill('Opening words.\n\nA heading\n\nMore words here.');
    await press(page, 'Split into sections');
    await press(page, 'Add these 2 sections');
    await ed.getByText('Read the section: source \u00a7 Opening').first().click();
    await ed.getByText('Add actors from a spreadsheet (CSV)').click();
    await ed.getByLabel('Paste the CSV').first().fill('name\nCy');
    await ed.getByRole('button', { name: 'Add the pasted actors' }).click();
    await ed.getByRole('button', { name: 'Make a link' }).click();
    await expect(ed.getByRole('alert')).toBeVisible();
    await ed.getByText('Earlier versions').click();
    await expect(ed.getByRole('button', { name: /^Go back to / })).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
