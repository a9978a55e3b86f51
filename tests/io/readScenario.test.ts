import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LINK_TIMEOUT_MS, readScenarioUrl, scenarioAddress } from '../../src/io/readScenario';

describe('scenarioAddress', () => {
  it('resolves relative links against the page', () => {
    const address = scenarioAddress('scenarios/a.json', 'https://school.example/standpoint/');
    expect(address.ok && address.url.href).toBe('https://school.example/standpoint/scenarios/a.json');
  });

  it('refuses what is not http(s)', () => {
    expect(scenarioAddress('javascript:alert(1)', 'https://a.example/')).toEqual({ ok: false, error: '(root): "javascript:alert(1)" is not an http(s) address' });
    expect(scenarioAddress('data:application/json,{}', 'http://a.example/').ok).toBe(false);
  });

  it('refuses a plain-http link from a page served over https, and says why', () => {
    expect(scenarioAddress('http://other.example/a.json', 'https://school.example/')).toEqual({
      ok: false,
      error: '(root): http://other.example/a.json is a plain http address; this page is served over https, so a linked scenario must be https too',
    });
    expect(scenarioAddress('https://other.example/a.json', 'https://school.example/').ok).toBe(true);
    expect(scenarioAddress('http://other.example/a.json', 'http://localhost:5173/').ok).toBe(true);
  });
});

describe('readScenarioUrl', () => {
  // A host that never answers: the fetch settles only when its signal aborts.
  const hang = vi.fn((_url: URL, init: RequestInit) => new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));

  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', { location: { href: 'http://127.0.0.1:4317/' } });
    vi.stubGlobal('fetch', hang);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up on a host that does not answer, after the stated limit, naming the host', async () => {
    const result = readScenarioUrl('https://slow.example/a.json');
    await vi.advanceTimersByTimeAsync(LINK_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual({ ok: false, errors: ['(root): slow.example did not answer within 15 s; the server may be down or slow. Try the link again later, or ask for the file itself.'] });
  });

  it('stops at once when the reader cancels', async () => {
    const controller = new AbortController();
    const result = readScenarioUrl('https://slow.example/a.json', { signal: controller.signal });
    controller.abort();
    expect(await result).toEqual({ ok: false, errors: ['(root): the download was cancelled'] });
  });

  it('counts a download that starts but never ends against the limit too', async () => {
    // As a real fetch does, aborting its signal errors the body it is still reading.
    vi.stubGlobal('fetch', (_url: URL, init: RequestInit) => {
      const stalled = new ReadableStream<Uint8Array>({
        start: (c) => {
          c.enqueue(new TextEncoder().encode('{"format"'));
          init.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return Promise.resolve(new Response(stalled, { headers: { 'content-type': 'application/json' } }));
    });
    const result = readScenarioUrl('https://slow.example/a.json', { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await result).toEqual({ ok: false, errors: [expect.stringContaining('slow.example did not answer within 1 s')] });
  });
});
