import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';

/**
 * Keeps `?scenario=` in the address in step with where the open scenario came from: a
 * scenario opened from a link keeps its link; one from a file or the built-in one has none.
 */
export function useScenarioParam(): void {
  useEffect(() => {
    const write = () => {
      const { origin } = useAppStore.getState();
      const params = new URLSearchParams(window.location.search);
      if (origin.kind === 'url') params.set('scenario', origin.url);
      else params.delete('scenario');
      const search = params.toString() ? `?${params.toString()}` : '';
      if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
    };
    write();
    return useAppStore.subscribe((state, prev) => {
      if (state.origin !== prev.origin) write();
    });
  }, []);
}
