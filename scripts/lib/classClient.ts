/** A Node client of the class server, as a phone or the teacher's screen would connect (the provider, with ws for a socket), for its tests and load test. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
  failed: Promise<string>;
  stateless: string[];
  destroy(): void;
}

export function connect(url: string, name: string, token: object, maxAttempts = 2): TestClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts });
  const stateless: string[] = [];
  let fail: (reason: string) => void = () => {};
  const failed = new Promise<string>((resolve) => (fail = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token: JSON.stringify(token),
    document: doc,
    onAuthenticationFailed: ({ reason }) => fail(reason),
    onStateless: ({ payload }) => void stateless.push(payload),
  });
  provider.attach();
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return {
    doc,
    provider,
    synced,
    failed,
    stateless,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits for a condition to hold, checking on each turn of the event loop (no fixed sleep). */
export async function until(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}
