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
  it('says a valid file is valid and exits 0; the shipped scenarios raise no warnings', () => {
    const file = join(dir, 'valid.json');
    writeFileSync(file, JSON.stringify(miniScenario()));
    const run = validate([file, 'data/kremlin-meeting.json', 'data/example-harbour-dispute.json']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `${file}: valid (3 actors, 2 relations)\n` +
        'data/kremlin-meeting.json: valid (7 actors, 12 relations)\n' +
        'data/example-harbour-dispute.json: valid (5 actors, 6 relations)\n',
    );
    expect(run.status).toBe(0);
  });

  it('prints warnings for a valid file with slips, each with its JSON path, and still exits 0', () => {
    const s = miniScenario();
    s.actors[0]!.view.stances[0]!.text = 'The story is silent on where Ana stands.';
    s.actors[1]!.view.wants[0]!.basis = 'stated';
    const file = join(dir, 'slips.json');
    writeFileSync(file, JSON.stringify(s));
    const run = validate([file]);
    expect(run.stdout).toBe(`${file}: valid (3 actors, 2 relations; 2 warnings)\n`);
    expect(run.stderr).toBe(
      `${file}: warning: actors[0].view.stances[0]: its text says the source is silent ("silent"), yet it gives position 1; leave the stance out so the app says the source is silent, or say what the position rests on\n` +
        `${file}: warning: actors[1].view.wants[0]: marked "stated", but its text quotes no one; quote the words that were said, or mark it "reported"\n`,
    );
    expect(run.status).toBe(0);
  });

  it('keeps exit 1 for an invalid file next to one with warnings', () => {
    const s = miniScenario();
    s.relations[0]!.basis = 'stated';
    const warned = join(dir, 'warned.json');
    writeFileSync(warned, JSON.stringify(s));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...miniScenario(), format: 2 }));
    const run = validate([warned, broken]);
    expect(run.stdout).toBe(`${warned}: valid (3 actors, 2 relations; 1 warning)\n`);
    expect(run.stderr).toBe(
      `${warned}: warning: relations[0]: marked "stated", but its label quotes no one; quote the words that were said, or mark it "reported"\n` +
        `${broken}: format: expected 1, got 2\n`,
    );
    expect(run.status).toBe(1);
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
