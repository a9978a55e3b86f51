/**
 * `npm run bench:class`: a load test of the class server on this machine, over loopback only,
 * bounded in count and time. It starts `npm run serve`'s server in its own process (with a
 * fresh SQLite file), then:
 *
 * 1. makes `--rooms` rooms (default 100) and joins `--students` students to each (default
 *    40), all at once, each a real Hocuspocus client on its own socket;
 * 2. moves each teacher to a new step `--steps` times (default 5) and times how long each
 *    student takes to see it (teacher's write → the student's document changes);
 * 3. asks a question in every room and sends every student's answer in one burst, restarts
 *    the server in the middle of it, and checks every answer is recorded exactly once (the
 *    clients resend unacknowledged answers when they reconnect, as the app does);
 * 4. reports the server's memory per room.
 *
 *   npm run bench:class -- [--rooms=100] [--students=40] [--steps=5] [--limit-seconds=300]
 *
 * Results: bench/results/class-<date>.json and a summary on stdout.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Stage } from '../src/class/protocol';
import { percentile } from '../bench/lib/stats';
import { connect, type TestClient } from './lib/classClient';
import { freePort, startClassServer, type Running } from './lib/classProcesses';

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isFinite(value) || value < 1) throw new Error(`--${name} must be a positive number`);
  return value;
}

const ROOMS = option('rooms', 100);
const STUDENTS = option('students', 40);
const STEPS = option('steps', 5);
const LIMIT_MS = option('limit-seconds', 300) * 1000;
const started = Date.now();
const log = (line: string) => process.stderr.write(`bench:class ${((Date.now() - started) / 1000).toFixed(1)} s: ${line}\n`);

async function until(check: () => boolean, what: string): Promise<void> {
  while (!check()) {
    if (Date.now() - started > LIMIT_MS) throw new Error(`over the time limit (${LIMIT_MS / 1000} s) waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The server's resident memory (its process and those it started: tsx runs the server in a child), from /proc (Linux), in MB. */
function rssMB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    let kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const child of children) kb += (rssMB(Number(child)) ?? 0) * 1024;
    return Math.round(kb / 102.4) / 10;
  } catch {
    return null;
  }
}

const stage = (step: number, question: Stage['question'] = null): string =>
  JSON.stringify({ view: { focus: { kind: 'event' }, step }, follow: true, question, revealed: false, tally: null, shown: [], ended: false } satisfies Stage);

interface Student {
  id: string;
  client: TestClient;
  /** When this student saw each step (ms, performance.now()). */
  saw: Map<number, number>;
  recorded: boolean;
}

interface Room {
  code: string;
  secret: string;
  teacher: TestClient;
  answers: TestClient;
  students: Student[];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-bench-class-'));
  const port = await freePort();
  const env = { STANDPOINT_CLASS_DATA: path.join(dir, 'classes.sqlite'), STANDPOINT_ROOMS_PER_HOUR: String(ROOMS * 2), STANDPOINT_DIST: dir };
  let server: Running = await startClassServer(env, port);
  const url = `ws://127.0.0.1:${port}/class`;
  const idle = rssMB(server.process.pid);
  const rooms: Room[] = [];
  try {
    log(`server on port ${port}, ${idle} MB; making ${ROOMS} rooms`);
    for (let r = 0; r < ROOMS; r++) {
      const { code, secret } = (await (await fetch(`http://127.0.0.1:${port}/class/api/rooms`, { method: 'POST' })).json()) as { code: string; secret: string };
      const teacher = connect(url, `stage/${code}`, { role: 'teacher', secret }, 0);
      const answers = connect(url, `answers/${code}`, { role: 'teacher', secret }, 0);
      rooms.push({ code, secret, teacher, answers, students: [] });
    }
    await Promise.all(rooms.flatMap((r) => [r.teacher.synced, r.answers.synced]));
    for (const r of rooms) r.teacher.doc.getMap('stage').set('stage', stage(0));

    log(`joining ${ROOMS * STUDENTS} students at once`);
    const joinStart = performance.now();
    for (const [ri, r] of rooms.entries()) {
      for (let s = 0; s < STUDENTS; s++) {
        const id = (ri * STUDENTS + s).toString(16).padStart(32, '0');
        const client = connect(url, `stage/${r.code}`, { role: 'student', student: id }, 0);
        const student: Student = { id, client, saw: new Map(), recorded: false };
        client.doc.getMap('stage').observe(() => {
          const step = (JSON.parse(String(client.doc.getMap('stage').get('stage') ?? '{}')) as { view?: { step?: number } }).view?.step;
          if (typeof step === 'number' && !student.saw.has(step)) student.saw.set(step, performance.now());
        });
        r.students.push(student);
      }
    }
    const all = rooms.flatMap((r) => r.students);
    await until(() => all.every((s) => s.saw.has(0)), 'every student to join and see the stage');
    const joinMs = Math.round(performance.now() - joinStart);
    const joined = rssMB(server.process.pid);
    log(`all ${all.length} joined in ${joinMs} ms; server ${joined} MB`);

    // Step changes: every teacher moves at once; each student's delay from its teacher's write.
    const delays: number[] = [];
    for (let step = 1; step <= STEPS; step++) {
      const sent = new Map<Room, number>();
      for (const r of rooms) {
        sent.set(r, performance.now());
        r.teacher.doc.getMap('stage').set('stage', stage(step));
      }
      await until(() => all.every((s) => s.saw.has(step)), `every student to see step ${step}`);
      for (const r of rooms) for (const s of r.students) delays.push((s.saw.get(step) ?? 0) - (sent.get(r) ?? 0));
    }
    log(`step change → student: p50 ${percentile(delays, 50).toFixed(1)} ms, p95 ${percentile(delays, 95).toFixed(1)} ms, max ${Math.max(...delays).toFixed(1)} ms over ${delays.length}`);

    // The burst of answers, with a restart of the server in the middle of it.
    const q = { id: 'burst', kind: 'poll' as const, prompt: 'Who?', options: ['a', 'b'] };
    for (const r of rooms) r.teacher.doc.getMap('stage').set('stage', stage(STEPS + 1, q));
    await until(() => all.every((s) => s.saw.has(STEPS + 1)), 'every student to see the question');
    const send = (s: Student) => s.client.provider.sendStateless(JSON.stringify({ type: 'answer', question: 'burst', value: Number.parseInt(s.id, 16) % 2 ? 'a' : 'b' }));
    for (const s of all) {
      s.client.provider.on('stateless', ({ payload }: { payload: string }) => {
        if (payload.includes('"recorded"')) s.recorded = true;
      });
      // As the app does: an answer not yet recorded is sent again when the connection returns.
      s.client.provider.on('synced', () => {
        if (!s.recorded) send(s);
      });
    }
    const burstStart = performance.now();
    for (const s of all) send(s);
    await until(() => all.filter((s) => s.recorded).length >= all.length / 2, 'half the answers recorded');
    const beforeRestart = all.filter((s) => s.recorded).length;
    log(`${beforeRestart} answers recorded; restarting the server`);
    await server.stop('SIGTERM');
    server = await startClassServer(env, port);
    await until(() => all.every((s) => s.recorded), 'every answer recorded after the restart');
    const burstMs = Math.round(performance.now() - burstStart);
    await until(() => rooms.every((r) => r.answers.doc.getMap('answers').size >= STUDENTS), 'the teachers to see every answer');
    const perRoom = rooms.map((r) => r.answers.doc.getMap('answers').size);
    const recordedOnce = perRoom.every((n) => n === STUDENTS);
    const total = perRoom.reduce((a, b) => a + b, 0);
    log(`${total} answers recorded (${recordedOnce ? 'each exactly once' : 'NOT each exactly once'}) in ${burstMs} ms, restart included`);
    const after = rssMB(server.process.pid);

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((v) => Math.round(v * 100) / 100), node: process.version },
      rooms: ROOMS,
      studentsPerRoom: STUDENTS,
      joinAllMs: joinMs,
      stepChange: { samples: delays.length, p50Ms: Math.round(percentile(delays, 50) * 10) / 10, p95Ms: Math.round(percentile(delays, 95) * 10) / 10, maxMs: Math.round(Math.max(...delays) * 10) / 10 },
      burst: { answers: all.length, recordedBeforeRestart: beforeRestart, recorded: total, eachExactlyOnce: recordedOnce, ms: burstMs },
      serverMemoryMB: { idle, joined, afterRestart: after, perRoomMB: idle !== null && joined !== null ? Math.round(((joined - idle) / ROOMS) * 100) / 100 : null },
      wallSeconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/class-${result.date.slice(0, 10)}-${ROOMS}x${STUDENTS}.json`;
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${file}`);
    if (!recordedOnce || total !== all.length) process.exitCode = 1;
  } finally {
    for (const r of rooms) for (const c of [r.teacher, r.answers, ...r.students.map((s) => s.client)]) c.destroy();
    await server.stop('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  // Thousands of closed clients may still hold a reconnect timer each: exit rather than wait for them.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
