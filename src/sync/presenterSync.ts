/**
 * Keeps the presenter's window and the audience window it opened in step, both ways: each
 * tells the other of every new view, and a window that (re)loads says hello and is
 * answered with the current view. Loaded only once the two windows are paired.
 */
import { shallow } from 'zustand/shallow';
import { useAppStore } from '../store/appStore';
import { viewOf } from '../store/url';
import { openAudienceChannel } from './audienceChannel';
import { onProjection, project, projection } from './classProjection';
import { channelName } from './pairing';

/** Starts keeping the windows in step; returns what stops it. */
export function startPresenterSync(scenarioId: string, secret: string, audience: boolean): () => void {
  let applying = false;
  const send = () => {
    const s = useAppStore.getState();
    // The audience window always presents; the presenter's choice of mode stays its own.
    channel?.send({ type: 'view', view: { ...viewOf(s), presenting: true }, blank: s.blank });
  };
  const sendClass = () => {
    if (!audience) channel?.send({ type: 'class', projection: projection() });
  };
  const channel = openAudienceChannel(channelName(scenarioId, secret), (msg) => {
    if (msg.type === 'hello') {
      if (msg.audience) useAppStore.getState().setAudienceConnected(true);
      send();
      sendClass();
      return;
    }
    if (msg.type === 'class') {
      // Only the audience window shows what the presenter's class console puts on the projector.
      if (audience) project(msg.projection);
      return;
    }
    applying = true;
    useAppStore.getState().applyView({ focus: msg.view.focus, step: msg.view.step, predict: msg.view.predict, revealed: msg.view.revealed, blank: msg.blank });
    applying = false;
  });
  if (!channel) return () => {};
  const unsubscribe = useAppStore.subscribe(
    (s) => [s.focus, s.step, s.blank, s.predict, s.revealed],
    () => {
      if (!applying) send();
    },
    { equalityFn: shallow },
  );
  const stopClass = onProjection(sendClass);
  channel.send({ type: 'hello', audience });
  return () => {
    unsubscribe();
    stopClass();
    channel.close();
  };
}
