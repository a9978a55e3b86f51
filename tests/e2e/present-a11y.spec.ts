/**
 * axe (WCAG 2.0–2.2 A and AA) on the presenting and teaching views, light and dark:
 * presenter mode (overview, an actor, walk-through steps), the matrix, a comparison, and a
 * view still hidden in predict mode.
 */
import { expect, test, type Page } from '@playwright/test';
import { STORY, axeViolations, actorById, expectActorView, expectStep, openApp, panel, panelHeading } from './helpers';

const putin = actorById('putin');
const zelenskyy = actorById('zelenskyy');
const COMPARE_STEP = STORY.findIndex((s) => s.compare);

interface Case {
  name: string;
  path: string;
  ready(page: Page): Promise<void>;
}

const CASES: Case[] = [
  {
    name: 'presenter mode: overview',
    path: '/?present',
    ready: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
      await expect(panelHeading(page)).toHaveText('What happened');
    },
  },
  {
    name: `presenter mode: ${putin.name} selected`,
    path: `/?actor=${putin.id}&present`,
    ready: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
      await expectActorView(page, putin);
    },
  },
  {
    name: 'presenter mode: the first step',
    path: '/?step=1&present',
    ready: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
      await expectStep(page, 0);
    },
  },
  {
    name: `presenter mode: step ${COMPARE_STEP + 1} (a comparison)`,
    path: `/?step=${COMPARE_STEP + 1}&present`,
    ready: async (page) => {
      await expect(page.locator('html')).toHaveAttribute('data-present', 'true');
      await expectStep(page, COMPARE_STEP);
    },
  },
  {
    name: 'the matrix',
    path: '/',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Where everyone stands' }).click();
      await expect(page.getByRole('table', { name: /^Where everyone stands/ })).toBeVisible();
      // With a cell's sentence shown below the table.
      await page.getByRole('cell').first().focus();
      await expect(page.locator('.matrix__details .claim')).toBeVisible();
    },
  },
  {
    name: `comparing ${putin.name} and ${zelenskyy.name}`,
    path: `/?actor=${putin.id}&compare=${zelenskyy.id}`,
    ready: async (page) => {
      await expect(panelHeading(page)).toHaveText(`${putin.name} and ${zelenskyy.name}`);
    },
  },
  {
    name: `predict mode: ${putin.name}'s view still hidden`,
    path: `/?actor=${putin.id}&predict`,
    ready: async (page) => {
      await expectActorView(page, putin);
      await expect(panel(page).getByRole('button', { name: `Reveal ${putin.label}\u2019s view` })).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    for (const c of CASES) {
      test(c.name, async ({ page }) => {
        await openApp(page, c.path);
        await c.ready(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
