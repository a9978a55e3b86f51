import { useEffect } from 'react';
import { useAppStore, type ViewState } from '../store/appStore';
import { viewOf } from '../store/url';

type Message = { type: 'hello'; audience: boolean } | { type: 'view'; view: ViewState; blank: boolean };

/**
 * Keeps the presenter's window and the audience window in step, both ways, with no server:
 * each window tells the other of every new view over a BroadcastChannel, and a window that
 * (re)loads says hello and is answered with the current view.
 */
export function useBroadcastSync(channelName: string, audience: boolean): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName);
    let applying = false;
    const send = () => {
      const s = useAppStore.getState();
      // The audience window always presents; the presenter's choice of mode stays its own.
      channel.postMessage({ type: 'view', view: { ...viewOf(s), presenting: true }, blank: s.blank } satisfies Message);
    };
    channel.onmessage = (e: MessageEvent<Message>) => {
      const msg = e.data;
      if (msg.type === 'hello') {
        if (msg.audience) useAppStore.getState().setAudienceConnected(true);
        send();
        return;
      }
      const s = useAppStore.getState();
      applying = true;
      s.applyView({ focus: msg.view.focus, step: msg.view.step, predict: msg.view.predict, revealed: msg.view.revealed, blank: msg.blank });
      applying = false;
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (applying) return;
      if (s.focus !== prev.focus || s.step !== prev.step || s.blank !== prev.blank || s.predict !== prev.predict || s.revealed !== prev.revealed) send();
    });
    channel.postMessage({ type: 'hello', audience } satisfies Message);
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [channelName, audience]);
}
