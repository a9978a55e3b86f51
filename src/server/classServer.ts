/**
 * The class server: Yjs documents synchronised by Hocuspocus, kept in a SQLite file, on the
 * same port as the app (path /class for the socket, /class/api for rooms).
 *
 * Each room has three documents. "stage/CODE" is what the teacher shows and asks; every phone
 * reads it, only the teacher's secret may write it. "answers/CODE" holds the answers; only
 * the teacher reads it and only the server writes it. "meta/CODE" holds the hash of the
 * teacher's secret and when the room was last used; no client may open it. Students never
 * write a document: an answer is a message the server checks (rooms.ts) before it records it.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { schema, selectQuery, SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';
import { WebSocketServer } from 'ws';
import type * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { CLASS_LIMITS, newRoomCode, normaliseRoomCode, type ServerReply } from '../class/protocol';
import { RateLimit } from './rateLimit';
import { checkAnswer, hashSecret, parseDocumentName, parseToken, readStage } from './rooms';

export interface ClassServerOptions {
  /** The SQLite file rooms are kept in; ':memory:' keeps nothing across a restart. */
  dataFile: string;
  /** Origins allowed to open the socket and make rooms (besides the server's own); empty: any. */
  allowedOrigins?: readonly string[];
  /** A room unused for this long is removed, in ms. */
  roomIdleMs?: number;
  /** Rooms one address may make in an hour. */
  roomsPerHour?: number;
  /** The clock rooms' idle time is read from (tests move it on). */
  now?: () => number;
  /** Extra Hocuspocus extensions (Redis, for several processes). */
  extensions?: Extension[];
  log?: (line: string) => void;
}

/** Hocuspocus message type 6: a client asking to broadcast to everyone. No client may. */
const BROADCAST_STATELESS = 6;
/** A connection sending more than this many messages a second is cut off. */
const MESSAGES_PER_SECOND = 40;
/** A student whose messages are refused this many times is cut off. */
const REFUSALS_ALLOWED = 20;

interface RoomMeta {
  secretHash: string;
  lastActive: number;
}

type Context = { role: 'teacher' | 'student'; code: string; student?: string; name?: string; refused: number; window: number; count: number };

/**
 * The SQLite extension, made to wait properly: the stock one neither waits for its table to
 * exist before the first read (a request right after start-up fails) nor for its writes
 * (saves are lost on exit, and a failed write ends the process).
 */
function durableSQLite(database: string): SQLite {
  let ready: () => void = () => {};
  const opened = new Promise<void>((resolve) => (ready = resolve));
  const db = () => {
    if (!ext.db) throw new Error('the class database is closed');
    return ext.db;
  };
  const ext: SQLite = new SQLite({
    database,
    fetch: async ({ documentName }) => {
      await opened;
      return new Promise<Uint8Array | null>((resolve, reject) =>
        db().get(selectQuery, { $name: documentName }, (err, row: { data?: Uint8Array } | undefined) => (err ? reject(err) : resolve(row?.data ?? null))),
      );
    },
    store: async ({ documentName, state }) => {
      await opened;
      return new Promise<void>((resolve, reject) => db().run(upsertQuery, { $name: documentName, $data: state }, (err) => (err ? reject(err) : resolve())));
    },
  });
  ext.onConfigure = async () => {
    ext.db = new sqlite3.Database(database);
    await new Promise<void>((resolve, reject) => db().run(schema, (err) => (err ? reject(err) : resolve())));
    ready();
  };
  return ext;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function address(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new Error('too big');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createClassServer(options: ClassServerOptions) {
  const log = options.log ?? (() => {});
  const idleMs = options.roomIdleMs ?? 12 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  const sqlite = durableSQLite(options.dataFile);
  const metaCache = new Map<string, RoomMeta>();
  const wrongCodes = new RateLimit(30, 60_000);
  const roomsMade = new RateLimit(options.roomsPerHour ?? 20, 60 * 60_000);

  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [sqlite, ...(options.extensions ?? [])],
    async onAuthenticate({ documentName, token, connectionConfig, requestHeaders, request }) {
      const doc = parseDocumentName(documentName);
      const who = parseToken(token);
      const from = request ? address(request) : 'unknown';
      if (!doc || !who) throw Object.assign(new Error('refused'), { reason: 'not-a-room' });
      const meta = await readMeta(doc.code);
      if (!meta) {
        wrongCodes.hit(from);
        throw Object.assign(new Error('no room'), { reason: 'no-room' });
      }
      void requestHeaders;
      if (who.role === 'teacher') {
        if (hashSecret(who.secret) !== meta.secretHash) throw Object.assign(new Error('not the teacher'), { reason: 'not-teacher' });
        // The answers are written by the server alone.
        if (doc.kind === 'answers') connectionConfig.readOnly = true;
        return { role: 'teacher', code: doc.code, refused: 0, window: 0, count: 0 } satisfies Context;
      }
      if (doc.kind !== 'stage') throw Object.assign(new Error('students read the stage only'), { reason: 'forbidden' });
      connectionConfig.readOnly = true;
      return { role: 'student', code: doc.code, student: who.student, name: who.name?.trim() || undefined, refused: 0, window: 0, count: 0 } satisfies Context;
    },
    async beforeHandleMessage({ update, context, connection }) {
      const c = context as Context;
      const second = Math.floor(Date.now() / 1000);
      if (c.window !== second) {
        c.window = second;
        c.count = 0;
      }
      if (++c.count > MESSAGES_PER_SECOND) {
        log(`class: cut off a ${c.role} in ${c.code} for flooding`);
        connection.webSocket.close(4008, 'too many messages');
        throw Object.assign(new Error('flood'), { reason: 'flood' });
      }
      const d = decoding.createDecoder(update);
      decoding.readVarString(d);
      if (decoding.readVarUint(d) === BROADCAST_STATELESS) throw Object.assign(new Error('no broadcasts'), { reason: 'forbidden' });
    },
    async onStateless({ payload, document, connection }) {
      const c = connection.context as Context;
      if (c.role !== 'student' || !c.student) return;
      const current = readStage(document.getMap('stage').get('stage'));
      const check = checkAnswer(payload, current, c.student, c.name, Date.now());
      let reply: ServerReply;
      if (check.ok) {
        await writeAnswers(c.code, (doc) => doc.getMap('answers').set(check.key, JSON.stringify(check.record)));
        reply = { type: 'recorded', question: check.record.question };
      } else {
        reply = { type: 'refused', question: check.question || '-', reason: check.reason };
        if (++c.refused > REFUSALS_ALLOWED) {
          log(`class: cut off a student in ${c.code} after ${c.refused} refused messages`);
          connection.webSocket.close(4003, 'too many refused messages');
          return;
        }
      }
      connection.sendStateless(JSON.stringify(reply));
    },
    // Who has joined, for the teacher's "answered of joined": kept beside the answers.
    async connected({ context }) {
      const c = context as Context;
      if (c.role === 'student' && c.student) await markJoined(c, true);
    },
    async onDisconnect({ context }) {
      const c = context as Context;
      if (c.role === 'student' && c.student && metaCache.has(c.code)) await markJoined(c, false);
    },
    async onChange({ documentName }) {
      const doc = parseDocumentName(documentName);
      if (doc) await touch(doc.code);
    },
  });

  async function writeAnswers(code: string, change: (doc: Y.Doc) => void): Promise<void> {
    const dc = await hocuspocus.openDirectConnection(`answers/${code}`, { role: 'server' });
    await dc.transact(change);
    await dc.disconnect();
  }

  function markJoined(c: Context, online: boolean): Promise<void> {
    const student = c.student ?? '';
    return writeAnswers(c.code, (doc) => doc.getMap('joined').set(student, JSON.stringify({ ...(c.name ? { name: c.name } : {}), online, at: Date.now() })));
  }

  async function readMeta(code: string): Promise<RoomMeta | null> {
    const cached = metaCache.get(code);
    if (cached) return cached;
    const dc = await hocuspocus.openDirectConnection(`meta/${code}`, { role: 'server' });
    const map = dc.document?.getMap('meta');
    const secretHash = map?.get('secretHash');
    const lastActive = map?.get('lastActive');
    await dc.disconnect();
    if (typeof secretHash !== 'string' || typeof lastActive !== 'number') return null;
    const meta = { secretHash, lastActive };
    metaCache.set(code, meta);
    return meta;
  }

  async function writeMeta(code: string, meta: RoomMeta): Promise<void> {
    const dc = await hocuspocus.openDirectConnection(`meta/${code}`, { role: 'server' });
    await dc.transact((doc) => {
      const map = doc.getMap('meta');
      map.set('secretHash', meta.secretHash);
      map.set('lastActive', meta.lastActive);
    });
    await dc.disconnect();
    metaCache.set(code, meta);
  }

  /** Marks a room as used (at most once a minute, so busy rooms do not write for every answer). */
  async function touch(code: string): Promise<void> {
    const meta = metaCache.get(code);
    if (meta && now() - meta.lastActive > 60_000) await writeMeta(code, { ...meta, lastActive: now() });
  }

  async function createRoom(): Promise<{ code: string; secret: string }> {
    for (;;) {
      const code = newRoomCode((bytes) => randomBytes(bytes.length));
      if (await readMeta(code)) continue;
      const secret = randomBytes(16).toString('hex');
      await writeMeta(code, { secretHash: hashSecret(secret), lastActive: now() });
      return { code, secret };
    }
  }

  /** Removes a room: its connections closed, its documents unloaded and deleted from the file. */
  async function removeRoom(code: string): Promise<void> {
    const names = ['stage', 'answers', 'meta'].map((kind) => `${kind}/${code}`);
    metaCache.delete(code);
    for (const name of names) hocuspocus.closeConnections(name);
    for (let i = 0; i < 100 && names.some((n) => hocuspocus.documents.has(n)); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise<void>((resolve, reject) =>
      sqlite.db ? sqlite.db.run(`DELETE FROM "documents" WHERE "name" IN (?, ?, ?)`, names, (err) => (err ? reject(err) : resolve())) : resolve(),
    );
  }

  async function sweep(): Promise<void> {
    if (!sqlite.db) return;
    const rows = await new Promise<{ name: string }[]>((resolve, reject) =>
      sqlite.db?.all(`SELECT "name" FROM "documents" WHERE "name" LIKE 'meta/%'`, (err, r: { name: string }[]) => (err ? reject(err) : resolve(r))),
    );
    for (const { name } of rows) {
      const code = name.slice(5);
      const meta = await readMeta(code);
      if (meta && now() - meta.lastActive > idleMs && !hocuspocus.documents.has(`stage/${code}`)) {
        log(`class: removed room ${code}, idle since ${new Date(meta.lastActive).toISOString()}`);
        await removeRoom(code);
      }
    }
  }
  const sweeper = setInterval(() => void sweep().catch((e: unknown) => log(`class: sweep failed: ${String(e)}`)), 10 * 60_000);
  sweeper.unref();

  const allowed = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    if (!origin || !options.allowedOrigins?.length) return true;
    const host = req.headers.host;
    return options.allowedOrigins.includes(origin) || (host !== undefined && new URL(origin).host === host);
  };

  /** Answers /class/api/…; returns false for any other path. */
  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/class/api/')) return false;
    if (!allowed(req)) {
      json(res, 403, { error: 'This site may not use this class server.' });
      return true;
    }
    const from = address(req);
    const parts = url.pathname.slice('/class/api/'.length).split('/');
    try {
      if (req.method === 'POST' && parts.length === 1 && parts[0] === 'rooms') {
        if (!roomsMade.hit(from)) return (json(res, 429, { error: 'Too many rooms made from this address: wait a while.' }), true);
        json(res, 201, await createRoom());
        return true;
      }
      if (req.method === 'GET' && parts.length === 1 && parts[0] === 'info') {
        // The addresses phones on the same network can reach, for a teacher whose own page says localhost.
        const addresses = Object.values(networkInterfaces())
          .flat()
          .flatMap((i) => (i && i.family === 'IPv4' && !i.internal ? [i.address] : []));
        json(res, 200, { addresses });
        return true;
      }
      const code = parts[0] === 'rooms' ? normaliseRoomCode(parts[1] ?? '') : null;
      if (wrongCodes.blocked(from)) return (json(res, 429, { error: 'Too many wrong codes from this address: wait a minute.' }), true);
      if (req.method === 'GET' && parts.length === 2 && code) {
        // A wrong code is an answer, not an error: 200 with exists false (a 404 would be logged as a fault on every phone).
        const meta = await readMeta(code);
        if (!meta) wrongCodes.hit(from);
        json(res, 200, meta ? { exists: true, code } : { exists: false, error: 'There is no class with that code. Check it with your teacher.' });
        return true;
      }
      if (req.method === 'POST' && parts.length === 3 && parts[2] === 'end' && code) {
        const body = JSON.parse(await readBody(req, 1000)) as { secret?: unknown };
        const meta = await readMeta(code);
        if (!meta || typeof body.secret !== 'string' || hashSecret(body.secret) !== meta.secretHash) return (json(res, 403, { error: 'Only the teacher can end the session.' }), true);
        await removeRoom(code);
        json(res, 200, { ended: code });
        return true;
      }
      json(res, 404, { error: 'Not found' });
    } catch (error) {
      log(`class: ${req.method} ${url.pathname} failed: ${String(error)}`);
      json(res, 400, { error: 'The request could not be read.' });
    }
    return true;
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: CLASS_LIMITS.messageBytes });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/class') return;
    const refuse = (status: number, text: string) => {
      socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (!allowed(req)) return refuse(403, 'Forbidden');
    if (wrongCodes.blocked(address(req))) return refuse(429, 'Too Many Requests');
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Without this, one oversized frame would end the process.
      ws.on('error', (err) => log(`class: socket error: ${err.message}`));
      hocuspocus.handleConnection(ws, req, {});
    });
  };

  const attached = new Set<HttpServer>();
  return {
    hocuspocus,
    handleHttp,
    createRoom,
    removeRoom,
    sweep,
    /** Serves the socket on this HTTP server (other upgrades, such as Vite's, are left alone). */
    attach(server: HttpServer) {
      server.on('upgrade', onUpgrade);
      attached.add(server);
    },
    async close(): Promise<void> {
      clearInterval(sweeper);
      for (const server of attached) server.off('upgrade', onUpgrade);
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.close(1001, 'server shutting down');
      for (let i = 0; i < 250 && hocuspocus.getDocumentsCount() > 0; i++) await new Promise((r) => setTimeout(r, 20));
      wss.close();
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await new Promise<void>((resolve) => (sqlite.db ? sqlite.db.close(() => resolve()) : resolve()));
    },
  };
}

export type ClassServer = ReturnType<typeof createClassServer>;
