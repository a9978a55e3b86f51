import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import type { Scenario } from '../model/schema';
import type { ScenarioOrigin } from '../store/appStore';
import { afterFirstDraw } from '../idle';
import { loadPrintHandouts } from '../lazyViews';

type Handouts = ComponentType<{ scenario: Scenario; origin: ScenarioOrigin }>;

/**
 * Handouts are rendered only for printing: by the "Print handouts" button or the browser's
 * own Print (beforeprint), and removed again afterwards. Their code loads when the page is
 * idle, because beforeprint cannot wait for a download.
 */
export function usePrintHandouts(): { Handouts: Handouts | null; printing: boolean; print(): Promise<void> } {
  const [Handouts, setHandouts] = useState<Handouts | null>(null);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () => void loadPrintHandouts().then((c) => live && setHandouts(() => c));
    const cancelLoad = afterFirstDraw(load, 5000);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      live = false;
      cancelLoad();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(async () => {
    const component = await loadPrintHandouts();
    flushSync(() => {
      setHandouts(() => component);
      setPrinting(true);
    });
    window.print();
  }, []);
  return { Handouts, printing, print };
}
