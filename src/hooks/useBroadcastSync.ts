import { useEffect } from 'react';

/**
 * Keeps this window in step with the audience window it is paired with (see
 * sync/presenterSync.ts). Nothing happens, and nothing loads, until the two are paired (`secret`).
 */
export function useBroadcastSync(scenarioId: string | undefined, secret: string | null, audience: boolean): void {
  useEffect(() => {
    if (!secret || scenarioId === undefined) return;
    let stop: (() => void) | null = null;
    let live = true;
    void import('../sync/presenterSync').then((m) => {
      if (live) stop = m.startPresenterSync(scenarioId, secret, audience);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [scenarioId, secret, audience]);
}
