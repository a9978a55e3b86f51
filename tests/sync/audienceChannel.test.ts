import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAudienceChannel, type AudienceChannel } from '../../src/sync/audienceChannel';
import type { ChannelMessage } from '../../src/sync/messages';

// Node has BroadcastChannel: the test posts from a raw channel, as another page could.
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

function listen(name: string): { channel: AudienceChannel; got: ChannelMessage[] } {
  const got: ChannelMessage[] = [];
  const channel = openAudienceChannel(name, (m) => got.push(m));
  if (!channel) throw new Error('no BroadcastChannel');
  opened.push(channel);
  return { channel, got };
}

/**
 * Messages arrive on a later turn of the event loop, the first ones once the checker has
 * loaded: on a busy machine that can take longer than vi.waitFor's 1 s default (and each
 * test gets longer than vitest's 5 s default to match).
 */
const ARRIVED = { timeout: 15_000 };

function raw(name: string): BroadcastChannel {
  const channel = new BroadcastChannel(name);
  opened.push(channel);
  return channel;
}

describe('openAudienceChannel', { timeout: 30_000 }, () => {
  it('passes on well-formed messages, in order, and drops the rest', async () => {
    const { got } = listen('test:a');
    const sender = raw('test:a');
    sender.postMessage({ type: 'view', blank: false }); // no view
    sender.postMessage({ type: 'hello', audience: true });
    sender.postMessage({ type: 'view', view: { focus: { kind: 'event' }, step: null, presenting: true, predict: false, revealed: 'all' }, blank: false });
    sender.postMessage({ type: 'view', view: { focus: { kind: 'matrix' }, step: 2, presenting: true, predict: false, revealed: [] }, blank: true });
    await vi.waitFor(() => expect(got).toHaveLength(2), ARRIVED);
    expect(got[0]).toEqual({ type: 'hello', audience: true });
    expect(got[1]).toMatchObject({ type: 'view', blank: true, view: { step: 2 } });
  });

  it('hears nothing from another channel name (another secret)', async () => {
    const { got } = listen('test:paired');
    const { channel: other } = listen('test:paired');
    raw('test:guess').postMessage({ type: 'hello', audience: true });
    other.send({ type: 'hello', audience: false });
    await vi.waitFor(() => expect(got).toHaveLength(1), ARRIVED);
    expect(got[0]).toEqual({ type: 'hello', audience: false });
  });

  it('sends nothing and hears nothing once closed', async () => {
    const { channel, got } = listen('test:closed');
    const probe = listen('test:closed');
    channel.close();
    channel.send({ type: 'hello', audience: true });
    raw('test:closed').postMessage({ type: 'hello', audience: true });
    await vi.waitFor(() => expect(probe.got).toHaveLength(1), ARRIVED);
    expect(got).toHaveLength(0);
  });
});
