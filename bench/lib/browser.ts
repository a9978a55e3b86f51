/**
 * What every benchmark script shares: the Chromium it drives and how, the build it serves,
 * and a description of the machine it ran on.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import type { Environment } from './types';

/** Debian's Chromium, or CHROMIUM_PATH: a browser is never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-precise-memory-info',
];

export const VIEWPORT = { width: 1280, height: 800 };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The first line of an error's message, at most 300 characters. */
export const message = (err: unknown) => ((err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '').slice(0, 300);

/** Rejects after `ms` (the work itself is stopped by closing its browser context). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export function machineInfo() {
  const cpu = os.cpus()[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const cores = os.cpus().length;
  const memoryGB = Math.round((os.totalmem() / 1024 ** 3) * 10) / 10;
  const machineId = createHash('sha256').update(`${cpu}|${cores}|${os.totalmem()}|${os.platform()}|${os.arch()}`).digest('hex').slice(0, 8);
  return { cpu, cores, memoryGB, machineId, os: `${os.type()} ${os.release()} ${os.arch()}` };
}

/** os.loadavg() rounded to two places. */
export const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100);

/** Where and when a run was measured, as both benchmarks record it; the load average ends now. */
export function measuredOn(chromium: string, chromiumPath: string, loadStart: number[], build: string): Omit<Environment, 'longFrameApi'> {
  const info = machineInfo();
  return {
    date: new Date().toISOString().slice(0, 10),
    machineId: info.machineId,
    cpu: info.cpu,
    cores: info.cores,
    memoryGB: info.memoryGB,
    os: info.os,
    chromium,
    chromiumPath,
    node: process.version,
    loadAverage: { start: loadStart, end: loadAverage() },
    build,
  };
}

/** Runs `npx vite <args>` with its output on stderr; false when it fails. */
export function viteBuild(args: string[], log: (line: string) => void, what: string): boolean {
  log(`${what}…`);
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: ['ignore', 2, 2], timeout: 300_000 });
  if (run.status === 0) return true;
  log(`the build failed (exit ${run.status ?? run.signal})`);
  return false;
}

/** True when Chromium is where it is looked for; says what to do when it is not. */
export function haveChromium(log: (line: string) => void): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  log(`no Chromium at ${CHROMIUM_PATH}; install Debian's chromium package or set CHROMIUM_PATH`);
  return false;
}

/** Identifies the build being served from dist/ (index.html names every hashed asset). */
export function buildId(): string {
  try {
    return createHash('sha256').update(readFileSync('dist/index.html')).digest('hex').slice(0, 12);
  } catch {
    return 'missing';
  }
}
