import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOAD_LIMITS } from '../../src/model/load';
import { HOSTILE } from '../fixtures/hostile';
import { miniScenario } from '../fixtures/mini';

const dir = mkdtempSync(join(tmpdir(), 'standpoint-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run validate -- files…` the way an author would (through tsx), once for many files. */
function validate(files: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run validate', () => {
  it('says a valid file is valid and exits 0', () => {
    const file = join(dir, 'valid.json');
    writeFileSync(file, JSON.stringify(miniScenario()));
    const run = validate([file, 'data/kremlin-meeting.json']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${file}: valid (3 actors, 2 relations)\ndata/kremlin-meeting.json: valid (7 actors, 12 relations)\n`);
    expect(run.status).toBe(0);
  });

  it('prints the app’s errors for every hostile file, one per line with its JSON path, and exits 1', () => {
    const files = HOSTILE.map((c) => {
      const file = join(dir, `${c.name}.json`);
      writeFileSync(file, c.text);
      return file;
    });
    const run = validate(files);
    expect(run.status).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    for (const [i, c] of HOSTILE.entries()) {
      const first = lines.find((l) => l.startsWith(`${files[i]}: `))?.slice(files[i]!.length + 2);
      const ok = c.error.endsWith('…') ? first?.startsWith(c.error.slice(0, -1)) : first === c.error;
      expect(ok, `${c.name}: got ${first}`).toBe(true);
    }
  });

  it('refuses a file over the size cap without reading it', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, Buffer.alloc(LOAD_LIMITS.maxBytes + 1, 0x20));
    const run = validate([file]);
    expect(run.stderr).toBe(`${file}: (root): the file is 8,388,609 bytes; the limit is 8,388,608 bytes (8.0 MiB)\n`);
    expect(run.status).toBe(1);
  });
});
