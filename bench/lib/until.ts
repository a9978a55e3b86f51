/** Waits until an expression run in the page is true, checking every 50 ms; throws with `what` after `timeoutMs`. */
import type { Page } from 'playwright-core';

export async function until(page: Page, expression: string, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
