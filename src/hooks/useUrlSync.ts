import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { focusFromSearch, sameFocus, searchWithFocus } from '../store/url';

/**
 * Keeps the focus and the URL in step: the URL opens the view on load, each new view is a
 * history entry (so Back and Forward move through the actors visited), and Back restores it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const { setFocus } = useAppStore.getState();
    setFocus(focusFromSearch(window.location.search));
    // An unknown actor in a link falls back to the event: say so in the URL too.
    const initial = searchWithFocus(window.location.search, useAppStore.getState().focus);
    if (initial !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${initial}${window.location.hash}`);

    const onPop = () => setFocus(focusFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    const unsubscribe = useAppStore.subscribe(({ focus }, prev) => {
      if (focus === prev.focus || sameFocus(focus, focusFromSearch(window.location.search))) return;
      const search = searchWithFocus(window.location.search, focus);
      window.history.pushState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
    };
  }, []);
}
