import { expect, test } from '@playwright/test';
import { ACTORS, axeViolations, expectActorView, openApp, panel, panelHeading } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test('overview', async ({ page }) => {
      await openApp(page);
      await expect(panelHeading(page)).toHaveText('What happened');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('source view', async ({ page }) => {
      await openApp(page);
      await panel(page).getByRole('button', { name: 'About the source' }).click();
      await expect(panelHeading(page)).toHaveText('About the source');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('a refused scenario notice, over another scenario opened from a link', async ({ page }) => {
      await page.goto('/?scenario=scenarios/example-harbour-dispute.json');
      await expect(page.getByText(/^From 127\.0\.0\.1:\d+$/)).toBeVisible();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open scenario…' }).click();
      await (await chooser).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format": 1}') });
      await expect(page.getByRole('alert')).toContainText('id: is required');
      expect(await axeViolations(page)).toEqual([]);
    });

    for (const actor of ACTORS) {
      test(`${actor.name} selected`, async ({ page }) => {
        await openApp(page, `/?actor=${actor.id}`);
        await expectActorView(page, actor);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
