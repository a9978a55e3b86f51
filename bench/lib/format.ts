import type { Summary } from './stats';
import type { BenchReport, MetricKey, ScenarioResult } from './types';

interface Column {
  key: MetricKey;
  title: string;
  /** Long frames under 50 ms are not reported by the browser: 0 reads "<50". */
  longFrame?: boolean;
}

export const COLUMNS: Column[] = [
  { key: 'readyMs', title: 'Ready (ms)' },
  { key: 'settledMs', title: 'Settled (ms)' },
  { key: 'loadLongestFrameMs', title: 'Longest frame, load (ms)', longFrame: true },
  { key: 'gestureFrameMedianMs', title: 'Frame, zoom/pan median (ms)' },
  { key: 'gestureFrameP95Ms', title: 'Frame, zoom/pan p95 (ms)' },
  { key: 'interactionLongestFrameMs', title: 'Longest frame, zoom/pan (ms)', longFrame: true },
  { key: 'settlingFrameMedianMs', title: 'Frame, zoom while settling, median (ms)' },
  { key: 'clickToPanelMs', title: 'Click → panel (ms)' },
  { key: 'heapMB', title: 'JS heap (MB)' },
  { key: 'jsFirst5sKB', title: 'JS loaded in first 5 s (KB gzip)' },
];

function num(v: number, longFrame = false): string {
  if (longFrame && v === 0) return '<50';
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-GB');
  return v.toFixed(1);
}

export function cell(s: Summary | null | undefined, longFrame = false): string {
  if (!s) return '—';
  const m = num(s.median, longFrame);
  if (s.n === 1 || s.min === s.max) return m;
  return `${m} (${num(s.min, longFrame)}–${num(s.max, longFrame)})`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function scenarioLabel(s: ScenarioResult): string {
  return s.name === 'default' ? 'default (built-in)' : `synthetic ${s.name}`;
}

function runsNote(s: ScenarioResult, planned: number): string {
  const ok = s.runs.filter((r) => r.ok).length;
  return ok === planned ? '' : ` [${ok}/${s.runs.length} runs drew]`;
}

/** Rows of cells: header first. */
export function tableRows(report: BenchReport): string[][] {
  const header = ['Scenario', 'Actors / relations', 'JSON', ...COLUMNS.map((c) => c.title)];
  const rows = report.scenarios.map((s) => {
    const lead = [scenarioLabel(s) + runsNote(s, report.runsPerScenario), `${s.actors.toLocaleString('en-GB')} / ${s.relations.toLocaleString('en-GB')}`, s.jsonBytes === null ? 'built-in' : kb(s.jsonBytes)];
    if (s.error) return [...lead, `error: ${s.error.length > 140 ? `${s.error.slice(0, 139)}…` : s.error}`, ...COLUMNS.slice(1).map(() => '')];
    return [...lead, ...COLUMNS.map((c) => cell(s.summary[c.key], c.longFrame))];
  });
  return [header, ...rows];
}

export function envLine(report: BenchReport): string {
  const e = report.environment;
  return `${e.date} · ${e.cpu} × ${e.cores} cores, ${e.memoryGB} GB RAM, ${e.os} (machine ${e.machineId}, load average ${e.loadAverage.start[0]} → ${e.loadAverage.end[0]}) · Chromium ${e.chromium} · Node ${e.node}`;
}

export function bundleLine(report: BenchReport): string {
  const b = report.bundle;
  if (!b) return 'JS + CSS at start-up: not measured';
  if (b.error) return `JS + CSS at start-up: error: ${b.error}`;
  return `JS + CSS at start-up (gzip -9, once per build): ${kb(b.totalGzipBytes)} — JS ${kb(b.jsGzipBytes)}, CSS ${kb(b.cssGzipBytes)}, ${b.files.length} files`;
}

export function notes(report: BenchReport): string[] {
  const api = report.environment.longFrameApi;
  const runs = [...new Set(report.scenarios.map((s) => s.runs.length))];
  return [
    ...report.warnings.map((w) => `Warning: ${w}.`),
    `Each cell: median (min–max) of ${runs.join(' / ')} run${runs.length === 1 && runs[0] === 1 ? '' : 's'}, each in a fresh browser context at 1280×800. Times from navigation start.`,
    `Ready: the scenario first drawn (performance mark 'drawn'; a linked one loads beside the built-in one, drawn first). Settled: the last 'settled' mark once nothing moves.`,
    `Longest frame: ${api === 'long-animation-frame' ? 'Long Animation Frames API' : api === 'longtask' ? 'Long Tasks API (LoAF unavailable)' : 'no long-frame API available'}; only frames over 50 ms are reported, "<50" when none.`,
    'Frame, zoom/pan: requestAnimationFrame deltas during 3 s of scripted wheel zoom then drag pan over the network, once it is at rest.',
    'Frame, zoom while settling: the same deltas during wheel zoom from the first draw until the layout is at rest, on a second load; "—" where the layout is at rest when first drawn.',
    "Click → panel: pointerdown on an actor near the middle to two animation frames after the panel heading shows the actor's name.",
    'JS heap: performance.memory.usedJSHeapSize after load and a forced garbage collection.',
    'JS loaded in first 5 s: gzip -9 of every JS file the page and its workers fetched within 5 s of navigation start, on a further load in a fresh context left alone (no clicks or zooms), counted as the start-up figure is; not the service worker\'s own script or its background precache.',
  ];
}

/** A plain-text table with aligned columns, for the terminal. */
export function textTable(rows: string[][]): string {
  const [header = [], ...body] = rows;
  const widths = header.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A markdown table: header first; the first `leftColumns` columns left-aligned, the rest right. */
export function markdownTable(rows: string[][], leftColumns = 3): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const line = (r: string[]) => `| ${r.map(esc).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `| ${header.map((_, i) => (i < leftColumns ? '---' : '---:')).join(' | ')} |`, ...body.map(line)].join('\n');
}

/** One line on the editor's figures, or nothing when they were not measured. */
export function editorLines(report: BenchReport): string[] {
  const e = report.editor;
  if (!e) return [];
  const ms = (v: number) => (v < 100 ? v.toFixed(1) : v.toFixed(0));
  const med = e.keystrokeMedianMs;
  const keys = med ? `${ms(med.median)} ms median (${ms(med.min)}–${ms(med.max)} across runs), p95 ${e.keystrokeP95Ms === null ? '—' : ms(e.keystrokeP95Ms)} ms` : 'not measured';
  const save = e.longestSaveFrameMs === null ? 'no saves seen' : e.longestSaveFrameMs === 0 ? `${e.saves} saves, none in a frame over 50 ms` : `${e.saves} saves, the longest frame one fell in ${ms(e.longestSaveFrameMs)} ms`;
  const errors = e.runs.filter((r) => r.error).map((r) => r.error);
  return [
    `Editor, ${e.actors.toLocaleString('en-GB')} actors ("Edit a copy", ${e.typed.length + 1} keys typed into a claim at 10 a second, ${e.runs.length} runs): keystroke → paint ${keys}; ${save}.${errors.length ? ` Errors: ${errors.join('; ')}` : ''}`,
  ];
}

/** One line on exporting a picture, or nothing when it was not measured. */
export function exportLines(report: BenchReport): string[] {
  const e = report.exportImage;
  if (!e) return [];
  const done = e.runs.filter((r) => r.svg && r.png);
  const worst = (k: 'svg' | 'png', f: 'ms' | 'longestFrameMs') => Math.max(0, ...done.map((r) => r[k]?.[f] ?? 0));
  const frame = (k: 'svg' | 'png') => (worst(k, 'longestFrameMs') === 0 ? 'no frame over 50 ms' : `longest frame ${worst(k, 'longestFrameMs')} ms`);
  const errors = e.runs.filter((r) => r.error).map((r) => r.error);
  return [
    `Export image, ${e.actors.toLocaleString('en-GB')} actors (overview, click → download, worst of ${done.length} runs): SVG ${worst('svg', 'ms')} ms, ${frame('svg')}; PNG ${worst('png', 'ms')} ms, ${frame('png')}.${errors.length ? ` Errors: ${errors.join('; ')}` : ''}`,
  ];
}

export function textReport(report: BenchReport): string {
  return [envLine(report), bundleLine(report), '', textTable(tableRows(report)), '', ...editorLines(report), ...exportLines(report), ...notes(report)].join('\n');
}

export function markdownReport(report: BenchReport): string {
  return [
    '# Benchmark results',
    '',
    `Command: \`${report.command}\``,
    '',
    envLine(report),
    '',
    bundleLine(report),
    '',
    markdownTable(tableRows(report)),
    '',
    ...editorLines(report).flatMap((l) => [l, '']),
    ...exportLines(report).flatMap((l) => [l, '']),
    ...notes(report).map((n) => `- ${n}`),
    '',
  ].join('\n');
}
