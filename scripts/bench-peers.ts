/**
 * `npm run bench:peers`: Standpoint against the tools people would otherwise reach for, in one
 * run on one machine, on the same synthetic scenarios (scripts/synthetic.ts) loaded through
 * `?scenario=`: a plain d3-force SVG page, vis-network, Cytoscape.js + fcose, and sigma.js on
 * graphology with ForceAtlas2 in a worker (the pages are in bench/peers/).
 *
 *   npm run bench:peers                          6, 100, 1,000, 3,000 and 5,000 actors, 3 runs
 *   npm run bench:peers -- --sizes=6,100 --runs=1
 *   npm run bench:peers -- --tools=standpoint,d3
 *   npm run bench:peers -- --no-build           reuse dist/ and bench/tmp/peers/ as they are
 *   npm run bench:peers -- --json               the report as JSON on stdout
 *
 * It builds the app into dist/ as `npm run bench` does and the peer pages with their own
 * config (bench/peers/vite.config.ts, into bench/tmp/peers/), copies those pages and the
 * scenarios into dist/bench/ and serves dist/ with vite preview. Each load is a fresh browser
 * given 15 s; the tools take turns within each run, so they share the machine's mood.
 * Per load: time to the first picture, time to at rest (or "never"), and the gzip -9 bytes of
 * the JS the page and its workers fetched in its first 5 s. Results go to
 * bench/results/peers-<date>-<machine>[-<sizes>-r<runs>].json; a full run (every size and
 * tool, 3 runs or more) also writes bench/results/peers-latest.md. The markdown is printed.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { buildId, CHROMIUM_PATH, freePort, haveChromium, LAUNCH_ARGS, loadAverage, machineInfo, measuredOn, message, sleep, VIEWPORT, viteBuild, withTimeout } from '../bench/lib/browser';
import { recordLoadedJs, servedFrom } from '../bench/lib/loadedJs';
import { PAGE_PROBLEM, PEER_STATE, standpointState } from '../bench/lib/page';
import { peersMarkdownReport } from '../bench/lib/peersFormat';
import { medianOrNever, summarize } from '../bench/lib/stats';
import { PEER_TOOLS, type PeerCell, type PeerLoad, type PeersReport, type PeerTool } from '../bench/lib/types';
import { syntheticScenario } from './synthetic';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
process.chdir(ROOT);

const ALL_SIZES = [6, 100, 1000, 3000, 5000];
const TIMEOUT_MS = 15_000;
const JS_WINDOW_MS = 5000;
/** Standpoint is at rest once its last 'settled' mark has stood this long. */
const QUIET_MS = 500;
/** How long a page held up at the timeout is given to say what it did before it. */
const GRACE_MS = 10_000;
const PEERS_BUILD = 'bench/tmp/peers';
const VERSIONED = ['d3-force', 'd3-selection', 'vis-network', 'cytoscape', 'cytoscape-fcose', 'sigma', 'graphology', 'graphology-layout-forceatlas2'];

const log = (line: string) => process.stderr.write(`bench:peers: ${line}\n`);

// ---------------------------------------------------------------------------- options

interface Options {
  json: boolean;
  build: boolean;
  runs: number;
  sizes: number[];
  tools: PeerTool[];
}

function usage(text?: string): never {
  if (text) log(text);
  process.stderr.write(`usage: npm run bench:peers -- [--json] [--no-build] [--runs=N] [--sizes=${ALL_SIZES.join(',')}] [--tools=${PEER_TOOLS.join(',')}]\n`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const o: Options = { json: false, build: true, runs: 3, sizes: ALL_SIZES, tools: [...PEER_TOOLS] };
  for (const arg of argv) {
    if (arg === '--json') o.json = true;
    else if (arg === '--no-build') o.build = false;
    else if (arg === '--help' || arg === '-h') usage();
    else if (arg.startsWith('--runs=')) {
      o.runs = Number(arg.slice(7));
      if (!Number.isInteger(o.runs) || o.runs < 1 || o.runs > 20) usage(`--runs must be a whole number from 1 to 20, got "${arg.slice(7)}"`);
    } else if (arg.startsWith('--sizes=')) {
      o.sizes = arg.slice(8).split(',').filter(Boolean).map(Number);
      if (o.sizes.length === 0 || o.sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 5000)) usage(`--sizes takes actor counts from 1 to 5000, got "${arg.slice(8)}"`);
    } else if (arg.startsWith('--tools=')) {
      const tools = arg.slice(8).split(',').filter(Boolean);
      const unknown = tools.filter((t) => !(PEER_TOOLS as readonly string[]).includes(t));
      if (tools.length === 0 || unknown.length) usage(`--tools takes ${PEER_TOOLS.join(', ')}; got "${unknown.join(',') || arg}"`);
      o.tools = PEER_TOOLS.filter((t) => tools.includes(t));
    } else usage(`unknown option "${arg}"`);
  }
  return o;
}

// ---------------------------------------------------------------------------- scenarios and pages

interface Spec {
  actors: number;
  relations: number;
  id: string;
  /** Where it is served from, under dist/, and its text (rewritten if a rebuild removed it). */
  file: string;
  text: string;
}

function prepare(sizes: number[]): Spec[] {
  mkdirSync('dist/bench', { recursive: true });
  rmSync('dist/bench/peers', { recursive: true, force: true });
  cpSync(PEERS_BUILD, 'dist/bench/peers', { recursive: true });
  return sizes.map((actors) => {
    const s = syntheticScenario(actors);
    const text = JSON.stringify(s);
    const file = `bench/synthetic-${actors}.json`;
    writeFileSync(`dist/${file}`, text);
    return { actors, relations: s.relations.length, id: s.id, file, text };
  });
}

/** The address of a scenario in a tool, relative to the served root. */
function pathFor(tool: PeerTool, spec: Spec): string {
  if (tool === 'builtin') return '';
  return tool === 'standpoint' ? `?scenario=${spec.file}` : `bench/peers/${tool}.html?scenario=../synthetic-${spec.actors}.json`;
}

/** The built-in scenario, which `builtin` loads in place of the synthetic file. */
const BUILTIN = (() => {
  const s = JSON.parse(readFileSync('data/kremlin-meeting.json', 'utf8')) as { id: string; actors: unknown[] };
  return { id: s.id, actors: s.actors.length };
})();

/** Whether a tool is Standpoint itself (a linked file, or its built-in scenario). */
const isStandpoint = (tool: PeerTool) => tool === 'standpoint' || tool === 'builtin';

/** The tools measured at a size: the built-in scenario only beside the smallest file. */
function toolsAt(tools: readonly PeerTool[], actors: number, sizes: readonly number[]): PeerTool[] {
  return tools.filter((t) => t !== 'builtin' || actors === Math.min(...sizes));
}

function versions(): Record<string, string> {
  return Object.fromEntries(
    VERSIONED.map((name) => {
      try {
        return [name, (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version];
      } catch {
        return [name, 'unknown'];
      }
    }),
  );
}

// ---------------------------------------------------------------------------- one load

interface PeerState {
  first: number | null;
  rest: number | null;
  restNote: string | null;
  nodes: number | null;
  error: string | null;
}

interface StandpointState {
  evaluated: number | null;
  first: number | null;
  settled: boolean;
  settledMarks: number[];
  nodes: number | null;
}

const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS, timeout: 60_000 });

/**
 * Loads `spec` in `tool` and waits for at rest (and at least the JS window), or the timeout.
 * Each load has a browser of its own: the GPU process is shared by a browser's pages, and
 * without a GPU it may go on drawing a closed WebGL page's frames in software for seconds,
 * which would slow whichever tool came next.
 */
async function measureLoad(base: string, tool: PeerTool, spec: Spec, run: number): Promise<PeerLoad> {
  const id = tool === 'builtin' ? BUILTIN.id : spec.id;
  const expected = tool === 'builtin' ? BUILTIN.actors : spec.actors;
  const load: PeerLoad = { tool, actors: spec.actors, run, firstMs: null, restMs: null, nodes: null, jsGzipBytes: null, jsFiles: [], pageErrors: [], wallMs: 0 };
  const started = Date.now();
  const browser = await launch();
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => load.pageErrors.push(message(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') load.pageErrors.push(`console: ${m.text().slice(0, 300)}`);
    });
    const recorder = recordLoadedJs(page, JS_WINDOW_MS, base, servedFrom(base));
    const t0 = Date.now();
    await page.goto(base + pathFor(tool, spec), { waitUntil: 'commit', timeout: TIMEOUT_MS });

    let marks = -1;
    let changed = Date.now();
    let atRest = false;
    let quieting = false; // Standpoint reads settled: is it still so QUIET_MS on?
    for (;;) {
      const elapsed = Date.now() - t0;
      // A page busy for seconds answers late: give up on it at the timeout.
      const left = TIMEOUT_MS + QUIET_MS + 200 - elapsed;
      if (left <= 0) break;
      if (isStandpoint(tool)) {
        const s = await withTimeout(page.evaluate<StandpointState>(standpointState(id)), left, 'reading the page').catch(() => null);
        if (s) load.evaluatedMs = s.evaluated;
        if (s?.first != null) {
          load.firstMs = s.first;
          load.nodes = s.nodes;
          const after = s.settledMarks.filter((t) => t >= (s.first ?? 0));
          if (after.length !== marks) {
            marks = after.length;
            changed = Date.now();
          }
          quieting = s.settled && (after.at(-1) ?? s.first) <= TIMEOUT_MS;
          if (s.settled && Date.now() - changed >= QUIET_MS) {
            load.restMs = after.at(-1) ?? s.first;
            atRest = true;
          }
        }
      } else {
        const s = await withTimeout(page.evaluate<PeerState>(PEER_STATE), left, 'reading the page').catch(() => null);
        if (s) {
          load.firstMs = s.first;
          load.nodes = s.nodes;
          load.restMs = s.rest;
          if (s.restNote) load.restNote = s.restNote;
          atRest = s.rest !== null;
          if (s.error) load.error = s.error;
        }
      }
      const now = Date.now() - t0;
      if (now >= JS_WINDOW_MS && (atRest || load.error || (now > TIMEOUT_MS && !quieting))) break;
      await sleep(50);
    }

    // A page whose main thread was held up may have set its marks in time yet answered late:
    // read them once more (what counts is when they were set).
    if (load.firstMs === null || (!isStandpoint(tool) && load.restMs === null)) {
      if (isStandpoint(tool)) {
        const s = await withTimeout(page.evaluate<StandpointState>(standpointState(id)), GRACE_MS, 'reading the page').catch(() => null);
        if (s?.first != null) {
          load.firstMs = s.first;
          load.nodes = s.nodes;
        }
      } else {
        const s = await withTimeout(page.evaluate<PeerState>(PEER_STATE), GRACE_MS, 'reading the page').catch(() => null);
        if (s) {
          load.firstMs = s.first;
          load.restMs = s.rest;
          load.nodes = s.nodes;
          if (s.restNote) load.restNote = s.restNote;
        }
      }
    }

    const js = await recorder.stop();
    load.jsGzipBytes = js.gzipBytes;
    load.jsFiles = js.files.map(({ url, gzipBytes, atMs }) => ({ url, gzipBytes, atMs }));
    if (js.missed) load.pageErrors.push(`${js.missed} script(s) could not be read and are not counted`);

    if (load.firstMs !== null && load.firstMs > TIMEOUT_MS) load.firstMs = null;
    if (load.restMs !== null && (load.firstMs === null || load.restMs > TIMEOUT_MS)) load.restMs = null;
    if (load.firstMs === null && !load.error) {
      const shows = isStandpoint(tool) ? await withTimeout(page.evaluate<string>(PAGE_PROBLEM), 2000, 'reading the page').catch(() => '') : '';
      load.error = `nothing drawn within ${TIMEOUT_MS / 1000} s${shows ? `; the page shows: ${shows}` : ''}`;
    } else if (load.firstMs !== null && load.nodes !== expected) {
      load.error = `drew ${load.nodes ?? 'no'} nodes, expected ${expected}`;
    }
  } catch (err) {
    load.error = message(err);
  } finally {
    await context.close().catch(() => {});
    await browser.close().catch(() => {});
    load.wallMs = Date.now() - started;
  }
  for (const key of ['firstMs', 'restMs', 'evaluatedMs'] as const) {
    const v = load[key];
    if (typeof v === 'number') load[key] = Math.round(v * 10) / 10;
  }
  return load;
}

function summarizeCell(tool: PeerTool, actors: number, loads: PeerLoad[]): PeerCell {
  const drew = loads.filter((l) => l.firstMs !== null);
  return {
    tool,
    actors,
    drew: drew.length,
    loads: loads.length,
    firstMs: summarize(drew.map((l) => l.firstMs)),
    restMedianMs: medianOrNever(drew.map((l) => l.restMs)),
    neverRested: drew.filter((l) => l.restMs === null).length,
    jsKB: summarize(loads.map((l) => (l.jsGzipBytes === null ? null : Math.round(l.jsGzipBytes / 102.4) / 10))),
    ...(isStandpoint(tool) ? { evaluatedMs: summarize(loads.map((l) => l.evaluatedMs)) } : {}),
  };
}

// ---------------------------------------------------------------------------- main

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const options = parseOptions(args);
  const command = `npm run bench:peers${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const started = Date.now();
  const loadStart = loadAverage();

  if (options.build) {
    if (!viteBuild([], log, 'building the app (vite build)')) return 1;
    if (!viteBuild(['--config', 'bench/peers/vite.config.ts'], log, 'building the peer pages (bench/peers/vite.config.ts)')) return 1;
  } else if (!existsSync('dist/index.html') || !existsSync(`${PEERS_BUILD}/d3.html`)) {
    usage(`--no-build needs a built dist/ and ${PEERS_BUILD}/ (npx vite build; npx vite build --config bench/peers/vite.config.ts)`);
  }
  if (!haveChromium(log)) return 1;
  if (!existsSync('dist/index.html')) {
    log('dist/index.html is missing: something removed the build');
    return 1;
  }
  const specs = prepare(options.sizes);
  for (const s of specs) log(`dist/${s.file}: ${s.actors} actors, ${s.relations} relations, ${(s.text.length / 1024 / 1024).toFixed(2)} MiB`);

  const loadsPlanned = options.runs * specs.reduce((sum, spec) => sum + toolsAt(options.tools, spec.actors, options.sizes).length, 0);
  const overall = setTimeout(
    () => {
      log('stopped: overall timeout');
      process.exit(1);
    },
    300_000 + loadsPlanned * (TIMEOUT_MS + 20_000),
  );
  overall.unref();

  const port = await freePort();
  // Static files only: not the app's vite.config.ts (the class server has no part here, and
  // loading that config would fail while someone is halfway through editing src/).
  const server: PreviewServer = await preview({ configFile: false, root: ROOT, build: { outDir: 'dist' }, preview: { port, strictPort: true, host: '127.0.0.1', open: false }, logLevel: 'warn' });
  const base = `http://127.0.0.1:${port}/`;
  try {
    const probe = await launch();
    const chromiumVersion = probe.version();
    await probe.close();
    const info = machineInfo();
    log(`Chromium ${chromiumVersion} on ${info.cpu} × ${info.cores}, load average ${loadStart.join(' ')}; serving dist/ at ${base}`);

    const servedBuild = buildId();
    const warnings: string[] = [];
    const loads: PeerLoad[] = [];
    let done = 0;
    for (let run = 1; run <= options.runs; run++) {
      for (const [i, spec] of specs.entries()) {
        // The tools take turns, each starting a round in turn, so none always goes first.
        const tools = toolsAt(options.tools, spec.actors, options.sizes);
        const shift = (run - 1 + i) % tools.length;
        const order = [...tools.slice(shift), ...tools.slice(0, shift)];
        for (const tool of order) {
          if (buildId() !== servedBuild) {
            const w = 'dist/ was rebuilt by something else during the bench: later loads measured another build';
            if (!warnings.includes(w)) warnings.push(w);
          }
          if (!existsSync(`dist/${spec.file}`) || !existsSync('dist/bench/peers')) prepare([spec.actors]);
          const l = await measureLoad(base, tool, spec, run);
          loads.push(l);
          done++;
          const first = l.firstMs === null ? 'nothing' : `${Math.round(l.firstMs)} ms`;
          const rest = l.firstMs === null ? '' : `, at rest ${l.restMs === null ? 'never' : `${Math.round(l.restMs)} ms`}`;
          log(
            `[${done}/${loadsPlanned}] run ${run}, ${spec.actors} actors, ${tool}: first picture ${first}${rest}, JS ${l.jsGzipBytes === null ? '—' : `${(l.jsGzipBytes / 1024).toFixed(1)} KB`}` +
              `${l.restNote ? ` (${l.restNote})` : ''}${l.error ? ` — ${l.error}` : ''} (${(l.wallMs / 1000).toFixed(1)} s)`,
          );
        }
      }
    }

    const cells = options.tools.flatMap((tool) => specs.map((spec) => summarizeCell(tool, spec.actors, loads.filter((l) => l.tool === tool && l.actors === spec.actors))));
    const report: PeersReport = {
      command,
      environment: measuredOn(chromiumVersion, CHROMIUM_PATH, loadStart, servedBuild),
      versions: versions(),
      runs: options.runs,
      timeoutMs: TIMEOUT_MS,
      jsWindowMs: JS_WINDOW_MS,
      sizes: options.sizes,
      tools: options.tools,
      relations: Object.fromEntries(specs.map((s) => [String(s.actors), s.relations])),
      cells,
      loads,
      warnings,
      wallSeconds: Math.round((Date.now() - started) / 1000),
    };

    const full = options.sizes.join(',') === ALL_SIZES.join(',') && options.tools.length === PEER_TOOLS.length && options.runs >= 3;
    const env = report.environment;
    const suffix = full ? '' : `-${options.sizes.join('_')}-r${options.runs}${options.tools.length === PEER_TOOLS.length ? '' : `-${options.tools.join('_')}`}`;
    mkdirSync('bench/results', { recursive: true });
    const jsonFile = `bench/results/peers-${env.date}-${env.machineId}${suffix}.json`;
    writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    const markdown = peersMarkdownReport(report);
    if (full) writeFileSync('bench/results/peers-latest.md', markdown);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${markdown}\n`);
    log(`wrote ${jsonFile}${full ? ' and bench/results/peers-latest.md' : ' (not a full run: peers-latest.md left as it was)'} in ${report.wallSeconds} s`);
    // Fail only when Standpoint did not draw; slow numbers, and peers that do not draw, are results.
    return cells.some((c) => isStandpoint(c.tool) && c.loads > 0 && c.drew === 0) ? 1 : 0;
  } finally {
    await server.close().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
