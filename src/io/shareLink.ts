/**
 * A scenario carried whole inside a link, with no server: its JSON compressed (deflate, by
 * the browser's CompressionStream) and written into the address after `#shared=`. The part
 * after `#` never leaves the browser, so the scenario is not uploaded anywhere. Opening such
 * a link unpacks it within the loader's size cap and checks it exactly as a file is checked.
 */
import { LOAD_LIMITS, describeBytes, wholeNumber } from '../model/constants';
import type { ValidationResult } from '../model/validate';
import { readCapped } from './capped';
import { SHARE_PREFIX } from '../store/origin';

export { SHARE_PREFIX };

/**
 * The longest link the app makes. Browsers open far longer ones, but chat apps, e-mail and
 * learning platforms cut long addresses; 32,000 characters holds a scenario of about the
 * built-in one's size several times over.
 */
export const SHARE_LIMIT_CHARS = 32_000;

/** The most a link's data may hold when opened (links made elsewhere may be longer than ours). */
const MAX_DATA_CHARS = 1_000_000;

const FORMAT = 'deflate-raw';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return null;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `bytes` through a (de)compression stream; a damaged input fails the reads, not this call. */
function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => {
      // Reported by the reads of `transform.readable`.
    });
  return transform.readable;
}

/** The data part of a link for a scenario's JSON text. */
export async function packScenario(json: string): Promise<string> {
  const packed = await readCapped(through(new TextEncoder().encode(json), new CompressionStream(FORMAT)), Number.POSITIVE_INFINITY);
  return toBase64Url(packed ?? new Uint8Array());
}

export type ShareResult = { ok: true; url: string } | { ok: false; error: string };

/** A link that opens `json` on the page at `base` (its address without the part after `#`). */
export async function shareLink(json: string, base: string): Promise<ShareResult> {
  if (typeof CompressionStream === 'undefined') return { ok: false, error: 'this browser cannot pack a scenario into a link; download the file instead' };
  const url = `${base.replace(/#.*$/, '')}${SHARE_PREFIX}${await packScenario(json)}`;
  if (url.length > SHARE_LIMIT_CHARS) {
    return {
      ok: false,
      error: `the link would be ${wholeNumber(url.length)} characters long, more than the ${wholeNumber(SHARE_LIMIT_CHARS)} that travel safely; download the file instead`,
    };
  }
  return { ok: true, url };
}

/** The data of an address's `#shared=` part, or null when it has none. */
export function sharedData(hash: string): string | null {
  return hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : null;
}

/** Unpacks a link's data and checks it as any scenario file is checked. */
export async function readSharedScenario(data: string): Promise<ValidationResult> {
  const fail = (why: string): ValidationResult => ({ ok: false, errors: [`(root): ${why}`] });
  if (data.length > MAX_DATA_CHARS) return fail(`the link holds ${wholeNumber(data.length)} characters, more than the ${wholeNumber(MAX_DATA_CHARS)} a shared scenario may`);
  if (typeof DecompressionStream === 'undefined') return fail('this browser cannot unpack a scenario from a link; ask for the file instead');
  const bytes = fromBase64Url(data);
  if (!bytes) return fail('the link is damaged (it holds characters a shared scenario never does); ask for it again');
  let text: string;
  try {
    const unpacked = await readCapped(through(bytes, new DecompressionStream(FORMAT)), LOAD_LIMITS.maxBytes);
    if (!unpacked) return fail(`it unpacks to more than ${describeBytes(LOAD_LIMITS.maxBytes)}, the most a scenario may hold`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return fail('the link is damaged (cut short, or changed after it was made); ask for it again');
  }
  const { loadScenarioText } = await import('../model/load');
  return loadScenarioText(text);
}
