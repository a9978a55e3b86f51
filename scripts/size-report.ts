/**
 * `npm run size`: what each dependency adds to the JS and CSS the first page loads, read from
 * source maps.
 *
 *   npm run size              a Markdown table on stdout, largest first
 *   npm run size -- --json    the same figures as JSON
 *   npm run size -- --check   fails when the first page is over its budget (npm test runs it)
 *
 * It builds the app in memory with the project's vite.config.ts (source maps on, nothing
 * written: dist/ is left alone) and takes the entry chunk, its static imports, transitively,
 * and their CSS: what `npm run bench` counts as "JS + CSS at start-up". Dynamic imports load
 * later and are not counted. Each byte of a chunk goes to the source its mapping segment
 * names, and sources are grouped by npm package or by app folder.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { apportion, attribute, groupOf, UNMAPPED } from './lib/sourcemapSizes';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GZIP_LEVEL = 9;

export interface SizeFile {
  fileName: string;
  type: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface SizeRow {
  /** An npm package, `app: src/<folder>`, `css: <file>`, `(unmapped)` or `(no source map) <file>`. */
  group: string;
  type: 'js' | 'css';
  bytes: number;
  /** The group's share of its chunks' real gzip size, in proportion to its bytes; rows add up to the total. */
  gzipBytes: number;
  /** Gzip of the group's bytes on their own: all rows together overstate the total, as each loses the rest of its file as context. */
  gzipAloneBytes: number;
}

export interface SizeReport {
  gzipLevel: number;
  entries: string[];
  files: SizeFile[];
  rows: SizeRow[];
  total: { bytes: number; gzipBytes: number; jsGzipBytes: number; cssGzipBytes: number };
}

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: GZIP_LEVEL }).length;

/** Builds the app in memory and returns its output with the resolved outDir, which source paths are relative to. */
async function buildInMemory(): Promise<{ output: Rolldown.RolldownOutput['output'][number][]; outDir: string }> {
  let outDir = path.join(ROOT, 'dist');
  const result = await build({
    root: ROOT,
    logLevel: 'silent',
    // 'hidden': maps without the sourceMappingURL comment, so the code is byte for byte what `vite build` ships.
    build: { write: false, sourcemap: 'hidden' },
    plugins: [{ name: 'size-report-out-dir', configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)) }],
  });
  if (!Array.isArray(result) && !('output' in result)) throw new Error('size: vite started a watcher instead of building');
  return { output: (Array.isArray(result) ? result : [result]).flatMap((r) => r.output), outDir };
}

/** The chunks the page loads before anything is imported dynamically: each entry and its static imports, transitively. */
function firstPageChunks(output: Rolldown.RolldownOutput['output'][number][]): Rolldown.OutputChunk[] {
  const chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const seen = new Set<string>();
  const queue = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...(chunks.get(name)?.imports ?? []));
  }
  return [...seen].flatMap((name) => chunks.get(name) ?? []);
}

interface Group {
  type: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  pieces: string[];
}

export async function sizeReport(): Promise<SizeReport> {
  const { output, outDir } = await buildInMemory();
  const chunks = firstPageChunks(output);
  const assets = new Map(output.flatMap((o) => (o.type === 'asset' ? [[o.fileName, o] as const] : [])));
  const cssNames = [...new Set(chunks.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))];

  const files: SizeFile[] = [];
  const groups = new Map<string, Group>();
  const add = (name: string, type: Group['type'], bytes: number, gzipBytes: number, piece: string) => {
    const g = groups.get(name) ?? { type, bytes: 0, gzipBytes: 0, pieces: [] };
    g.bytes += bytes;
    g.gzipBytes += gzipBytes;
    g.pieces.push(piece);
    groups.set(name, g);
  };

  for (const chunk of chunks) {
    const code = chunk.code;
    const file: SizeFile = { fileName: chunk.fileName, type: 'js', bytes: Buffer.byteLength(code), gzipBytes: gzipSize(code) };
    files.push(file);
    if (!chunk.map) {
      add(`(no source map) ${chunk.fileName}`, 'js', file.bytes, file.gzipBytes, code);
      continue;
    }
    // Source paths are relative to the map's folder in outDir; make them relative to the project.
    const mapDir = path.join(outDir, path.dirname(chunk.fileName));
    const toGroup = (source: string) =>
      source === UNMAPPED ? UNMAPPED : groupOf(path.relative(ROOT, path.resolve(mapDir, source)).split(path.sep).join('/'));
    const byGroup = new Map<string, { bytes: number; text: string[] }>();
    for (const span of attribute(code, chunk.map)) {
      const name = toGroup(span.source);
      const g = byGroup.get(name) ?? { bytes: 0, text: [] };
      g.bytes += span.bytes;
      g.text.push(code.slice(span.start, span.end));
      byGroup.set(name, g);
    }
    const names = [...byGroup.keys()];
    const shares = apportion(file.gzipBytes, names.map((n) => byGroup.get(n)?.bytes ?? 0));
    names.forEach((name, i) => {
      const g = byGroup.get(name);
      if (g) add(name, 'js', g.bytes, shares[i] ?? 0, g.text.join(''));
    });
  }

  for (const fileName of cssNames) {
    const asset = assets.get(fileName);
    if (!asset) throw new Error(`size: ${fileName} is imported by a chunk but not in the build output`);
    const source = typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString('utf8');
    const file: SizeFile = { fileName, type: 'css', bytes: Buffer.byteLength(source), gzipBytes: gzipSize(source) };
    files.push(file);
    add(`css: ${fileName}`, 'css', file.bytes, file.gzipBytes, source);
  }

  const rows: SizeRow[] = [...groups].map(([group, g]) => ({
    group,
    type: g.type,
    bytes: g.bytes,
    gzipBytes: g.gzipBytes,
    gzipAloneBytes: gzipSize(g.pieces.join('')),
  }));
  rows.sort((a, b) => b.gzipBytes - a.gzipBytes || b.bytes - a.bytes || a.group.localeCompare(b.group));
  const sum = (list: { bytes: number; gzipBytes: number }[], key: 'bytes' | 'gzipBytes') => list.reduce((s, f) => s + f[key], 0);
  // The spans cover every byte once and the shares are whole numbers that add up: a mismatch is a bug here.
  for (const key of ['bytes', 'gzipBytes'] as const) {
    if (sum(rows, key) !== sum(files, key)) throw new Error(`size: the rows add up to ${sum(rows, key)} ${key}, the files to ${sum(files, key)}`);
  }
  return {
    gzipLevel: GZIP_LEVEL,
    entries: chunks.filter((c) => c.isEntry).map((c) => c.fileName),
    files,
    rows,
    total: {
      bytes: sum(files, 'bytes'),
      gzipBytes: sum(files, 'gzipBytes'),
      jsGzipBytes: sum(files.filter((f) => f.type === 'js'), 'gzipBytes'),
      cssGzipBytes: sum(files.filter((f) => f.type === 'css'), 'gzipBytes'),
    },
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const count = (bytes: number) => bytes.toLocaleString('en-GB');

/** The report as Markdown: one row per package, app folder or CSS file, largest first, then the total and how to read it. */
export function sizeTable(report: SizeReport): string {
  const { total } = report;
  const js = report.files.filter((f) => f.type === 'js');
  const css = report.files.filter((f) => f.type === 'css');
  const percent = (bytes: number) => (total.gzipBytes > 0 ? ((100 * bytes) / total.gzipBytes).toFixed(1) : '0.0');
  const lines = [
    `JS and CSS the first page loads: ${report.entries.join(', ')} and its static imports (${js.length} JS files), ` +
      `${css.length} CSS file${css.length === 1 ? '' : 's'}. Dynamic imports are not counted.`,
    '',
    `| Group | Minified (KB) | Gzip -${report.gzipLevel}, share (KB) | Share of gzip | Gzip -${report.gzipLevel} alone (KB) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.rows.map((r) => `| ${r.group} | ${kb(r.bytes)} | ${kb(r.gzipBytes)} | ${percent(r.gzipBytes)} % | ${kb(r.gzipAloneBytes)} |`),
    `| **Total** | **${kb(total.bytes)}** | **${kb(total.gzipBytes)}** | 100 % | |`,
    '',
    `- Gzip share: each file's real gzip -${report.gzipLevel} size split among its groups in proportion to their minified bytes ` +
      '(an estimate: some code compresses better than other code).',
    `- Gzip alone: gzip -${report.gzipLevel} of the group's bytes by themselves. The column adds up to more than the total, as each group ` +
      'loses the rest of its file as context; one group can still come out below its share when it compresses better than the rest.',
    `- Total gzip: ${count(total.gzipBytes)} bytes (JS ${count(total.jsGzipBytes)}, CSS ${count(total.cssGzipBytes)}), ` +
      `the sum of each file's gzip -${report.gzipLevel}, as \`npm run bench\` counts it. KB = 1,024 bytes.`,
    `- ${UNMAPPED}: bytes no source map segment claims (bundler glue, newlines).`,
    `- Files: ${report.files.map((f) => `${f.fileName} ${kb(f.bytes)} KB (gzip ${kb(f.gzipBytes)})`).join(', ')}.`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The most JS and CSS, gzip -9, a reader's first visit may wait on (120 KB): `npm test` fails
 * above it (`--check`), so a feature that should load on demand cannot slip into the first page.
 */
export const FIRST_PAGE_BUDGET_BYTES = 120 * 1024;

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--json' && a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`size: unknown option "${unknown[0]}"\nusage: npm run size -- [--json] [--check]\n`);
    process.exit(2);
  }
  const report = await sizeReport();
  if (check) {
    const { gzipBytes } = report.total;
    const within = gzipBytes <= FIRST_PAGE_BUDGET_BYTES;
    process.stdout.write(
      `size: the first page loads ${count(gzipBytes)} bytes of JS and CSS (gzip -${report.gzipLevel}); ` +
        `the budget is ${count(FIRST_PAGE_BUDGET_BYTES)}${within ? '' : ': over budget (see npm run size for what weighs most)'}\n`,
    );
    if (!within) process.exit(1);
    return;
  }
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : sizeTable(report));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`size: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
