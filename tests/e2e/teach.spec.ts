/**
 * Teaching with the explorer: comparing two sides, the stance matrix, predict-then-reveal,
 * and printed handouts (a real PDF, with its pages counted).
 */
import { expect, test, type Page } from '@playwright/test';
import {
  ACTORS,
  ISSUES,
  actorById,
  actorNode,
  allNodes,
  escapeRegExp,
  expectActorView,
  expectOverview,
  focusedActorId,
  openApp,
  panel,
  panelHeading,
  stanceOf,
  failOnPageErrors,
  type ActorInfo,
} from './helpers';

// Every test in this file also fails on any console error or uncaught page error.
failOnPageErrors();

test.use({ reducedMotion: 'reduce' });

const putin = actorById('putin');
const zelenskyy = actorById('zelenskyy');
const AGREEMENT_WORDS = /^(Agree|Clash|Differ|Neither|Only .+ speaks)$/;

function toolbarButton(page: Page, name: string | RegExp) {
  return page.getByRole('navigation', { name: 'Views and modes' }).getByRole('button', { name });
}

/** Waits for the comparison of `a` and `b`: heading, URL, both nodes brought forward, an agreement word on every issue. */
async function expectComparison(page: Page, a: ActorInfo, b: ActorInfo): Promise<void> {
  await expect(panelHeading(page)).toHaveText(`${a.name} and ${b.name}`);
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${escapeRegExp(a.id)}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]compare=${escapeRegExp(b.id)}(&|$)`));
  for (const actor of [a, b]) {
    await expect(actorNode(page, actor), `${actor.name} is brought forward`).toHaveClass(/(^|\s)node--focus(\s|$)/);
    await expect(actorNode(page, actor)).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(allNodes(page).and(page.locator('.node--focus'))).toHaveCount(2);
  const rows = panel(page).locator('.compare-row');
  await expect(rows).toHaveCount(ISSUES.length);
  for (const [i, issue] of ISSUES.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole('heading', { level: 4 })).toHaveText(issue.label);
    await expect(row.locator('.agreement__words'), `agreement word for ${issue.label}`).toHaveText(AGREEMENT_WORDS);
    await expect(row.locator('.agreement__words')).toBeVisible();
  }
}

test.describe('compare two actors', () => {
  test('by mouse: open Putin, "Compare with…", choose Zelenskyy; "Stop comparing" returns to Putin', async ({ page }) => {
    await openApp(page);
    await actorNode(page, putin).click();
    await expectActorView(page, putin);
    const toggle = panel(page).getByRole('button', { name: 'Compare with…' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = panel(page).getByRole('list', { name: `Compare ${putin.label} with` });
    await expect(list.getByRole('button')).toHaveCount(ACTORS.length - 1);
    await list.getByRole('button', { name: zelenskyy.name }).click();
    await expectComparison(page, putin, zelenskyy);
    await expect(panelHeading(page)).toBeFocused();

    await panel(page).getByRole('button', { name: 'Stop comparing' }).click();
    await expectActorView(page, putin);
    await expect(page).not.toHaveURL(/[?&]compare=/);
    await expect(panel(page).getByRole('button', { name: 'Stop comparing' })).toHaveCount(0);
  });

  test('by keyboard only: Tab to "Compare with…", Enter, Tab to Zelenskyy, Enter; Shift+Tab and Enter stop comparing', async ({ page }) => {
    await openApp(page, `/?actor=${putin.id}`);
    await expectActorView(page, putin);
    const toggle = panel(page).getByRole('button', { name: 'Compare with…' });
    const isFocused = (loc: typeof toggle) => loc.evaluate((el) => el === document.activeElement);
    let presses = 0;
    for (; presses < 200 && !(await isFocused(toggle)); presses++) await page.keyboard.press('Tab');
    await expect(toggle, `Tab reaches "Compare with…" (after ${presses} presses)`).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const option = panel(page).getByRole('list', { name: `Compare ${putin.label} with` }).getByRole('button', { name: zelenskyy.name });
    for (let i = 0; i < ACTORS.length && !(await isFocused(option)); i++) await page.keyboard.press('Tab');
    await expect(option).toBeFocused();
    await page.keyboard.press('Enter');
    await expectComparison(page, putin, zelenskyy);
    // The keyboard lands on the new heading, and the way out is just before it.
    await expect(panelHeading(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(panel(page).getByRole('button', { name: 'Stop comparing' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectActorView(page, putin);
    await expect(page).not.toHaveURL(/[?&]compare=/);
  });

  test('in presenter mode from a link: /?actor=putin&compare=zelenskyy&present', async ({ page }) => {
    await openApp(page, `/?actor=${putin.id}&compare=${zelenskyy.id}&present`);
    await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
    await expectComparison(page, putin, zelenskyy);
    await expect(page.getByText(`Comparing ${putin.label} and ${zelenskyy.label}`)).toBeVisible();
  });
});

/** "Putin on Territory: −1, leans to: …. <sentence>", as the matrix names a cell. */
function cellName(actor: ActorInfo, issue: (typeof ISSUES)[number]): string {
  const stance = stanceOf(actor.id, issue.id);
  if (!stance) return `${actor.label} on ${issue.label}: silent; the source does not say.`;
  const p = stance.position;
  const signed = p > 0 ? `+${p}` : p < 0 ? `\u2212${-p}` : '0';
  const words = p === 0 ? 'in between, or mixed' : `${Math.abs(p) >= 2 ? 'firmly for' : 'leans to'}: ${p < 0 ? issue.low : issue.high}`;
  return `${actor.label} on ${issue.label}: ${signed}, ${words}. ${stance.text}`;
}

/**
 * Sorting the matrix by back-channel diplomacy, worked out by hand from
 * data/kremlin-meeting.json, where the positions on it are, in scenario order: Putin +1,
 * Witkoff +2, Kushner +2, Zelenskyy silent, the Biden administration −1, the European allies
 * −1, Trump +2. Ties keep the scenario's order; whoever is silent comes last either way.
 */
const BACK_CHANNEL = {
  /** [actor, position] in scenario order, as the data file has them. */
  positions: [
    ['putin', 1],
    ['witkoff', 2],
    ['kushner', 2],
    ['zelenskyy', undefined],
    ['biden-administration', -1],
    ['european-allies', -1],
    ['trump', 2],
  ],
  descending: ['witkoff', 'kushner', 'trump', 'putin', 'biden-administration', 'european-allies', 'zelenskyy'],
  ascending: ['biden-administration', 'european-allies', 'putin', 'witkoff', 'kushner', 'trump', 'zelenskyy'],
};

test.describe('where everyone stands', () => {
  test('one row per actor, one column per issue; cells named by actor, issue and position; sorting; a cell’s sentence; a row opens the actor', async ({ page }) => {
    await openApp(page);
    const button = toolbarButton(page, 'Where everyone stands');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]view=matrix(&|$)/);
    const table = page.getByRole('table', { name: /^Where everyone stands/ });
    await expect(table).toBeVisible();

    await expect(table.getByRole('rowheader')).toHaveText(ACTORS.map((a) => a.name));
    await expect(table.getByRole('columnheader')).toHaveText(['Actor', ...ISSUES.map((i) => new RegExp(`^${escapeRegExp(i.label)}`))]);
    await expect(table.getByRole('row')).toHaveCount(ACTORS.length + 1);
    await expect(table.getByRole('cell')).toHaveCount(ACTORS.length * ISSUES.length);

    // Every cell's accessible name says who, on what, and where they stand.
    const names = await table.getByRole('cell').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(names).toEqual(ACTORS.flatMap((a) => ISSUES.map((i) => cellName(a, i))));
    const issue = ISSUES.find((i) => i.id === 'back-channel')!;
    expect(ACTORS.map((a) => [a.id, stanceOf(a.id, issue.id)?.position]), 'the positions the orders below were worked out from').toEqual(BACK_CHANNEL.positions);
    await expect(table.getByRole('cell', { name: cellName(putin, issue), exact: true })).toHaveCount(1);

    // Sorting by an issue: +2 first, then −2 first, then back to the scenario's order.
    const header = table.getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(issue.label)}`) });
    await expect(header).not.toHaveAttribute('aria-sort', /.*/);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(table.getByRole('rowheader')).toHaveText(BACK_CHANNEL.descending.map((id) => actorById(id).name));
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(table.getByRole('rowheader')).toHaveText(BACK_CHANNEL.ascending.map((id) => actorById(id).name));
    await header.getByRole('button').click();
    await expect(header).not.toHaveAttribute('aria-sort', /.*/);
    await expect(table.getByRole('rowheader')).toHaveText(ACTORS.map((a) => a.name));
    await expect(table.locator('[aria-sort]')).toHaveCount(0);

    // Focusing a cell shows its sentence below the table.
    const details = page.locator('.matrix__details');
    const stance = stanceOf(putin.id, issue.id)!;
    await table.getByRole('cell', { name: cellName(putin, issue), exact: true }).focus();
    await expect(details).toContainText(`${putin.name} on ${issue.label}`);
    await expect(details).toContainText(stance.text);
    // Arrow keys move the focus on, and the sentence follows.
    await page.keyboard.press('ArrowDown');
    const below = ACTORS[ACTORS.indexOf(putin) + 1]!;
    await expect(table.getByRole('cell', { name: cellName(below, issue), exact: true })).toBeFocused();
    await expect(details).toContainText(`${below.name} on ${issue.label}`);

    // A row header opens that actor's view.
    await table.getByRole('rowheader', { name: zelenskyy.name }).getByRole('button').click();
    await expectActorView(page, zelenskyy);
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});

test.describe('predict, then reveal', () => {
  test('views start hidden, the network shows "?", revealing shows the view and goes in the URL; the matrix lists only the revealed', async ({ page }) => {
    await openApp(page);
    const toggle = toolbarButton(page, 'Predict, then reveal');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]predict(&|$)/);

    // Before anything is revealed the matrix has nobody to show.
    await toolbarButton(page, 'Where everyone stands').click();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByText(/the matrix fills in as each actor.s view is revealed/)).toBeVisible();
    await toolbarButton(page, 'Where everyone stands').click();
    await expectOverview(page);

    const revealedSoFar: ActorInfo[] = [];
    for (const actor of [putin, zelenskyy]) {
      await actorNode(page, actor).click();
      await expectActorView(page, actor);
      for (const section of ['What they wanted', 'How they read the outcome', 'Red lines and fears', 'Where they stand', 'How they see the others']) {
        await expect(panel(page).getByRole('heading', { name: section, exact: true }), `${section} is hidden before the reveal`).toHaveCount(0);
      }
      await expect(panel(page).getByRole('button', { name: 'Compare with…' })).toHaveCount(0);
      const reveal = panel(page).getByRole('button', { name: `Reveal ${actor.label}\u2019s view` });
      await expect(reveal).toBeVisible();
      // The words under the other nodes (how this actor sees them) are held back too.
      await expect(allNodes(page).locator('.node__seen text')).toHaveCount(ACTORS.length - 1);
      await expect(allNodes(page).locator('.node__seen text')).toHaveText(Array<string>(ACTORS.length - 1).fill('?'));
      await expect(page.getByText('How they see the others stays hidden until their view is revealed.')).toBeVisible();

      await reveal.click();
      revealedSoFar.push(actor);
      await expect(reveal).toHaveCount(0);
      await expect(panel(page).getByRole('heading', { level: 3, name: 'What they wanted', exact: true })).toBeVisible();
      await expect(panel(page).getByRole('heading', { level: 3, name: 'How they see the others', exact: true })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`[?&]revealed=${revealedSoFar.map((a) => escapeRegExp(encodeURIComponent(a.id))).join('(,|%2C)')}(&|$)`));
      await expect(allNodes(page).locator('.node__seen text')).not.toContainText(['?']);
      await page.keyboard.press('Escape');
      await expectOverview(page);
    }

    // The matrix, while predicting, lists only the revealed.
    await toolbarButton(page, 'Where everyone stands').click();
    const table = page.getByRole('table', { name: /^Where everyone stands/ });
    await expect(table.getByRole('rowheader')).toHaveText(revealedSoFar.map((a) => a.name));
    await expect(table.getByRole('cell')).toHaveCount(revealedSoFar.length * ISSUES.length);

    // A reload from the URL keeps the predictions and reveals.
    await page.reload();
    await expect(table.getByRole('rowheader')).toHaveText(revealedSoFar.map((a) => a.name));
    // Leaving predict mode shows everyone again.
    await toolbarButton(page, 'Predict, then reveal').click();
    await expect(table.getByRole('rowheader')).toHaveText(ACTORS.map((a) => a.name));
    await expect(page).not.toHaveURL(/[?&](predict|revealed)/);
    expect(await focusedActorId(page)).toBeNull();
  });
});

/** Counts a PDF's pages: page objects (/Type /Page, not /Pages), checked against the page tree's /Count. */
function pdfPageCount(pdf: Buffer): { pages: number; count: number } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  return { pages, count: counts.length > 0 ? Math.max(...counts) : -1 };
}

test.describe('print handouts', () => {
  test('"Print handouts" renders an overview and a card per actor, and the PDF has a page for each', async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await openApp(page);
    await expect(page.locator('.handouts')).toHaveCount(0);
    await toolbarButton(page, 'Print handouts').click();
    await expect(page.locator('.handouts')).toBeAttached();
    // On screen the handouts stay out of sight.
    await expect(page.locator('.handouts')).toBeHidden();
    const cards = page.locator('.handouts .handout-card');
    await expect(cards).toHaveCount(ACTORS.length);
    for (const actor of ACTORS) {
      const card = page.locator('.handouts').getByRole('region', { name: actor.name, exact: true, includeHidden: true });
      await expect(card, `a handout card for ${actor.name}`).toHaveCount(1);
      await expect(card.locator('h2')).toHaveText(actor.name);
    }

    // Print media hides the app and shows the handouts.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app')).toBeHidden();
    await expect(page.locator('.handouts')).toBeVisible();
    await expect(cards.first()).toBeVisible();
    // Back to no emulation (page.pdf would print with 'screen' media while 'screen' is emulated).
    await page.emulateMedia({ media: null });
    await expect(page.locator('.app')).toBeVisible();
    await expect(page.locator('.handouts')).toBeHidden();

    const pdf = await page.pdf({ format: 'A4' });
    // Printing is over (afterprint): the handouts are removed again.
    await expect(page.locator('.handouts')).toHaveCount(0);
    const { pages, count } = pdfPageCount(pdf);
    console.log(`handouts PDF: ${pages} page objects, /Count ${count}, ${pdf.length} bytes`);
    expect(pages, 'page objects agree with the page tree').toBe(count);
    expect(pages, `at least an overview page and one page per actor (${1 + ACTORS.length})`).toBeGreaterThanOrEqual(1 + ACTORS.length);
  });
});
