/**
 * The class server as a school runs it: `npm run serve` processes, their SQLite file kept
 * across a restart, and two processes joined by a real redis-server, with the teacher on one
 * and the students on the other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../src/class/protocol';
import { connect, until, type TestClient } from '../../scripts/lib/classClient';
import { startClassServer, startRedis, type Running } from '../../scripts/lib/classProcesses';

const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-class-'));
const started: Running[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  // The servers first (they save through Redis's lock), then Redis.
  for (const r of started.splice(0).reverse()) await r.stop();
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STAGE: Stage = {
  view: { focus: { kind: 'event' }, step: null },
  follow: true,
  question: { id: 'q1', kind: 'poll', prompt: 'Who?', options: ['putin', 'zelenskyy'] },
  revealed: false,
  tally: null,
  shown: [],
  ended: false,
};

function client(port: number, name: string, token: object): TestClient {
  const c = connect(`ws://127.0.0.1:${port}/class`, name, token);
  clients.push(c);
  return c;
}

async function makeRoom(port: number): Promise<{ code: string; secret: string }> {
  return (await (await fetch(`http://127.0.0.1:${port}/class/api/rooms`, { method: 'POST' })).json()) as { code: string; secret: string };
}

const answerOf = (answers: TestClient, student: string) => answers.doc.getMap('answers').get(`q1/${student}`);

describe('npm run serve', () => {
  it('serves the built app and the class server on one port, and a restart loses no answers', { timeout: 60_000 }, async () => {
    const data = path.join(dir, 'restart.sqlite');
    const first = await startClassServer({ STANDPOINT_CLASS_DATA: data, STANDPOINT_DIST: 'tests/server' });
    started.push(first);
    expect((await fetch(`http://127.0.0.1:${first.port}/scaling.test.ts`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${first.port}/../package.json`)).status).not.toBe(200);
    const { code, secret } = await makeRoom(first.port);
    const teacher = client(first.port, `stage/${code}`, { role: 'teacher', secret });
    await teacher.synced;
    teacher.doc.getMap('stage').set('stage', JSON.stringify(STAGE));
    const student = client(first.port, `stage/${code}`, { role: 'student', student: 'a'.repeat(32) });
    await student.synced;
    student.provider.sendStateless(JSON.stringify({ type: 'answer', question: 'q1', value: 'putin' }));
    await until(() => student.stateless.length === 1, 'the answer acknowledged');
    for (const c of clients.splice(0)) c.destroy();
    await first.stop('SIGTERM');
    started.length = 0;

    const second = await startClassServer({ STANDPOINT_CLASS_DATA: data, STANDPOINT_DIST: 'tests/server' });
    started.push(second);
    const answers = client(second.port, `answers/${code}`, { role: 'teacher', secret });
    await answers.synced;
    expect(JSON.parse(String(answerOf(answers, 'a'.repeat(32))))).toMatchObject({ question: 'q1', value: 'putin' });
    const stage = client(second.port, `stage/${code}`, { role: 'teacher', secret });
    await stage.synced;
    expect(stage.doc.getMap('stage').get('stage')).toBe(JSON.stringify(STAGE));
  });
});

describe('several processes joined by Redis', () => {
  it('the teacher on one process and the students on another see everything arrive', { timeout: 60_000 }, async () => {
    const redis = await startRedis();
    started.push(redis);
    const env = { STANDPOINT_CLASS_DATA: path.join(dir, 'shared.sqlite'), REDIS_URL: `redis://127.0.0.1:${redis.port}`, STANDPOINT_DIST: 'tests/server' };
    const [one, two] = await Promise.all([startClassServer(env), startClassServer(env)]);
    started.push(one!, two!);
    const { code, secret } = await makeRoom(one!.port);
    // The room made on one process is known on the other.
    expect(await (await fetch(`http://127.0.0.1:${two!.port}/class/api/rooms/${code}`)).json()).toMatchObject({ exists: true });

    const teacher = client(one!.port, `stage/${code}`, { role: 'teacher', secret });
    const answers = client(one!.port, `answers/${code}`, { role: 'teacher', secret });
    await Promise.all([teacher.synced, answers.synced]);
    teacher.doc.getMap('stage').set('stage', JSON.stringify(STAGE));

    const students = ['b', 'c', 'd'].map((ch) => ({ id: ch.repeat(32), c: client(two!.port, `stage/${code}`, { role: 'student', student: ch.repeat(32), name: `Student ${ch}` }) }));
    await Promise.all(students.map((s) => s.c.synced));
    for (const s of students) await until(() => s.c.doc.getMap('stage').get('stage') === JSON.stringify(STAGE), 'a student on the other process sees the stage');

    for (const s of students) s.c.provider.sendStateless(JSON.stringify({ type: 'answer', question: 'q1', value: 'zelenskyy' }));
    await until(() => students.every((s) => answerOf(answers, s.id) !== undefined), 'every answer reaches the teacher on the first process');
    await until(() => [...answers.doc.getMap('joined').values()].length === 3, 'the teacher sees who joined on the other process');

    // The teacher moves on; the students on the other process follow.
    teacher.doc.getMap('stage').set('stage', JSON.stringify({ ...STAGE, revealed: true }));
    for (const s of students) await until(() => String(s.c.doc.getMap('stage').get('stage')).includes('"revealed":true'), 'the reveal reaches the other process');
  });
});
