/**
 * Probes for the browser tests that look inside the app: React's commits, the layout worker
 * of a big network, and the code the page loads after its first picture. Each gives the test
 * a state to wait for, so no test has to guess how long the machine needs.
 */
import { expect, type Page } from '@playwright/test';

interface Probed {
  __commits: number;
  /** React's root (a FiberRoot), as the last commit reported it. */
  __root?: { pendingLanes: number };
  /** Run at each commit, after its layout effects (see `afterLayoutEnd`). */
  __onCommit?: () => void;
  __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown;
}

/**
 * Counts React's commits the way React DevTools sees them: React reports every commit to a
 * DevTools hook when one is present, production builds included. Call before `page.goto`.
 */
export async function countCommits(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Probed;
    w.__commits = 0;
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { pendingLanes: number }) => {
        w.__commits += 1;
        w.__root = root;
        w.__onCommit?.();
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    };
  });
}

export function commits(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Probed).__commits);
}

/**
 * Waits until React is idle: the browser has reached an idle period (so every task React had
 * queued, a render or its effects, has run) and React's root has no work pending.
 */
export async function reactIdle(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              requestIdleCallback(() => resolve((window as unknown as Probed).__root?.pendingLanes === 0));
            }),
        ),
      { message: 'React has no work pending', timeout: 30_000 },
    )
    .toBe(true);
}

/**
 * Holds back every script and stylesheet the page asks for that index.html does not list: the
 * code it loads on demand or when it is first idle. Until the test ends none of it arrives, so
 * none of it can make React commit in the middle of a measurement. Call before `page.goto`.
 */
export async function holdLazyCode(page: Page): Promise<void> {
  const html = await (await page.request.get('/')).text();
  const listed = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]));
  expect(listed.size, 'index.html lists the code of the first picture').toBeGreaterThan(0);
  await page.route(/\/assets\/[^/]+\.(js|css)$/, (route) => {
    if (listed.has(new URL(route.request().url()).pathname.replace(/^\//, ''))) return route.continue();
    // Not listed: loaded later, so held (the route is never answered).
    return undefined;
  });
}

interface LayoutProbe {
  /** Lets the layout worker's last message through to the app. */
  __endLayout?: () => boolean;
  /** Whether the worker has sent its last message (which is held until `endLayout`). */
  __layoutDone?: boolean;
  /** The page as the first React commit after the layout's end left it. */
  __afterLayoutEnd?: { settled: string | undefined; detail: string | undefined };
}

/**
 * Holds back the last message of a big network's layout worker (the one that says the layout
 * has ended) until `endLayout`: the network keeps settling, on a fast machine or a slow one,
 * until the test lets it end. Call before `page.goto`, after `countCommits`.
 */
export async function holdLayoutEnd(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Probed & LayoutProbe;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (!String(url).includes('layout.worker')) return;
        let handler: ((event: MessageEvent) => void) | null = null;
        let last: MessageEvent | null = null;
        // The app listens through `onmessage`: every message goes to it but the last.
        Object.defineProperty(this, 'onmessage', {
          get: () => handler,
          set: (h: ((event: MessageEvent) => void) | null) => {
            handler = h;
          },
        });
        this.addEventListener('message', (event: MessageEvent<{ done?: boolean }>) => {
          if (event.data.done) {
            last = event;
            w.__layoutDone = true;
          } else handler?.call(this, event);
        });
        w.__endLayout = () => {
          if (!last || !handler) return false;
          const lastMessage = last;
          last = null;
          // The first commit after this one message is the one that takes the layout's end in.
          w.__onCommit = () => {
            w.__onCommit = undefined;
            w.__afterLayoutEnd = {
              settled: document.documentElement.dataset.settled,
              detail: document.querySelector<SVGSVGElement>('.network__svg')?.dataset.detail,
            };
          };
          handler.call(this, lastMessage);
          return true;
        };
      }
    };
  });
}

/** Lets the held end of the layout through, once the worker has sent it. */
export async function endLayout(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => (window as unknown as LayoutProbe).__layoutDone === true), { timeout: 60_000 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as LayoutProbe).__endLayout?.() ?? false)).toBe(true);
}

/**
 * How the first React commit after the layout's end left the page: whether anything was
 * moving (`data-settled`) and the network's level of detail. React runs the effects that
 * answer the layout's end (a glide, say) within that commit, before the probe reads the page.
 */
export async function afterLayoutEnd(page: Page): Promise<{ settled: string | undefined; detail: string | undefined }> {
  await expect.poll(() => page.evaluate(() => (window as unknown as LayoutProbe).__afterLayoutEnd !== undefined), { timeout: 60_000 }).toBe(true);
  return page.evaluate(() => (window as unknown as LayoutProbe).__afterLayoutEnd!);
}
