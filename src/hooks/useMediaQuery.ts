import { useSyncExternalStore } from 'react';

interface Query {
  matches: boolean;
  subscribe(onChange: () => void): () => void;
}

const queries = new Map<string, Query>();

/**
 * One watcher per media query, whose answer is read once and then kept from its change
 * events: asking the browser again on every render can make it restyle the page first.
 */
function watch(media: string): Query {
  let query = queries.get(media);
  if (query) return query;
  const list = window.matchMedia(media);
  const listeners = new Set<() => void>();
  const watcher: Query = {
    matches: list.matches,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  list.addEventListener('change', (event) => {
    watcher.matches = event.matches;
    for (const listener of listeners) listener();
  });
  query = watcher;
  queries.set(media, query);
  return query;
}

/** Whether a CSS media query matches (the system's dark scheme, reduced motion, …), kept current. */
export function useMediaQuery(media: string): boolean {
  const query = watch(media);
  return useSyncExternalStore(
    query.subscribe,
    () => query.matches,
    () => false,
  );
}

/** Whether the reader asked their system for less motion. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
