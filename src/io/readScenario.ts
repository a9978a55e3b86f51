/**
 * The routes a scenario comes in by: a File (picker or drop) or a URL (`?scenario=`). Each
 * reads text within the size cap and hands it to the one loader; none of them throws.
 */
import { LINK_TIMEOUT_MS, LOAD_LIMITS, describeBytes, sizeError, wholeNumber } from '../model/constants';
import { readCapped } from './capped';
import { checkerWorker, takeEarlyChecker } from './earlyChecker';
import { streamsCounts } from '../layout/forceLayout';
import { coolLayout, warmLayout } from '../layout/layoutStream';
import type { ScenarioCounts } from '../model/load';
import type { ValidationResult } from '../model/validate';

/** How far a scenario has got on its way in: its bytes coming in, then its check. */
export type LoadProgress = { stage: 'reading'; bytes: number; total: number | null } | ({ stage: 'checking' } & ScenarioCounts);

export interface ReadOptions {
  /** Stops reading or checking (the reader cancelled): the result is then an error nobody needs to show. */
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

const count = (n: number, one: string, many: string) => `${wholeNumber(n)} ${n === 1 ? one : many}`;

/** Progress in words, for the loading line: "Reading 2.1 of 7.3 MiB…", "Checking 3,000 actors and 9,000 relations…". */
export function describeProgress(p: LoadProgress): string {
  if (p.stage === 'checking') return `Checking ${count(p.actors, 'actor', 'actors')} and ${count(p.relations, 'relation', 'relations')}\u2026`;
  if (p.total === null) return `Reading ${describeBytes(p.bytes)}\u2026`;
  if (p.bytes === 0) return `Reading ${describeBytes(p.total)}\u2026`;
  return `Reading ${describeBytes(p.bytes).replace(/ .*/, '')} of ${describeBytes(p.total)}\u2026`;
}

/**
 * What the checking worker says: how big the scenario is once parsed, then the result as
 * JSON text. A page reads 7 MB of JSON (5,000 actors) in about 60 ms, against about 120 ms
 * for the same scenario as a structured clone, in one long task either way.
 */
export type CheckerMessage = ({ type: 'checking' } & ScenarioCounts) | { type: 'result'; json: string };

const CANCELLED: ValidationResult = { ok: false, errors: ['(root): cancelled'] };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Whether a message from the worker has one of its two shapes. */
function isCheckerMessage(data: unknown): data is CheckerMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'checking') return isCount(m.actors) && isCount(m.relations);
  return m.type === 'result' && typeof m.json === 'string';
}

/** The worker's result, read from its JSON (the result itself is the loader's own); null if it is not one. */
function readResult(json: string): ValidationResult | null {
  let result: unknown;
  try {
    result = JSON.parse(json);
  } catch {
    return null;
  }
  return typeof result === 'object' && result !== null && typeof (result as { ok?: unknown }).ok === 'boolean' ? (result as ValidationResult) : null;
}

/**
 * Checks scenario text off the main thread, in a worker started before the text arrives, so
 * its code (the validator, bundled with it) downloads while the scenario does. A page
 * without workers, or a worker that cannot start, checks in the page instead.
 */
interface Checker {
  check(text: string, options: ReadOptions): Promise<ValidationResult>;
  /** Ends the worker when no text will come (a refused download). */
  stop(): void;
}

async function checkInPage(text: string, { signal }: ReadOptions): Promise<ValidationResult> {
  const { loadScenarioText: load } = await import('../model/load');
  return signal?.aborted ? CANCELLED : load(text);
}

/** Checks text with `checker`; never throws (a validator that cannot even be loaded is an error line). */
function check(checker: Checker, text: string, options: ReadOptions): Promise<ValidationResult> {
  return checker.check(text, options).catch((err: unknown) => ({
    ok: false,
    errors: [`(root): the file could not be checked (${err instanceof Error ? err.message : String(err)})`],
  }));
}

function startChecker(): Checker {
  let worker: Worker;
  try {
    worker = checkerWorker();
  } catch {
    return { check: checkInPage, stop: () => {} };
  }
  // An error before the text is posted (the script did not load) is kept for check().
  let failed = false;
  worker.onerror = () => void (failed = true);
  const inWorker = (text: string, { signal, onProgress }: ReadOptions) =>
    new Promise<ValidationResult>((resolve, reject) => {
      const stop = () => {
        worker.terminate();
        signal?.removeEventListener('abort', cancel);
      };
      const cancel = () => {
        stop();
        coolLayout();
        resolve(CANCELLED);
      };
      signal?.addEventListener('abort', cancel);
      worker.onmessage = (event: MessageEvent<unknown>) => {
        const message = event.data;
        if (!isCheckerMessage(message)) return;
        if (message.type === 'checking') {
          onProgress?.({ stage: 'checking', actors: message.actors, relations: message.relations });
          // A big network's layout worker loads while the check runs.
          if (streamsCounts(message.actors, message.relations)) warmLayout();
        } else {
          stop();
          const result = readResult(message.json);
          if (!result) reject(new Error('the checking worker sent no result'));
          else {
            if (!result.ok) coolLayout();
            resolve(result);
          }
        }
      };
      worker.onerror = (event) => {
        stop();
        reject(new Error(event.message || 'the checking worker failed'));
      };
      worker.postMessage(text);
    });
  return {
    check: (text, options) => {
      if (options.signal?.aborted) {
        worker.terminate();
        return Promise.resolve(CANCELLED);
      }
      return failed ? checkInPage(text, options) : inWorker(text, options).catch(() => checkInPage(text, options));
    },
    stop: () => worker.terminate(),
  };
}

export async function readScenarioFile(file: Blob, options: ReadOptions = {}): Promise<ValidationResult> {
  // Checked before a byte is read.
  const tooBig = sizeError(file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  options.onProgress?.({ stage: 'reading', bytes: 0, total: file.size });
  const checker = startChecker();
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    checker.stop();
    return { ok: false, errors: [`(root): the file could not be read (${err instanceof Error ? err.message : String(err)})`] };
  }
  return check(checker, text, options);
}

export { LINK_TIMEOUT_MS };

export type ScenarioAddress = { ok: true; url: URL } | { ok: false; error: string };

/**
 * Resolves a `?scenario=` value against the page. Only http(s) addresses are fetched, and a
 * page served over https fetches only https: a plain-http file could be altered on the way.
 */
export function scenarioAddress(value: string, base: string = window.location.href): ScenarioAddress {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { ok: false, error: `(root): "${value}" is not an http(s) address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `(root): "${value}" is not an http(s) address` };
  if (url.protocol === 'http:' && new URL(base).protocol === 'https:') {
    return { ok: false, error: `(root): ${url.href} is a plain http address; this page is served over https, so a linked scenario must be https too` };
  }
  return { ok: true, url };
}

/** Reads a response body as text, stopping as soon as it passes the cap, and saying how much has come. */
async function readCappedText(response: Response, total: number | null, onProgress?: (progress: LoadProgress) => void): Promise<string | null> {
  if (!response.body) return response.text();
  const bytes = await readCapped(response.body, LOAD_LIMITS.maxBytes, onProgress && ((received) => onProgress({ stage: 'reading', bytes: received, total })));
  return bytes && new TextDecoder().decode(bytes);
}

export interface ReadUrlOptions extends ReadOptions {
  timeoutMs?: number;
}

/**
 * Fetches and checks a linked scenario. Gives up after `timeoutMs` (a dead or slow host
 * must not keep the reader waiting for ever), counting the whole download, not only the
 * first byte.
 */
export async function readScenarioUrl(value: string, { signal, onProgress, timeoutMs = LINK_TIMEOUT_MS }: ReadUrlOptions = {}): Promise<ValidationResult> {
  const address = scenarioAddress(value);
  if (!address.ok) {
    // Nothing will be checked: a checker started early for this link is not needed.
    takeEarlyChecker()?.terminate();
    return { ok: false, errors: [address.error] };
  }
  const { url } = address;
  const controller = new AbortController();
  let timedOut = false;
  // A timer rather than AbortSignal.timeout(), so the page's own clock (and a test's) drives it.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  if (signal?.aborted) controller.abort();
  const stopped = (): ValidationResult | null => {
    if (timedOut) return { ok: false, errors: [`(root): ${url.host} did not answer within ${Math.round(timeoutMs / 1000)} s; the server may be down or slow. Try the link again later, or ask for the file itself.`] };
    if (controller.signal.aborted) return { ok: false, errors: ['(root): the download was cancelled'] };
    return null;
  };
  // The checker starts now, so its code downloads beside the scenario.
  const checker = startChecker();
  let checking = false;
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    } catch {
      return stopped() ?? { ok: false, errors: [`(root): could not fetch ${url.href} (offline, or the server does not allow it: CORS)`] };
    }
    if (!response.ok) return { ok: false, errors: [`(root): could not fetch ${url.href} (HTTP ${response.status})`] };
    // Many static hosts answer a missing file with their home page rather than a 404.
    if (response.headers.get('content-type')?.includes('text/html')) {
      return { ok: false, errors: [`(root): ${url.href} sent a web page, not a JSON file: is the address right?`] };
    }
    const length = response.headers.get('content-length');
    const declared = length === null ? NaN : Number(length);
    const tooBig = Number.isFinite(declared) ? sizeError(declared) : null;
    if (tooBig) return { ok: false, errors: [tooBig] };
    const text = await readCappedText(response, Number.isFinite(declared) ? declared : null, onProgress).catch(() => undefined);
    if (text === undefined) return stopped() ?? { ok: false, errors: [`(root): the download from ${url.href} broke off`] };
    if (text === null) return { ok: false, errors: [`(root): the file is over the limit of ${describeBytes(LOAD_LIMITS.maxBytes)}`] };
    clearTimeout(timer);
    checking = true;
    return await check(checker, text, { signal, onProgress });
  } finally {
    if (!checking) checker.stop();
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
