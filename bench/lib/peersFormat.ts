/** The tables `npm run bench:peers` prints and writes (bench/results/peers-latest.md). */
import { markdownTable, textTable } from './format';
import type { PeerCell, PeersReport, PeerTool } from './types';

export const TOOL_TITLES: Record<PeerTool, string> = {
  standpoint: 'Standpoint',
  builtin: 'Standpoint, built-in scenario (no link)',
  d3: 'plain d3-force SVG',
  'vis-network': 'vis-network',
  cytoscape: 'Cytoscape.js + fcose',
  sigma: 'sigma.js + FA2 worker',
};

/** The cell of `tool` at `actors`, if it was measured. */
const cellOf = (report: PeersReport, tool: PeerTool, actors: number): PeerCell | undefined => report.cells.find((c) => c.tool === tool && c.actors === actors);

const ms = (v: number) => Math.round(v).toLocaleString('en-GB');
const n = (v: number) => v.toLocaleString('en-GB');

/** "first / at rest" in ms, "never" at rest, or "nothing in 15 s"; with how many loads differ from the median. */
export function timeCell(c: PeerCell | undefined, timeoutMs: number): string {
  if (!c || c.loads === 0) return '—';
  const timeout = `${Math.round(timeoutMs / 1000)} s`;
  if (c.drew * 2 <= c.loads || !c.firstMs) return `nothing in ${timeout}${c.drew > 0 ? ` (${c.drew} of ${c.loads} drew)` : ''}`;
  const rest = c.restMedianMs === null ? 'never' : ms(c.restMedianMs);
  const notes = [c.drew < c.loads ? `${c.loads - c.drew} of ${c.loads} drew nothing` : '', c.neverRested > 0 && c.restMedianMs !== null ? `${c.neverRested} of ${c.drew} never at rest` : ''].filter(Boolean);
  return `${ms(c.firstMs.median)} / ${rest}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function jsCell(c: PeerCell | undefined): string {
  if (!c?.jsKB) return '—';
  const { median, min, max } = c.jsKB;
  return max - min < 0.1 ? median.toFixed(1) : `${median.toFixed(1)} (${min.toFixed(1)}–${max.toFixed(1)})`;
}

function ratioCell(report: PeersReport, tool: PeerTool, actors: number): string {
  const a = cellOf(report, tool, actors);
  const b = cellOf(report, 'd3', actors);
  if (!a?.firstMs || !b?.firstMs || a.drew * 2 <= a.loads || b.drew * 2 <= b.loads) return '—';
  return `${(a.firstMs.median / b.firstMs.median).toFixed(1)}x`;
}

/** First picture / at rest per size and tool, with Standpoint's first picture against the plain d3 page's. */
export function timeRows(report: PeersReport): string[][] {
  const ratios = report.tools.includes('d3') ? (['standpoint', 'builtin'] as const).filter((t) => report.tools.includes(t)) : [];
  const header = [
    'Actors / relations',
    ...report.tools.map((t) => TOOL_TITLES[t]),
    ...ratios.map((t) => (t === 'standpoint' ? 'Standpoint ÷ d3, first picture' : 'Built-in ÷ d3, first picture')),
  ];
  const rows = report.sizes.map((actors) => [
    `${n(actors)} / ${n(report.relations[String(actors)] ?? 0)}`,
    ...report.tools.map((tool) => timeCell(cellOf(report, tool, actors), report.timeoutMs)),
    ...ratios.map((t) => ratioCell(report, t, actors)),
  ]);
  return [header, ...rows];
}

/**
 * What Standpoint's first picture waits for before React draws anything: its 'evaluated' mark
 * (the first page's JS fetched, parsed and run), per size, against the plain d3 page's first
 * picture of the same file. Empty when Standpoint or the d3 page was not measured.
 */
export function floorRows(report: PeersReport): string[][] {
  const tools = (['standpoint', 'builtin'] as const).filter((t) => report.tools.includes(t));
  if (tools.length === 0 || !report.tools.includes('d3')) return [];
  const header = ['Actors', 'plain d3 first picture', ...tools.flatMap((t) => [`${TOOL_TITLES[t]}: JS run`, '÷ d3'])];
  const rows: string[][] = [];
  for (const actors of report.sizes) {
    const d3 = cellOf(report, 'd3', actors)?.firstMs?.median;
    const cells = tools.flatMap((t) => {
      const run = cellOf(report, t, actors)?.evaluatedMs?.median;
      return run === undefined ? ['—', '—'] : [ms(run), d3 ? `${(run / d3).toFixed(2)}x` : '—'];
    });
    if (cells.every((c) => c === '—')) continue;
    rows.push([n(actors), d3 === undefined ? '—' : ms(d3), ...cells]);
  }
  return rows.length ? [header, ...rows] : [];
}

const FLOOR_TITLE = "Standpoint's own JS run, before it draws anything (ms, and ÷ the plain d3 page's first picture)";
const FLOOR_NOTE =
  "JS run: Standpoint's 'evaluated' mark, made once every module of its first page has been fetched, parsed and run, before React renders anything. Any first picture React draws comes after it: the scenario must still be read, checked, laid out, rendered and painted.";

/** Gzip KB of JS loaded in the first seconds, per size and tool. */
export function jsRows(report: PeersReport): string[][] {
  const header = ['Actors', ...report.tools.map((t) => TOOL_TITLES[t])];
  const rows = report.sizes.map((actors) => [n(actors), ...report.tools.map((tool) => jsCell(cellOf(report, tool, actors)))]);
  return [header, ...rows];
}

export function peersEnvLine(report: PeersReport): string {
  const e = report.environment;
  return `${e.date} · ${e.cpu} × ${e.cores} cores, ${e.memoryGB} GB RAM, ${e.os} (machine ${e.machineId}, load average ${e.loadAverage.start.join(' ')} → ${e.loadAverage.end.join(' ')}) · Chromium ${e.chromium} · Node ${e.node} · app build ${e.build}`;
}

export function peersNotes(report: PeersReport): string[] {
  const t = `${Math.round(report.timeoutMs / 1000)} s`;
  return [
    ...report.warnings.map((w) => `Warning: ${w}.`),
    `Each cell: the median of ${report.runs} load${report.runs === 1 ? '' : 's'} through \`?scenario=\` of the same synthetic file (scripts/synthetic.ts), each in a browser of its own at 1280×800, the tools taking turns within each run. Times from navigation start; a load is given ${t}.`,
    "First picture: Standpoint: its 'drawn' mark for the linked scenario (made once the frame that shows it has been painted: an animation frame, then a message, as for the peers; not the built-in scenario it may show while a slow link loads). The peers: the frame after the library first drew the graph (an animation frame, then a message, which runs once that frame is painted; at most a frame late, and a WebGL page that holds up its own main thread is not counted as shown before it could be): plain d3: the first simulation tick written into the SVG; vis-network: its first 'afterDrawing' (by default it stabilises, up to 1,000 iterations, before it draws); Cytoscape.js: its first 'render'; sigma.js: its first render (in its constructor), at random start positions.",
    'Standpoint, built-in scenario: the app opened with no link, on the scenario it ships (7 actors, laid out at build time); its first picture and at rest as for a linked one. Measured once a run, in the row of the smallest file, beside the peers drawing that file.',
    `At rest: Standpoint: the last 'settled' mark once nothing has moved for 500 ms. Plain d3: the simulation's 'end'. vis-network: 'stabilized'. Cytoscape.js + fcose: 'layoutstop' (after its animation). sigma.js: ForceAtlas2 in a worker with inferred settings, stopped when nodes move on average under 0.05% of the layout's extent in an iteration, or after 1,000 iterations (as the old sigma FA2 plugin's auto-stop). "never": not at rest within ${t}; "nothing in ${t}": no first picture.`,
    `JS: gzip -9 of every JS file the page and its dedicated workers fetched within ${report.jsWindowMs / 1000} s of navigation start (not a service worker's own script or its background precache), computed as \`npm run bench\` computes the start-up figure.`,
    `Versions: ${Object.entries(report.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
  ];
}

export function peersTextReport(report: PeersReport): string {
  const floor = floorRows(report);
  return [
    peersEnvLine(report),
    '',
    'First picture / at rest (ms):',
    textTable(timeRows(report)),
    ...(floor.length ? ['', `${FLOOR_TITLE}:`, textTable(floor)] : []),
    '',
    `JS loaded in the first ${report.jsWindowMs / 1000} s (KB gzip):`,
    textTable(jsRows(report)),
    '',
    ...peersNotes(report),
    ...(floor.length ? [FLOOR_NOTE] : []),
  ].join('\n');
}

export function peersMarkdownReport(report: PeersReport): string {
  const floor = floorRows(report);
  return [
    '# Standpoint against its peers',
    '',
    `Command: \`${report.command}\``,
    '',
    peersEnvLine(report),
    '',
    '**First picture / at rest (ms)**',
    '',
    markdownTable(timeRows(report), 1),
    '',
    ...(floor.length ? [`**${FLOOR_TITLE}**`, '', markdownTable(floor, 1), ''] : []),
    `**JS loaded in the first ${report.jsWindowMs / 1000} s (KB gzip)**`,
    '',
    markdownTable(jsRows(report), 1),
    '',
    ...[...peersNotes(report), ...(floor.length ? [FLOOR_NOTE] : [])].map((line) => `- ${line}`),
    '',
  ].join('\n');
}
