/**
 * The presenter's window and the audience window, talking over a BroadcastChannel with no
 * server. Every incoming message is checked (see messages.ts) before `onMessage` sees it;
 * a malformed one is dropped.
 */
import type { ChannelMessage } from './messages';

export interface AudienceChannel {
  send(message: ChannelMessage): void;
  close(): void;
}

export function openAudienceChannel(name: string, onMessage: (message: ChannelMessage) => void): AudienceChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  // The checker loads with the channel; messages that arrive first wait for it, in order.
  const checker = import('./messages');
  let open = true;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    void checker.then(({ parseChannelMessage }) => {
      const message = open ? parseChannelMessage(event.data) : null;
      if (message) onMessage(message);
    });
  };
  return {
    send: (message) => {
      if (open) channel.postMessage(message);
    },
    close: () => {
      open = false;
      channel.close();
    },
  };
}
