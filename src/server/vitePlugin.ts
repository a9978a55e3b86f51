/**
 * The class server inside Vite's own servers: `npm start` (vite) and `vite preview` serve the
 * app and the class server on one port, so a teacher with one laptop runs one command.
 * Vite's hot-reload socket shares the port; the class server answers only /class.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { classSettings } from './config';

type Mount = (fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) => void;

export function classServerPlugin(): Plugin {
  // Loaded only when a server starts, so building the app does not load the server's modules.
  const setup = async (http: HttpServer | null, mount: Mount) => {
    if (!http) return;
    const { createClassServer } = await import('./classServer');
    const settings = classSettings();
    const server = createClassServer({ dataFile: settings.dataFile, allowedOrigins: settings.allowedOrigins, roomIdleMs: settings.roomIdleMs, roomsPerHour: settings.roomsPerHour, log: (line) => console.log(line) });
    server.attach(http);
    mount((req, res, next) => void server.handleHttp(req, res).then((handled) => (handled ? undefined : next())));
    http.once('close', () => void server.close());
  };
  return {
    name: 'standpoint-class-server',
    configureServer: (vite) => setup(vite.httpServer as HttpServer | null, (fn) => vite.middlewares.use(fn)),
    configurePreviewServer: (preview) => setup(preview.httpServer as unknown as HttpServer, (fn) => preview.middlewares.use(fn)),
  };
}
