import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { Scenario } from '../model/schema';
import type { ScenarioOrigin } from '../store/appStore';
import { afterFirstUse } from '../idle';
import { loadPrintHandouts } from '../lazyViews';

type Handouts = ComponentType<{ scenario: Scenario; origin: ScenarioOrigin }>;

/**
 * Handouts are rendered only for printing: by the "Print handouts" button or the browser's
 * own Print (beforeprint), and removed again afterwards. Their code loads ahead (on the
 * reader's first key or touch, or when idle: see afterFirstUse), because beforeprint cannot
 * wait for a download.
 */
export function usePrintHandouts(): { Handouts: Handouts | null; printing: boolean; print(): Promise<void> } {
  const [Handouts, setHandouts] = useState<Handouts | null>(null);
  const [printing, setPrinting] = useState(false);
  const print = useCallback(async () => {
    const component = await loadPrintHandouts();
    flushSync(() => {
      setHandouts(() => component);
      setPrinting(true);
    });
    window.print();
  }, []);
  useEffect(() => {
    let live = true;
    let loaded = false;
    const load = () =>
      void loadPrintHandouts().then((c) => {
        loaded = true;
        if (live) setHandouts(() => c);
      });
    const cancelLoad = afterFirstUse(load);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    // Ctrl+P (Cmd+P) before the handouts have loaded waits for them, then prints.
    const key = (event: KeyboardEvent) => {
      if (loaded || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      void print();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    window.addEventListener('keydown', key);
    return () => {
      live = false;
      cancelLoad();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      window.removeEventListener('keydown', key);
    };
  }, [print]);
  return { Handouts, printing, print };
}
