/**
 * Real processes for the class server's tests and load test: a redis-server, and `npm run serve`'s server
 * (src/server/serve.ts) on a port of its own. Each is waited for by asking it (a ping, an
 * HTTP request), never by sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function until(check: () => Promise<boolean>, what: string, limitMs = 30_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

export interface Running {
  port: number;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function running(child: ChildProcess, port: number): Running {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return {
    port,
    process: child,
    output: () => out,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** A redis-server that keeps nothing on disk, answering PING. */
export async function startRedis(): Promise<Running> {
  const port = await freePort();
  const bin = process.env.REDIS_SERVER || 'redis-server';
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const r = running(child, port);
  await until(
    () =>
      new Promise((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('error', () => resolve(false));
        socket.once('data', (d) => {
          socket.end();
          resolve(d.toString().startsWith('+PONG'));
        });
        socket.once('connect', () => socket.write('PING\r\n'));
      }),
    `redis-server on port ${port} (${r.output()})`,
  );
  return r;
}

/** `npm run serve`'s server, with these settings (on `port`, or a free one), once it answers. */
export async function startClassServer(env: Record<string, string>, port?: number): Promise<Running> {
  port ??= await freePort();
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['src/server/serve.ts'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const r = running(child, port);
  await until(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/class/api/info`)).ok;
    } catch {
      return false;
    }
  }, `the class server on port ${port}`);
  return r;
}
