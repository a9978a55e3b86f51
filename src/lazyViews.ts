/**
 * Views a first visit does not need load on demand, each in its own chunk with its CSS:
 * the comparison, the stance matrix, the presenter's console, the print handouts, and the
 * motion of the panel.
 */
import { lazy } from 'react';

export const ComparePanel = lazy(() => import('./components/panel/ComparePanel').then((m) => ({ default: m.ComparePanel })));
export const StanceMatrix = lazy(() => import('./components/teach/StanceMatrix').then((m) => ({ default: m.StanceMatrix })));
export const PresenterConsole = lazy(() => import('./components/teach/PresenterConsole').then((m) => ({ default: m.PresenterConsole })));

/** The panel's slide-in (framer-motion) loads when the page is idle (see Panel). */
export const loadSlideIn = () => import('./components/panel/SlideIn').then((m) => m.SlideIn);

/** The handouts are loaded ahead of printing (see usePrintHandouts), not through Suspense. */
export const loadPrintHandouts = () => import('./components/teach/PrintHandouts').then((m) => m.PrintHandouts);
