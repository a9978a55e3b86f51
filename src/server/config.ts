/**
 * The class server's settings, from environment variables (documented in the README):
 *
 *   PORT                        npm run serve's port (default 8080)
 *   HOST                        the address it listens on (default 0.0.0.0: the school's network)
 *   STANDPOINT_CLASS_DATA       the SQLite file rooms are kept in (default .standpoint/classes.sqlite)
 *   STANDPOINT_ALLOWED_ORIGINS  other sites allowed to use the server, comma-separated (default: none)
 *   STANDPOINT_ROOM_IDLE_HOURS  a room unused this long is removed (default 12)
 *   STANDPOINT_ROOMS_PER_HOUR   rooms one address may make in an hour (default 20)
 *   REDIS_URL                   redis://host:port to run several server processes as one (default: none)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export interface ClassSettings {
  port: number;
  host: string;
  dataFile: string;
  allowedOrigins: string[];
  roomIdleMs: number;
  roomsPerHour: number;
  redisUrl: string | null;
}

export function classSettings(env: NodeJS.ProcessEnv = process.env): ClassSettings {
  const dataFile = env.STANDPOINT_CLASS_DATA || '.standpoint/classes.sqlite';
  if (dataFile !== ':memory:') mkdirSync(path.dirname(path.resolve(dataFile)), { recursive: true });
  const hours = Number(env.STANDPOINT_ROOM_IDLE_HOURS || 12);
  return {
    port: Number(env.PORT || 8080),
    host: env.HOST || '0.0.0.0',
    dataFile,
    allowedOrigins: (env.STANDPOINT_ALLOWED_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
    roomIdleMs: (Number.isFinite(hours) && hours > 0 ? hours : 12) * 60 * 60 * 1000,
    roomsPerHour: Math.max(1, Number(env.STANDPOINT_ROOMS_PER_HOUR) || 20),
    redisUrl: env.REDIS_URL || null,
  };
}
