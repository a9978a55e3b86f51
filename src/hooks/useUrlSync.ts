import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { searchForView, viewFromSearch, viewOf } from '../store/url';

/**
 * Keeps the view and the URL in step: the URL opens the view on load; each new focus or
 * step is a history entry (so Back and Forward move through the actors and steps visited),
 * and a change of mode replaces the entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const { applyView, goToStep } = useAppStore.getState();
    // A link to a step alone (`?step=4`) opens the view that step names.
    const open = () => {
      const view = viewFromSearch(window.location.search);
      applyView(view);
      const params = new URLSearchParams(window.location.search);
      if (view.step !== null && !params.has('actor') && !params.has('view')) goToStep(view.step);
    };
    const write = (push: boolean) => {
      const search = searchForView(window.location.search, viewOf(useAppStore.getState()));
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    open();
    // Whatever the link asked for that the scenario does not hold is dropped from it too.
    write(false);

    const onPop = open;
    window.addEventListener('popstate', onPop);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      const moved = s.focus !== prev.focus || s.step !== prev.step;
      if (moved || s.presenting !== prev.presenting || s.predict !== prev.predict || s.revealed !== prev.revealed) write(moved);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);
}
