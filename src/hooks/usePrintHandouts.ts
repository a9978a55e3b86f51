import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Handouts are rendered only for printing: by the "Print handouts" button or the browser's
 * own Print (beforeprint), and removed again afterwards.
 */
export function usePrintHandouts(): { printing: boolean; print(): void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
