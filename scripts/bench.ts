/**
 * `npm run bench`: builds the app, serves dist/ and measures it in Debian's Chromium on the
 * built-in scenario and on synthetic ones of 6, 100, 1,000, 3,000 and 5,000 actors (5,000
 * actors and 15,000 relations: within the loader's caps of 5,000 and 20,000).
 *
 *   npm run bench                          all scenarios, 5 runs each
 *   npm run bench -- --sizes=default,6,100 --runs=3
 *   npm run bench -- --json                the same figures as JSON on stdout
 *   npm run bench -- --smoke               default and 6 actors, 2 runs: for CI, exits 0 unless the app does not draw
 *   npm run bench -- --no-build            reuse dist/ as it is
 *
 * Figures: gzip bytes of the JS and CSS loaded at start-up (once per build); per scenario,
 * time to the first drawn network and to rest, the longest frame during load and during
 * zoom/pan, frame times during zoom/pan, click-to-panel time, the JS heap, and the gzip bytes
 * of every JS file the page and its workers fetch in the first 5 s of a visit left alone (a
 * second load in a fresh context, so the clicks and zooms load nothing into it). Each is the
 * median of the runs, with min and max. With the 1,000-actor scenario, the editor too:
 * keystroke → paint, and the frames saves fall in (scripts/bench-editor.ts); with the 3,000-actor
 * one, saving a picture of it as SVG and PNG (scripts/bench-export.ts). Results go to bench/results/ (latest.md and a dated
 * JSON file with every run); a smoke run writes to bench/tmp/ instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { buildId, CHROMIUM_PATH, freePort, haveChromium, LAUNCH_ARGS, loadAverage, machineInfo, measuredOn, message, sleep, VIEWPORT, viteBuild, withTimeout } from '../bench/lib/browser';
import { markdownReport, textReport } from '../bench/lib/format';
import { recordLoadedJs, servedFrom } from '../bench/lib/loadedJs';
import { FREE_POINT, INIT_SCRIPT, MIDDLE_NODE, milestones, PAGE_PROBLEM } from '../bench/lib/page';
import { percentile, summarize } from '../bench/lib/stats';
import type { BenchReport, BundleResult, Environment, MetricKey, RunResult, ScenarioResult } from '../bench/lib/types';
import { measureEditor } from './bench-editor';
import { measureExport } from './bench-export';
import { syntheticScenario } from './synthetic';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const ALL_SIZES = ['default', '6', '100', '1000', '3000', '5000'];
const GESTURE_MS = 3000;
const QUIET_MS = 500;
const INPUT_INTERVAL_MS = 1000 / 60;
const CLICK_TIMEOUT_MS = 15_000;
/** JS counted for a visit: what the page and its workers ask for in its first 5 s. */
const JS_WINDOW_MS = 5000;

// ---------------------------------------------------------------------------- options

interface Options {
  json: boolean;
  smoke: boolean;
  build: boolean;
  runs: number;
  sizes: string[];
}

function usage(message?: string): never {
  if (message) process.stderr.write(`bench: ${message}\n`);
  process.stderr.write('usage: npm run bench -- [--json] [--smoke] [--no-build] [--runs=N] [--sizes=default,6,100,1000,3000,5000]\n');
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const o: Options = { json: false, smoke: false, build: true, runs: 5, sizes: ALL_SIZES };
  let runsGiven = false;
  let sizesGiven = false;
  for (const arg of argv) {
    if (arg === '--json') o.json = true;
    else if (arg === '--smoke') o.smoke = true;
    else if (arg === '--no-build') o.build = false;
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--runs=')) {
      o.runs = Number(arg.slice(7));
      runsGiven = true;
      if (!Number.isInteger(o.runs) || o.runs < 1 || o.runs > 50) usage(`--runs must be a whole number from 1 to 50, got "${arg.slice(7)}"`);
    } else if (arg.startsWith('--sizes=')) {
      o.sizes = arg.slice(8).split(',').map((s) => s.trim()).filter(Boolean);
      sizesGiven = true;
      for (const s of o.sizes) {
        const n = Number(s);
        if (s !== 'default' && !(Number.isInteger(n) && n >= 1 && n <= 5000)) usage(`--sizes takes "default" and actor counts from 1 to 5000, got "${s}"`);
      }
      if (o.sizes.length === 0) usage('--sizes is empty');
    } else usage(`unknown option "${arg}"`);
  }
  if (o.smoke) {
    if (runsGiven || sizesGiven) usage('--smoke sets its own --sizes and --runs');
    o.sizes = ['default', '6'];
    o.runs = 2;
  }
  return o;
}

// ---------------------------------------------------------------------------- helpers

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Polls an expression in the page until it is true. (Playwright's waitForFunction compiles
 * its predicate with eval, which the app's Content-Security-Policy refuses; page.evaluate of
 * a string does not.)
 */
async function waitForTrue(page: Page, expression: string, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate<boolean>(expression)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(50);
  }
}

const READY = "document.documentElement.dataset.ready === 'true'";
/**
 * The scenario `id` is drawn: a linked one loads beside the built-in scenario, which is drawn
 * first, so 'ready' alone would time the wrong picture.
 */
const drawnExpr = (id: string) => `document.documentElement.dataset.drawn === ${JSON.stringify(id)}`;

/** How long a scenario of this size may take to draw, and then to come to rest. */
function budgetMs(actors: number): number {
  if (actors <= 100) return 30_000;
  if (actors <= 1000) return 60_000;
  return 120_000;
}

const MB = 1024 * 1024;
const round1 = (v: number) => Math.round(v * 10) / 10;

// ---------------------------------------------------------------------------- scenarios

interface Spec {
  name: string;
  /** The synthetic file under dist/ and its text, rewritten if a rebuild removed it. */
  file: string | null;
  text: string | null;
  /** The scenario's id, which the page names in data-drawn once it is on screen. */
  id: string;
  /** Path relative to the served root, with its query. */
  path: string;
  actors: number;
  relations: number;
  jsonBytes: number | null;
  names: Map<string, string>;
}

interface ScenarioLike {
  id: string;
  actors: { id: string; name: string }[];
  relations: unknown[];
}

function prepareScenarios(sizes: string[]): Spec[] {
  mkdirSync('dist/bench', { recursive: true });
  return sizes.map((size) => {
    if (size === 'default') {
      const s = JSON.parse(readFileSync('data/kremlin-meeting.json', 'utf8')) as ScenarioLike;
      return { name: 'default', id: s.id, file: null, text: null, path: '', actors: s.actors.length, relations: s.relations.length, jsonBytes: null, names: new Map(s.actors.map((a) => [a.id, a.name])) };
    }
    const n = Number(size);
    const s = syntheticScenario(n);
    const text = JSON.stringify(s);
    const file = `bench/synthetic-${n}.json`;
    writeFileSync(`dist/${file}`, text);
    return {
      name: String(n),
      id: s.id,
      file: `dist/${file}`,
      text,
      path: `?scenario=${file}`,
      actors: s.actors.length,
      relations: s.relations.length,
      jsonBytes: Buffer.byteLength(text),
      names: new Map(s.actors.map((a) => [a.id, a.name])),
    };
  });
}

// ---------------------------------------------------------------------------- measuring

interface Milestones {
  ready: boolean;
  settled: boolean;
  readyAt: number | null;
  settledMarks: number[];
}

function emptyRun(): RunResult {
  return {
    ok: false,
    readyMs: null,
    settledMs: null,
    loadLongestFrameMs: null,
    loadLongFrames: null,
    gestureFrameMedianMs: null,
    settlingFrameMedianMs: null,
    settlingFrames: null,
    gestureFrameP95Ms: null,
    gestureFrames: null,
    gestureEvents: null,
    interactionLongestFrameMs: null,
    clickToPanelMs: null,
    clickedActor: null,
    heapMB: null,
    heapNoGcMB: null,
    jsFirst5sKB: null,
    stepErrors: {},
    pageErrors: [],
    wallMs: 0,
  };
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT });
}

/** One run: fills `r` as it goes, so a timeout keeps what was measured. */
async function measureRun(context: BrowserContext, base: string, spec: Spec, r: RunResult): Promise<void> {
  const budget = budgetMs(spec.actors);
  const page = await context.newPage();
  page.on('pageerror', (e) => r.pageErrors.push(message(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') r.pageErrors.push(`console: ${m.text().slice(0, 300)}`);
  });
  await page.addInitScript({ content: INIT_SCRIPT });
  const cdp = await context.newCDPSession(page);

  // 1. First drawn network.
  await page.goto(base + spec.path, { waitUntil: 'commit', timeout: budget });
  try {
    await waitForTrue(page, drawnExpr(spec.id), budget, 'first draw');
  } catch (err) {
    const shows = await page.evaluate<string>(PAGE_PROBLEM).catch(() => '');
    throw new Error(`not drawn within ${budget / 1000} s${shows ? `; the page shows: ${shows}` : ''} (${message(err)})`, { cause: err });
  }
  const drawn = await page.evaluate<number>("document.querySelectorAll('g[data-actor]').length");
  if (drawn !== spec.actors) {
    const shows = await page.evaluate<string>(PAGE_PROBLEM).catch(() => '');
    throw new Error(`drew ${drawn} actors, expected ${spec.actors}${shows ? `; the page shows: ${shows}` : ''}`);
  }
  r.ok = true;

  // 2. At rest: data-settled and no new 'settled' mark for QUIET_MS.
  const deadline = Date.now() + budget;
  let marks = -1;
  let changed = Date.now();
  let m: Milestones;
  for (;;) {
    m = await page.evaluate<Milestones>(milestones(spec.id));
    if (m.settledMarks.length !== marks) {
      marks = m.settledMarks.length;
      changed = Date.now();
    }
    if (m.settled && marks > 0 && Date.now() - changed >= QUIET_MS) break;
    if (Date.now() > deadline) throw new Error(`drawn, but not at rest within ${budget / 1000} s`);
    await sleep(100);
  }
  r.readyMs = m.readyAt;
  const after = m.settledMarks.filter((t) => m.readyAt === null || t >= m.readyAt);
  r.settledMs = after.at(-1) ?? null;

  const step = async (name: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      r.stepErrors[name] = message(err);
    }
  };

  await step('load frames', async () => {
    const longest = await page.evaluate<{ max: number; count: number }>(`window.__bench.longest(0, ${r.settledMs ?? 'performance.now()'})`);
    r.loadLongestFrameMs = longest.max;
    r.loadLongFrames = longest.count;
  });

  await step('heap', async () => {
    const used = "performance.memory ? performance.memory.usedJSHeapSize : null";
    const before = await page.evaluate<number | null>(used);
    await cdp.send('HeapProfiler.collectGarbage');
    let afterGc = await page.evaluate<number | null>(used);
    if (afterGc === null) afterGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    r.heapNoGcMB = before === null ? null : round1(before / MB);
    r.heapMB = round1(afterGc / MB);
  });

  // 3. Scripted wheel zoom, then drag pan, over the network's background.
  await step('zoom/pan', async () => {
    const pt = await page.evaluate<{ x: number; y: number; free: boolean } | null>(FREE_POINT);
    if (!pt) throw new Error('no network svg');
    await page.mouse.move(pt.x, pt.y);
    await sleep(100);
    await page.evaluate('window.__bench.startFrames()');
    // Input at most once per 60 Hz frame: each event waits for its turn, and for the page
    // to take the one before (so a page that falls behind gets fewer events, not a queue).
    const t0 = Date.now();
    let events = 0;
    const pace = async () => {
      events++;
      const wait = t0 + events * INPUT_INTERVAL_MS - Date.now();
      if (wait > 0) await sleep(wait);
    };
    for (let i = 0; Date.now() - t0 < GESTURE_MS / 2; i++) {
      await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -100 : 100); // 8 notches in, 8 out
      await pace();
    }
    await page.mouse.down();
    for (let a = 0; Date.now() - t0 < GESTURE_MS; a += 0.06) {
      await page.mouse.move(pt.x + 120 * Math.sin(a), pt.y + 80 * (1 - Math.cos(a))); // a loop back to the start
      await pace();
    }
    await page.mouse.up();
    const frames = await page.evaluate<{ start: number; end: number; deltas: number[] }>('window.__bench.stopFrames()');
    r.gestureEvents = events;
    r.gestureFrames = frames.deltas.length;
    if (frames.deltas.length) {
      r.gestureFrameMedianMs = round1(percentile(frames.deltas, 50));
      r.gestureFrameP95Ms = round1(percentile(frames.deltas, 95));
    }
    await sleep(200); // long frames are reported after they end
    const longest = await page.evaluate<{ max: number }>(`window.__bench.longest(${frames.start}, ${frames.end})`);
    r.interactionLongestFrameMs = longest.max;
  });

  // 4. Click an actor near the middle; time until the panel shows them, painted.
  await step('click', async () => {
    await sleep(300);
    const node = await page.evaluate<{ id: string; x: number; y: number } | null>(MIDDLE_NODE);
    if (!node) throw new Error('no actor near the middle of the network to click');
    const name = spec.names.get(node.id);
    if (!name) throw new Error(`clicked an unknown actor "${node.id}"`);
    r.clickedActor = node.id;
    await page.evaluate(`window.__bench.armClick(${JSON.stringify(name)}, ${CLICK_TIMEOUT_MS})`);
    await page.mouse.click(node.x, node.y);
    r.clickToPanelMs = round1(await page.evaluate<number>('window.__bench.click'));
  });

  // 5. Zoom while the layout still moves: a second load, wheel zoom from the first draw
  // until the layout is at rest (a network laid out before its first draw is at rest at once).
  await step('zoom while settling', async () => {
    await page.goto(base + spec.path, { waitUntil: 'commit', timeout: budget });
    await waitForTrue(page, drawnExpr(spec.id), budget, 'first draw');
    const moving = "document.documentElement.dataset.settled !== 'true'";
    if (!(await page.evaluate<boolean>(moving))) return;
    const pt = await page.evaluate<{ x: number; y: number } | null>(FREE_POINT);
    if (!pt) throw new Error('no network svg');
    await page.mouse.move(pt.x, pt.y);
    await page.evaluate('window.__bench.startFrames()');
    const until = Date.now() + budget;
    for (let i = 0; Date.now() < until && (await page.evaluate<boolean>(moving)); i++) {
      await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -100 : 100);
      await sleep(INPUT_INTERVAL_MS);
    }
    const frames = await page.evaluate<{ deltas: number[] }>('window.__bench.stopFrames()');
    r.settlingFrames = frames.deltas.length;
    if (frames.deltas.length) r.settlingFrameMedianMs = round1(percentile(frames.deltas, 50));
  });

  for (const key of ['readyMs', 'settledMs', 'loadLongestFrameMs', 'interactionLongestFrameMs'] as const) {
    const v = r[key];
    if (v !== null) r[key] = round1(v);
  }
}

/** Gzip KB of the JS a visit left alone loads in its first JS_WINDOW_MS, in its own fresh context. */
async function measureLoadedJs(browser: Browser, base: string, spec: Spec, r: RunResult): Promise<void> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const recorder = recordLoadedJs(page, JS_WINDOW_MS, base, servedFrom(base));
    const started = Date.now();
    await page.goto(base + spec.path, { waitUntil: 'commit', timeout: budgetMs(spec.actors) });
    await sleep(Math.max(0, JS_WINDOW_MS - (Date.now() - started)));
    const js = await recorder.stop();
    r.jsFirst5sKB = round1(js.gzipBytes / 1024);
    if (js.missed) r.stepErrors['JS in first 5 s'] = `${js.missed} script(s) could not be read and are not counted`;
  } catch (err) {
    r.stepErrors['JS in first 5 s'] = message(err);
  } finally {
    await context.close().catch(() => {});
  }
}

async function runOnce(browser: Browser, base: string, spec: Spec): Promise<RunResult> {
  const r = emptyRun();
  const started = Date.now();
  const context = await newContext(browser);
  try {
    await withTimeout(measureRun(context, base, spec, r), budgetMs(spec.actors) * 2 + 60_000, 'the run');
  } catch (err) {
    r.error = message(err);
  } finally {
    await context.close().catch(() => {});
  }
  if (r.ok) await measureLoadedJs(browser, base, spec, r);
  r.wallMs = Date.now() - started;
  return r;
}

/** Gzipped JS and CSS of the first page, up to the first drawn network; and which long-frame API the browser has. */
async function measureBundle(browser: Browser, base: string): Promise<{ bundle: BundleResult; api: string }> {
  const context = await newContext(browser);
  const files = new Map<string, Promise<BundleResult['files'][number]>>();
  let recording = true;
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: INIT_SCRIPT });
    page.on('response', (resp) => {
      const type = resp.request().resourceType();
      if (!recording || (type !== 'script' && type !== 'stylesheet') || files.has(resp.url())) return;
      files.set(
        resp.url(),
        resp.body().then((body) => ({ url: resp.url().replace(base, ''), type, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length })),
      );
    });
    const work = async () => {
      await page.goto(base, { waitUntil: 'commit' });
      await waitForTrue(page, READY, 30_000, 'first draw');
      recording = false;
      const list = await Promise.all(files.values());
      const api = await page.evaluate<string>('window.__bench.api');
      const sum = (type: string) => list.filter((f) => f.type === type).reduce((s, f) => s + f.gzipBytes, 0);
      return { bundle: { files: list, jsGzipBytes: sum('script'), cssGzipBytes: sum('stylesheet'), totalGzipBytes: sum('script') + sum('stylesheet') }, api };
    };
    return await withTimeout(work(), 60_000, 'measuring the start-up JS and CSS');
  } catch (err) {
    return { bundle: { files: [], jsGzipBytes: 0, cssGzipBytes: 0, totalGzipBytes: 0, error: message(err) }, api: 'unknown' };
  } finally {
    await context.close().catch(() => {});
  }
}

function summarizeScenario(spec: Spec, runs: RunResult[]): ScenarioResult {
  const ok = runs.filter((r) => r.ok);
  const keys: MetricKey[] = [
    'readyMs',
    'settledMs',
    'loadLongestFrameMs',
    'gestureFrameMedianMs',
    'gestureFrameP95Ms',
    'interactionLongestFrameMs',
    'settlingFrameMedianMs',
    'clickToPanelMs',
    'heapMB',
    'jsFirst5sKB',
  ];
  const summary = Object.fromEntries(keys.map((k) => [k, summarize(ok.map((r) => r[k]))]));
  const result: ScenarioResult = {
    name: spec.name,
    path: `/${spec.path}`,
    actors: spec.actors,
    relations: spec.relations,
    jsonBytes: spec.jsonBytes,
    runs,
    summary,
  };
  if (ok.length === 0) result.error = runs.find((r) => r.error)?.error ?? 'the network was never drawn';
  return result;
}

// ---------------------------------------------------------------------------- main

function build(): void {
  if (viteBuild([], (line) => log(`bench: ${line}`), 'building the app (vite build)')) return;
  log('bench: nothing was measured');
  process.exit(1);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const options = parseOptions(args);
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const started = Date.now();
  const loadStart = loadAverage();

  if (options.build) build();
  else if (!existsSync('dist/index.html')) usage('--no-build needs a built dist/ (run npx vite build first)');
  const specs = prepareScenarios(options.sizes);
  for (const s of specs) {
    if (s.jsonBytes !== null) log(`bench: dist/bench/synthetic-${s.name}.json: ${s.actors} actors, ${s.relations} relations, ${(s.jsonBytes / MB).toFixed(2)} MiB`);
  }

  // Never hang: a hard stop well beyond the sum of every run's own timeout.
  const overallMs = 300_000 + specs.reduce((t, s) => t + options.runs * (budgetMs(s.actors) * 2 + 60_000 + JS_WINDOW_MS + 10_000), 0);
  const overall = setTimeout(() => {
    log(`bench: stopped after ${Math.round(overallMs / 60_000)} min (overall timeout)`);
    process.exit(1);
  }, overallMs);
  overall.unref();

  const executablePath = CHROMIUM_PATH;
  if (!haveChromium((line) => log(`bench: ${line}`))) return 1;

  const port = await freePort();
  const server: PreviewServer = await preview({ preview: { port, strictPort: true, host: '127.0.0.1', open: false }, logLevel: 'warn' });
  const base = `http://127.0.0.1:${port}/`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: 60_000 });
    const info = machineInfo();
    log(`bench: Chromium ${browser.version()} on ${info.cpu} × ${info.cores}; serving dist/ at ${base}`);

    const { bundle, api } = await measureBundle(browser, base);
    log(`bench: start-up JS + CSS ${bundle.error ? `error: ${bundle.error}` : `${(bundle.totalGzipBytes / 1024).toFixed(1)} KB gzip`}; long frames via ${api}`);

    // dist/ is shared with whoever else builds in this checkout: notice a rebuild mid-bench.
    const servedBuild = buildId();
    const warnings: string[] = [];
    const scenarios: ScenarioResult[] = [];
    for (const spec of specs) {
      const runs: RunResult[] = [];
      for (let i = 0; i < options.runs; i++) {
        if (buildId() !== servedBuild) {
          const w = 'dist/ was rebuilt by something else during the bench: later runs measured another build';
          if (!warnings.includes(w)) warnings.push(w);
          log(`bench: warning: ${w}`);
        }
        if (spec.file && spec.text !== null && !existsSync(spec.file)) {
          mkdirSync('dist/bench', { recursive: true });
          writeFileSync(spec.file, spec.text);
        }
        const r = await runOnce(browser, base, spec);
        runs.push(r);
        const errs = [r.error, ...Object.entries(r.stepErrors).map(([k, v]) => `${k}: ${v}`)].filter(Boolean);
        log(
          `bench: ${spec.name} run ${i + 1}/${options.runs}: ` +
            (r.ok ? `ready ${r.readyMs} ms, settled ${r.settledMs} ms, click ${r.clickToPanelMs} ms, heap ${r.heapMB} MB, JS in 5 s ${r.jsFirst5sKB} KB` : 'not drawn') +
            ` (${(r.wallMs / 1000).toFixed(1)} s)` +
            (errs.length ? ` — ${errs.join('; ')}` : ''),
        );
        if (!r.ok && runs.length >= 2 && runs.every((x) => !x.ok)) break; // it does not draw: no use trying again
      }
      scenarios.push(summarizeScenario(spec, runs));
    }
    // The editor is measured on the 1,000-actor scenario, when that is measured.
    const big = options.smoke ? undefined : specs.find((s) => s.actors === 1000 && s.file);
    const editor = big ? await measureEditor(browser, base, big, options.runs, log) : undefined;
    // Exporting a picture is measured on the 3,000-actor scenario, when that is measured.
    const biggest = options.smoke ? undefined : specs.find((s) => s.actors === 3000 && s.file);
    const exportImage = biggest ? await measureExport(browser, base, biggest, options.runs, log) : undefined;

    const env: Environment = { ...measuredOn(browser.version(), executablePath, loadStart, servedBuild), longFrameApi: api };
    const report: BenchReport = {
      command,
      environment: env,
      runsPerScenario: options.runs,
      bundle,
      scenarios,
      ...(editor ? { editor } : {}),
      ...(exportImage ? { exportImage } : {}),
      warnings,
      wallSeconds: Math.round((Date.now() - started) / 1000),
    };

    const dir = options.smoke ? 'bench/tmp' : 'bench/results';
    mkdirSync(dir, { recursive: true });
    const full = options.sizes.join(',') === ALL_SIZES.join(',');
    const jsonFile = options.smoke ? `${dir}/smoke.json` : `${dir}/${env.date}-${env.machineId}${full ? '' : `-${options.sizes.join('_')}`}.json`;
    const mdFile = options.smoke ? `${dir}/smoke.md` : `${dir}/latest.md`;
    writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(mdFile, markdownReport(report));

    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${textReport(report)}\n`);
    log(`bench: wrote ${jsonFile} and ${mdFile} in ${report.wallSeconds} s`);
    // Fail only when the app did not draw at all; slow numbers are reported, not judged.
    return scenarios.some((s) => s.error) ? 1 : 0;
  } finally {
    await browser?.close().catch(() => {});
    await server.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
