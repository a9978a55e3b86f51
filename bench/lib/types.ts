import type { Summary } from './stats';

/** One run of one scenario in a fresh browser context. Times in ms from navigation start. */
export interface RunResult {
  /** The network was drawn (data-ready) with the expected number of actors. */
  ok: boolean;
  error?: string;
  readyMs: number | null;
  settledMs: number | null;
  /** Longest long frame (LoAF, else long task) from navigation to settled; 0 when none was long. */
  loadLongestFrameMs: number | null;
  loadLongFrames: number | null;
  gestureFrameMedianMs: number | null;
  gestureFrameP95Ms: number | null;
  gestureFrames: number | null;
  /** Wheel and pointer events sent during the gesture. */
  gestureEvents: number | null;
  interactionLongestFrameMs: number | null;
  /** Median frame during wheel zoom from the first draw until the layout is at rest (a second load); null when it is at rest at once. */
  settlingFrameMedianMs: number | null;
  settlingFrames: number | null;
  clickToPanelMs: number | null;
  clickedActor: string | null;
  /** performance.memory.usedJSHeapSize after load and a forced garbage collection. */
  heapMB: number | null;
  /** The same, read before the forced collection. */
  heapNoGcMB: number | null;
  /**
   * Gzip -9 KB of every JS file the page and its dedicated workers fetched within 5 s of
   * navigation start, on a visit left alone (its own load in a fresh context).
   */
  jsFirst5sKB: number | null;
  /** Steps after the first draw that failed, by step. */
  stepErrors: Record<string, string>;
  pageErrors: string[];
  wallMs: number;
}

export type MetricKey =
  | 'readyMs'
  | 'settledMs'
  | 'loadLongestFrameMs'
  | 'gestureFrameMedianMs'
  | 'gestureFrameP95Ms'
  | 'interactionLongestFrameMs'
  | 'settlingFrameMedianMs'
  | 'clickToPanelMs'
  | 'heapMB'
  | 'jsFirst5sKB';

export interface ScenarioResult {
  name: string;
  path: string;
  actors: number;
  relations: number;
  /** Bytes of the scenario file; null for the built-in one (it ships inside the JS). */
  jsonBytes: number | null;
  runs: RunResult[];
  summary: Partial<Record<MetricKey, Summary | null>>;
  /** Set when no run drew the network. */
  error?: string;
}

export interface BundleResult {
  files: { url: string; type: string; bytes: number; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
  error?: string;
}

export interface Environment {
  date: string;
  machineId: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  chromium: string;
  chromiumPath: string;
  node: string;
  longFrameApi: string;
  /** os.loadavg() (1, 5, 15 min) at the start and the end: other work on the machine skews the figures. */
  loadAverage: { start: number[]; end: number[] };
  /** A hash of dist/index.html: which build was measured. */
  build: string;
}

/** The editor on a big scenario (see scripts/bench-editor.ts). */
export interface EditorRun {
  keystrokesMs: number[];
  /** Per save: the longest frame it fell in (0: none over 50 ms). */
  saveFramesMs: number[];
  error?: string;
}

export interface EditorResult {
  actors: number;
  typed: string;
  runs: EditorRun[];
  /** Median keystroke → paint of each run, summarised across runs. */
  keystrokeMedianMs: Summary | null;
  /** 95th percentile over every keystroke of every run. */
  keystrokeP95Ms: number | null;
  /** The longest frame any save fell in, over all runs. */
  longestSaveFrameMs: number | null;
  saves: number;
}

/** "Share and export" on a big scenario (see scripts/bench-export.ts): click → download, and the longest frame meanwhile (0: none over 50 ms). */
export interface ExportRun {
  svg?: { ms: number; longestFrameMs: number };
  png?: { ms: number; longestFrameMs: number };
  error?: string;
}

export interface ExportResult {
  actors: number;
  runs: ExportRun[];
}

export interface BenchReport {
  command: string;
  environment: Environment;
  runsPerScenario: number;
  bundle: BundleResult | null;
  scenarios: ScenarioResult[];
  /** Measured when the 1,000-actor scenario is. */
  editor?: EditorResult;
  /** Measured when the 3,000-actor scenario is. */
  exportImage?: ExportResult;
  warnings: string[];
  wallSeconds: number;
}

// ---------------------------------------------------------------------------- npm run bench:peers

/**
 * The tools `npm run bench:peers` compares: the app and the peer pages under bench/peers/.
 * `builtin` is the app opened with no link, on its built-in scenario (7 actors), measured
 * once a run, beside the peers drawing the smallest synthetic file (6 actors).
 */
export const PEER_TOOLS = ['standpoint', 'builtin', 'd3', 'vis-network', 'cytoscape', 'sigma'] as const;
export type PeerTool = (typeof PEER_TOOLS)[number];

/** One load of one synthetic scenario by one tool, in a fresh browser context. Times in ms from navigation start. */
export interface PeerLoad {
  tool: PeerTool;
  actors: number;
  run: number;
  /** First picture: Standpoint's 'drawn' mark for this scenario, a peer page's 'first-picture'; null when not within the timeout. */
  firstMs: number | null;
  /** At rest: Standpoint's last 'settled' mark after that, a peer page's 'at-rest'; null when not within the timeout. */
  restMs: number | null;
  /** How the layout came to rest, where the page says (sigma: converged or stopped after N iterations). */
  restNote?: string;
  /** Nodes the page drew (or holds). */
  nodes: number | null;
  /** Standpoint only: its 'evaluated' mark, once the first page's JS has run (before React draws anything). */
  evaluatedMs?: number | null;
  jsGzipBytes: number | null;
  jsFiles: { url: string; gzipBytes: number; atMs: number }[];
  error?: string;
  pageErrors: string[];
  wallMs: number;
}

export interface PeerCell {
  tool: PeerTool;
  actors: number;
  /** Loads that drew a first picture within the timeout, and all loads. */
  drew: number;
  loads: number;
  firstMs: Summary | null;
  /** Median at rest over the loads that drew, a load not at rest counting as later than any; null: the median load never rested. */
  restMedianMs: number | null;
  /** Loads that drew but were not at rest within the timeout. */
  neverRested: number;
  jsKB: Summary | null;
  /** Standpoint only: when its first page's JS had run (see PeerLoad.evaluatedMs). */
  evaluatedMs?: Summary | null;
}

export interface PeersReport {
  command: string;
  environment: Omit<Environment, 'longFrameApi'>;
  versions: Record<string, string>;
  runs: number;
  timeoutMs: number;
  jsWindowMs: number;
  sizes: number[];
  tools: PeerTool[];
  relations: Record<string, number>;
  cells: PeerCell[];
  loads: PeerLoad[];
  warnings: string[];
  wallSeconds: number;
}
