/**
 * The routes a scenario comes in by: a File (picker or drop) or a URL (`?scenario=`). Each
 * reads text within the size cap and hands it to the one loader; none of them throws.
 */
import { LOAD_LIMITS, describeBytes, sizeError } from '../model/constants';
import type { ValidationResult } from '../model/validate';

/** Text at least this long is checked in a worker, so the page does not freeze meanwhile. */
export const CHECK_IN_WORKER_FROM = 256 * 1024;

function loadInWorker(text: string): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ValidationResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the checking worker failed'));
    };
    worker.postMessage(text);
  });
}

/**
 * The validator (zod and the loader) loads only when a scenario other than the built-in
 * one is opened: in the page for small files, in a worker for big ones (and in the page
 * if the worker cannot start).
 */
async function loadScenarioText(text: string): Promise<ValidationResult> {
  if (text.length >= CHECK_IN_WORKER_FROM && typeof Worker !== 'undefined') {
    try {
      return await loadInWorker(text);
    } catch {
      // Checked in the page below.
    }
  }
  const { loadScenarioText: load } = await import('../model/load');
  return load(text);
}

export async function readScenarioFile(file: Blob): Promise<ValidationResult> {
  // Checked before a byte is read.
  const tooBig = sizeError(file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  try {
    return await loadScenarioText(await file.text());
  } catch (err) {
    return { ok: false, errors: [`(root): the file could not be read (${err instanceof Error ? err.message : String(err)})`] };
  }
}

/** Resolves a `?scenario=` value against the page; only http(s) addresses are fetched. */
export function scenarioUrl(value: string, base: string = window.location.href): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Reads a response body as text, stopping as soon as it passes the cap. */
async function readCapped(response: Response): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > LOAD_LIMITS.maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function readScenarioUrl(value: string): Promise<ValidationResult> {
  const url = scenarioUrl(value);
  if (!url) return { ok: false, errors: [`(root): "${value}" is not an http(s) address`] };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
  } catch {
    return { ok: false, errors: [`(root): could not fetch ${url.href} (offline, or the server does not allow it: CORS)`] };
  }
  if (!response.ok) return { ok: false, errors: [`(root): could not fetch ${url.href} (HTTP ${response.status})`] };
  // Many static hosts answer a missing file with their home page rather than a 404.
  if (response.headers.get('content-type')?.includes('text/html')) {
    return { ok: false, errors: [`(root): ${url.href} sent a web page, not a JSON file: is the address right?`] };
  }
  const declared = Number(response.headers.get('content-length'));
  const tooBig = Number.isFinite(declared) ? sizeError(declared) : null;
  if (tooBig) return { ok: false, errors: [tooBig] };
  const text = await readCapped(response).catch(() => undefined);
  if (text === undefined) return { ok: false, errors: [`(root): the download from ${url.href} broke off`] };
  if (text === null) return { ok: false, errors: [`(root): the file is over the limit of ${describeBytes(LOAD_LIMITS.maxBytes)}`] };
  return loadScenarioText(text);
}
