import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import type { Stage } from '../../src/class/protocol';
import { createClassServer, type ClassServer } from '../../src/server/classServer';
import { connect, until, type TestClient } from '../../scripts/lib/classClient';

let http: Server;
let cls: ClassServer;
let base: string;
let ws: string;
const clients: TestClient[] = [];

beforeAll(async () => {
  cls = createClassServer({ dataFile: ':memory:' });
  http = createServer((req, res) => {
    void cls.handleHttp(req, res).then((handled) => {
      if (!handled) res.writeHead(404).end();
    });
  });
  cls.attach(http);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  ws = `ws://127.0.0.1:${port}/class`;
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await cls.close();
  await new Promise((resolve) => http.close(resolve));
});

const STAGE: Stage = {
  view: { focus: { kind: 'event' }, step: null },
  follow: true,
  question: { id: 'q1', kind: 'stance', actor: 'putin', issue: 'territory' },
  revealed: false,
  tally: null,
  shown: [],
  ended: false,
};

async function room(): Promise<{ code: string; secret: string }> {
  const res = await fetch(`${base}/class/api/rooms`, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as { code: string; secret: string };
}

function client(name: string, token: object): TestClient {
  const c = connect(ws, name, token);
  clients.push(c);
  return c;
}

async function teacherWithStage(code: string, secret: string, stage: Stage = STAGE) {
  const teacher = client(`stage/${code}`, { role: 'teacher', secret });
  await teacher.synced;
  teacher.doc.getMap('stage').set('stage', JSON.stringify(stage));
  const answers = client(`answers/${code}`, { role: 'teacher', secret });
  await answers.synced;
  return { teacher, answers };
}

describe('rooms', () => {
  it('makes a room with an eight-character code and a secret, and says whether a code exists', async () => {
    const { code, secret } = await room();
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    const right = await fetch(`${base}/class/api/rooms/${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`);
    expect(await right.json()).toEqual({ exists: true, code });
    const wrong = await fetch(`${base}/class/api/rooms/AAAAAAAA`);
    expect(await wrong.json()).toEqual({ exists: false, error: 'There is no class with that code. Check it with your teacher.' });
  });

  it('ends a room only with the teacher\u2019s secret', async () => {
    const { code, secret } = await room();
    expect((await fetch(`${base}/class/api/rooms/${code}/end`, { method: 'POST', body: JSON.stringify({ secret: '0'.repeat(32) }) })).status).toBe(403);
    expect((await fetch(`${base}/class/api/rooms/${code}/end`, { method: 'POST', body: JSON.stringify({ secret }) })).status).toBe(200);
    expect(await (await fetch(`${base}/class/api/rooms/${code}`)).json()).toMatchObject({ exists: false });
  });
});

describe('who may do what', () => {
  it('students follow the stage and cannot change it', async () => {
    const { code, secret } = await room();
    const { teacher } = await teacherWithStage(code, secret);
    const student = client(`stage/${code}`, { role: 'student', student: 'a'.repeat(16) });
    await student.synced;
    await until(() => typeof student.doc.getMap('stage').get('stage') === 'string', 'the student sees the stage');
    expect(student.provider.authorizedScope).toBe('readonly');
    // A student's own edit stays on the phone: the teacher never sees it.
    student.doc.getMap('stage').set('stage', 'hijacked');
    teacher.doc.getMap('stage').set('marker', 1);
    await until(() => student.doc.getMap('stage').get('marker') === 1, 'the teacher\u2019s next change arrives');
    expect(teacher.doc.getMap('stage').get('stage')).toBe(JSON.stringify(STAGE));
  });

  it('refuses a wrong code, a wrong secret, and a student at the answers', async () => {
    const { code } = await room();
    expect(await client('stage/AAAAAAAA', { role: 'student', student: 'b'.repeat(16) }).failed).toBe('no-room');
    expect(await client(`stage/${code}`, { role: 'teacher', secret: 'f'.repeat(32) }).failed).toBe('not-teacher');
    expect(await client(`answers/${code}`, { role: 'student', student: 'b'.repeat(16) }).failed).toBe('forbidden');
    expect(await client(`meta/${code}`, { role: 'student', student: 'b'.repeat(16) }).failed).toBe('not-a-room');
    expect(await client(`stage/${code}`, { role: 'student', student: 'not hex' }).failed).toBe('not-a-room');
  });
});

describe('answers', () => {
  it('records one answer per student per question, replaced when changed, with the name given', async () => {
    const { code, secret } = await room();
    const { answers } = await teacherWithStage(code, secret);
    const student = client(`stage/${code}`, { role: 'student', student: 'c'.repeat(16), name: 'Ada' });
    await student.synced;
    student.provider.sendStateless(JSON.stringify({ type: 'answer', question: 'q1', value: -1 }));
    student.provider.sendStateless(JSON.stringify({ type: 'answer', question: 'q1', value: 2 }));
    await until(() => student.stateless.length === 2, 'both answers acknowledged');
    expect(student.stateless.map((s) => JSON.parse(s) as unknown)).toEqual([
      { type: 'recorded', question: 'q1' },
      { type: 'recorded', question: 'q1' },
    ]);
    await until(() => answers.doc.getMap('answers').size === 1 && String(answers.doc.getMap('answers').get(`q1/${'c'.repeat(16)}`)).includes('"value":2'), 'the teacher sees the latest answer');
    expect(JSON.parse(String(answers.doc.getMap('answers').get(`q1/${'c'.repeat(16)}`)))).toMatchObject({ question: 'q1', value: 2, name: 'Ada' });
  });

  it('tells the teacher who has joined and who has left, by the name they gave', async () => {
    const { code, secret } = await room();
    const { answers } = await teacherWithStage(code, secret);
    const student = client(`stage/${code}`, { role: 'student', student: '9'.repeat(16), name: 'Grace' });
    await student.synced;
    const joined = () => JSON.parse(String(answers.doc.getMap('joined').get('9'.repeat(16)) ?? '{}')) as { name?: string; online?: boolean };
    await until(() => joined().online === true, 'the student is listed as joined');
    expect(joined().name).toBe('Grace');
    student.destroy();
    await until(() => joined().online === false, 'the student is listed as gone');
  });

  it('refuses what does not answer the question asked, and says why', async () => {
    const { code, secret } = await room();
    const { answers } = await teacherWithStage(code, secret);
    const student = client(`stage/${code}`, { role: 'student', student: 'd'.repeat(16) });
    await student.synced;
    const sent = [
      '{not json',
      JSON.stringify({ type: 'answer', question: 'q1', value: 3 }),
      JSON.stringify({ type: 'answer', question: 'q1', value: 'ally' }),
      JSON.stringify({ type: 'answer', question: 'q0', value: 1 }),
      JSON.stringify({ type: 'answer', question: 'q1', value: 1, extra: '<script>' }),
      'x'.repeat(5000),
    ];
    for (const s of sent) student.provider.sendStateless(s);
    await until(() => student.stateless.length === sent.length, 'every message answered');
    expect(student.stateless.map((s) => (JSON.parse(s) as { reason: string }).reason)).toEqual([
      'the message is not JSON',
      'the message is not an answer',
      'that does not answer the question',
      'that question is not being asked now',
      'the message is not an answer',
      'the message is too long',
    ]);
    expect(answers.doc.getMap('answers').size).toBe(0);
  });

  it('cuts off a student who floods, and the class carries on', async () => {
    const { code, secret } = await room();
    const { teacher } = await teacherWithStage(code, secret);
    const calm = client(`stage/${code}`, { role: 'student', student: 'e'.repeat(16) });
    const flood = client(`stage/${code}`, { role: 'student', student: 'f'.repeat(16) });
    await Promise.all([calm.synced, flood.synced]);
    let closed = false;
    flood.provider.on('close', () => (closed = true));
    for (let i = 0; i < 200; i++) flood.provider.sendStateless('{}');
    await until(() => closed, 'the flooding student is cut off');
    teacher.doc.getMap('stage').set('marker', 2);
    await until(() => calm.doc.getMap('stage').get('marker') === 2, 'the calm student still follows');
  });

  it('refuses a client\u2019s broadcast to everyone', async () => {
    const { code, secret } = await room();
    await teacherWithStage(code, secret);
    const listener = client(`stage/${code}`, { role: 'student', student: '1'.repeat(16) });
    await listener.synced;
    // A hand-made frame: document name, then message type 6 (broadcast stateless) and a payload.
    const raw = new WebSocket(ws);
    await new Promise((resolve) => raw.once('open', resolve));
    const auth = encoding.createEncoder();
    encoding.writeVarString(auth, `stage/${code}`);
    encoding.writeVarUint(auth, 2);
    encoding.writeVarUint(auth, 0);
    encoding.writeVarString(auth, JSON.stringify({ role: 'student', student: '2'.repeat(16) }));
    raw.send(encoding.toUint8Array(auth));
    const msg = encoding.createEncoder();
    encoding.writeVarString(msg, `stage/${code}`);
    encoding.writeVarUint(msg, 6);
    encoding.writeVarString(msg, 'everyone look at me');
    raw.send(encoding.toUint8Array(msg));
    // A message the server does answer, sent after: once it arrives, the broadcast would have too.
    listener.provider.sendStateless('{}');
    await until(() => listener.stateless.length > 0, 'the listener\u2019s own reply');
    expect(listener.stateless.some((s) => s.includes('everyone look at me'))).toBe(false);
    raw.close();
  });
});

describe('idle rooms', () => {
  it('are removed once unused for longer than the idle time, and not before', async () => {
    let clock = 1_000_000;
    const idle = createClassServer({ dataFile: ':memory:', roomIdleMs: 60 * 60_000, now: () => clock });
    try {
      const { code } = await idle.createRoom();
      const exists = async () => {
        const res = { status: 0, body: '' };
        const fake = { writeHead: (s: number) => ((res.status = s), fake), end: (b: string) => void (res.body = b) } as unknown as ServerResponse;
        await idle.handleHttp({ method: 'GET', url: `/class/api/rooms/${code}`, headers: {}, socket: { remoteAddress: 'test' } } as unknown as IncomingMessage, fake);
        return (JSON.parse(res.body) as { exists: boolean }).exists;
      };
      clock += 59 * 60_000;
      await idle.sweep();
      expect(await exists()).toBe(true);
      clock += 2 * 60_000;
      await idle.sweep();
      expect(await exists()).toBe(false);
    } finally {
      await idle.close();
    }
  });
});
