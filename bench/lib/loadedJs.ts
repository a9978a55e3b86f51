/**
 * The JS a page loads in its first seconds, as gzip -9 bytes: what a visit costs a reader on
 * a slow line, whatever the server compresses with.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';

/** The bytes a URL was served from, when the server's files are at hand; null when not. */
export type LocalBody = (url: string) => Buffer | null;

/** The file under `dir` that a URL under `base` is served from. */
export function servedFrom(base: string, dir = 'dist'): LocalBody {
  return (url) => {
    if (!url.startsWith(base)) return null;
    try {
      return readFileSync(`${dir}/${decodeURIComponent(url.slice(base.length).split(/[?#]/)[0] ?? '')}`);
    } catch {
      return null;
    }
  };
}

const BODY_TIMEOUT_MS = 3000;

export interface LoadedJs {
  /** Gzip -9 bytes of every distinct script counted. */
  gzipBytes: number;
  files: { url: string; bytes: number; gzipBytes: number; atMs: number }[];
  /** Scripts seen whose bytes could not be read: the sum leaves them out. */
  missed: number;
}

/**
 * Starts recording before the page navigates; `stop()` sums every JS response to a request
 * the page made within `windowMs` of the start. The page's own `response` events include its
 * dedicated workers' scripts (Chromium reports them to the page); a service worker's script
 * and the files it precaches in the background are fetched by the worker, not the page, and
 * are not counted. Each URL counts once.
 */
export function recordLoadedJs(page: Page, windowMs: number, base = '', localBody?: LocalBody): { stop: () => Promise<LoadedJs> } {
  const t0 = Date.now();
  const asked = new WeakMap<Request, number>();
  const files = new Map<string, { atMs: number; body: Promise<Buffer | null> }>();
  const pending = new Set<Request>();
  const onRequest = (req: Request) => {
    const at = Date.now() - t0;
    asked.set(req, at);
    if (at <= windowMs) pending.add(req);
  };
  const onDone = (req: Request) => pending.delete(req);
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', (resp) => {
    const req = resp.request();
    const atMs = asked.get(req) ?? Date.now() - t0;
    const js = req.resourceType() === 'script' || /javascript|ecmascript/.test(resp.headers()['content-type'] ?? '');
    // A blob: worker's code came with a script already counted.
    if (!js || atMs > windowMs || files.has(resp.url()) || resp.status() !== 200 || !/^https?:/.test(resp.url())) return;
    const body = resp.body().catch(() => null); // null: the page went away first
    files.set(resp.url(), { atMs, body });
  });
  return {
    stop: async () => {
      page.off('request', onRequest);
      // Requests made within the window may still be arriving: give them a moment.
      for (let i = 0; i < 40 && pending.size > 0; i++) await new Promise((r) => setTimeout(r, 50));
      const list = await Promise.all(
        [...files].map(async ([fullUrl, f]) => {
          // A renderer busy for seconds may not hand a body over: then the file it was served from.
          const body = (await Promise.race([f.body, new Promise<null>((r) => setTimeout(() => r(null), BODY_TIMEOUT_MS))])) ?? localBody?.(fullUrl) ?? null;
          return body ? { url: base ? fullUrl.replace(base, '') : fullUrl, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, atMs: f.atMs } : null;
        }),
      );
      const counted = list.filter((f) => f !== null).sort((a, b) => a.atMs - b.atMs);
      return { gzipBytes: counted.reduce((s, f) => s + f.gzipBytes, 0), files: counted, missed: list.length - counted.length };
    },
  };
}
