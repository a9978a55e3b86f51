/**
 * `npm run serve`: the built app (dist/) and the class server on one port, for a school's own
 * machine. Settings come from environment variables (see config.ts and the README).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createClassServer } from './classServer';
import { classSettings } from './config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/** Files from `root`, nothing outside it; hashed assets cached for a year, the rest checked on every visit. */
export function serveStatic(root: string) {
  const base = path.resolve(root);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = path.resolve(base, `.${decodeURIComponent(pathname)}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const hashed = file.includes(`${path.sep}assets${path.sep}`);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' });
    createReadStream(file).pipe(res);
  };
}

async function main(): Promise<void> {
  const settings = classSettings();
  const extensions = [];
  if (settings.redisUrl) {
    const { Redis } = await import('@hocuspocus/extension-redis');
    const url = new URL(settings.redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379), prefix: 'standpoint', identifier: `${process.pid}-${settings.port}` }));
  }
  const cls = createClassServer({ dataFile: settings.dataFile, allowedOrigins: settings.allowedOrigins, roomIdleMs: settings.roomIdleMs, roomsPerHour: settings.roomsPerHour, extensions, log: (line) => console.log(line) });
  const files = serveStatic(process.env.STANDPOINT_DIST || 'dist');
  const http = createServer((req, res) => {
    void cls.handleHttp(req, res).then((handled) => (handled ? undefined : files(req, res)));
  });
  cls.attach(http);
  http.listen(settings.port, settings.host, () => {
    console.log(`Standpoint is serving dist/ and the class server at http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}/ (rooms kept in ${settings.dataFile}${settings.redisUrl ? `, joined to others by ${settings.redisUrl}` : ''})`);
  });
  const stop = () => {
    console.log('Standpoint: closing the class server (saving every room)…');
    // Rooms are saved first; then open HTTP connections (kept alive by browsers) are closed too.
    void cls.close().then(() => {
      http.closeAllConnections();
      http.close(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
