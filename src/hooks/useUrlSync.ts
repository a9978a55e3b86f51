import { useEffect } from 'react';
import { cancelScenarioLink, restoreScenario } from '../io/switchScenario';
import { useAppStore, type AppState } from '../store/appStore';
import { entryOrigin, entryState, hashWithOrigin, sameOrigin, searchWithOrigin } from '../store/origin';
import { linkedView, searchForView, viewOf } from '../store/url';

const viewMoved = (s: AppState, prev: AppState) => s.focus !== prev.focus || s.step !== prev.step;
const modeChanged = (s: AppState, prev: AppState) => s.presenting !== prev.presenting || s.predict !== prev.predict || s.revealed !== prev.revealed;

/**
 * Keeps the view, the scenario and the address in step. The address opens the view on
 * load; each new focus or step is a history entry (so Back and Forward move through the
 * actors and steps visited), a change of mode replaces the entry, and opening another
 * scenario is an entry of its own that records where the scenario came from, so Back and
 * Forward restore the scenario and its view together. While a link is loading, the
 * address keeps naming it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const { applyView } = useAppStore.getState();
    // A Back or Forward that changes the scenario: the switch it causes replaces the entry.
    let restoring = false;

    const openView = () => applyView(linkedView(window.location.search));
    const write = (push: boolean) => {
      const s = useAppStore.getState();
      const search = searchForView(searchWithOrigin(window.location.search, s.origin), viewOf(s));
      const url = `${window.location.pathname}${search}${hashWithOrigin(window.location.hash, s.origin)}`;
      if (push && url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.pushState(entryState(s.origin), '', url);
      else window.history.replaceState(entryState(s.origin), '', url);
    };

    if (!useAppStore.getState().loading) {
      openView();
      // Whatever the link asked for that the scenario does not hold is dropped from it too.
      write(false);
    }

    const onPop = () => {
      const origin = entryOrigin(window.history.state, window.location.search, window.location.hash);
      if (sameOrigin(origin, useAppStore.getState().origin)) {
        openView();
        // Back past a link still loading abandons it (its line goes; the address stays as popped).
        if (useAppStore.getState().loading) cancelScenarioLink();
        return;
      }
      restoring = true;
      void restoreScenario(origin, linkedView(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.loading) return;
      if (s.origin !== prev.origin || s.scenario !== prev.scenario) {
        const shown = entryOrigin(window.history.state, window.location.search, window.location.hash);
        write(!restoring && !sameOrigin(shown, s.origin));
        restoring = false;
      } else if (prev.loading) {
        // A link that failed or was cancelled: the address names the scenario on screen again.
        write(false);
        restoring = false;
      } else if (viewMoved(s, prev) || modeChanged(s, prev)) {
        write(viewMoved(s, prev));
      }
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);
}
