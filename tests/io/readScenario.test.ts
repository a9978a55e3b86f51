import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeProgress, LINK_TIMEOUT_MS, readScenarioFile, readScenarioUrl, scenarioAddress, type LoadProgress } from '../../src/io/readScenario';
import { coolLayout } from '../../src/layout/layoutStream';
import { startCheckerEarly, takeEarlyChecker } from '../../src/io/earlyChecker';
import { syntheticScenario } from '../../scripts/synthetic';

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

describe('progress while a scenario comes in', () => {
  it('is said in words: the bytes read, then what is being checked', () => {
    expect(describeProgress({ stage: 'reading', bytes: 0, total: 7_600_000 })).toBe('Reading 7.2 MiB\u2026');
    expect(describeProgress({ stage: 'reading', bytes: 2_200_000, total: 7_600_000 })).toBe('Reading 2.1 of 7.2 MiB\u2026');
    expect(describeProgress({ stage: 'reading', bytes: 600_000, total: null })).toBe('Reading 585.9 KiB\u2026');
    expect(describeProgress({ stage: 'checking', actors: 5000, relations: 15000 })).toBe('Checking 5,000 actors and 15,000 relations\u2026');
    expect(describeProgress({ stage: 'checking', actors: 1, relations: 1 })).toBe('Checking 1 actor and 1 relation\u2026');
  });

  it('a download reports its bytes as they come, and a file its size, then its check', async () => {
    vi.stubGlobal('window', { location: { href: 'http://127.0.0.1:4317/' } });
    const text = JSON.stringify(syntheticScenario(6));
    const bytes = new TextEncoder().encode(text);
    const half = Math.floor(bytes.length / 2);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(c) {
              c.enqueue(bytes.slice(0, half));
              c.enqueue(bytes.slice(half));
              c.close();
            },
          }),
          { headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) } },
        ),
      ),
    );
    try {
      const seen: LoadProgress[] = [];
      const result = await readScenarioUrl('https://host.example/s.json', { onProgress: (p) => seen.push(p) });
      expect(result.ok).toBe(true);
      expect(seen).toEqual([
        { stage: 'reading', bytes: half, total: bytes.length },
        { stage: 'reading', bytes: bytes.length, total: bytes.length },
      ]);
      const fromFile: LoadProgress[] = [];
      expect((await readScenarioFile(new Blob([text]), { onProgress: (p) => fromFile.push(p) })).ok).toBe(true);
      expect(fromFile).toEqual([{ stage: 'reading', bytes: 0, total: bytes.length }]);
      // A file cancelled before its check is not checked.
      const controller = new AbortController();
      controller.abort();
      expect(await readScenarioFile(new Blob([text]), { signal: controller.signal })).toEqual({ ok: false, errors: ['(root): cancelled'] });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('checking in a worker', () => {
  /** Stands in for both workers: the checker answers as load.worker.ts does, with the counts first. */
  class FakeWorker {
    static made: { url: string; worker: FakeWorker }[] = [];
    static refuse = false;
    static garble = false;
    onmessage: ((event: MessageEvent) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor(url: URL | string) {
      FakeWorker.made.push({ url: String(url), worker: this });
    }
    postMessage(text: string) {
      const scenario = JSON.parse(text) as { actors: unknown[]; relations: unknown[] };
      queueMicrotask(() => {
        this.onmessage?.({ data: { type: 'checking', actors: scenario.actors.length, relations: scenario.relations.length } } as MessageEvent);
        const result = FakeWorker.refuse ? { ok: false, errors: ['actors.0.name: Required'] } : { ok: true, scenario, warnings: [] };
        this.onmessage?.({ data: { type: 'result', json: FakeWorker.garble ? '{"ok": tru' : JSON.stringify(result) } } as MessageEvent);
      });
    }
    terminate() {
      this.terminated = true;
    }
  }

  beforeEach(() => {
    FakeWorker.made = [];
    FakeWorker.refuse = false;
    FakeWorker.garble = false;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    coolLayout();
    vi.unstubAllGlobals();
  });

  const layoutWorkers = () => FakeWorker.made.filter((m) => m.url.includes('layout.worker'));

  it('starts a big network\u2019s layout worker as soon as the counts say it is big, before the check ends', async () => {
    const result = await readScenarioFile(new Blob([JSON.stringify(syntheticScenario(300))]));
    expect(result.ok).toBe(true);
    expect(FakeWorker.made.map((m) => m.url.includes('load.worker'))).toEqual([true, false]);
    expect(layoutWorkers()).toHaveLength(1);
    expect(layoutWorkers()[0]!.worker.terminated).toBe(false);
  });

  it('ends that worker when the check refuses the file', async () => {
    FakeWorker.refuse = true;
    const result = await readScenarioFile(new Blob([JSON.stringify(syntheticScenario(300))]));
    expect(result.ok).toBe(false);
    expect(layoutWorkers()).toHaveLength(1);
    expect(layoutWorkers()[0]!.worker.terminated).toBe(true);
  });

  it('a result that is not one (broken JSON) is not taken: the page checks the file itself', async () => {
    FakeWorker.garble = true;
    const s = syntheticScenario(20);
    const result = await readScenarioFile(new Blob([JSON.stringify(s)]));
    expect(result.ok && result.scenario.actors.map((a) => a.id)).toEqual(s.actors.map((a) => a.id));
  });

  it('takes over the checker a linked page started from its first script, rather than starting another', async () => {
    startCheckerEarly();
    startCheckerEarly();
    expect(FakeWorker.made).toHaveLength(1);
    const result = await readScenarioFile(new Blob([JSON.stringify(syntheticScenario(20))]));
    expect(result.ok).toBe(true);
    expect(FakeWorker.made.filter((m) => m.url.includes('load.worker'))).toHaveLength(1);
    expect(takeEarlyChecker()).toBeNull();
  });

  it('starts none for a small one', async () => {
    await readScenarioFile(new Blob([JSON.stringify(syntheticScenario(20))]));
    expect(layoutWorkers()).toHaveLength(0);
  });
});
