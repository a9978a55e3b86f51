/**
 * Views a first visit does not need load on demand, each in its own chunk with its CSS:
 * the comparison, the stance matrix, the presenter's console, the print handouts, the
 * scenario editor, the share and export dialog, a class session (the teacher's console and
 * a student's phone), and the motion of the panel.
 */
import { lazy } from 'react';

export const ComparePanel = lazy(() => import('./components/panel/ComparePanel').then((m) => ({ default: m.ComparePanel })));
export const StanceMatrix = lazy(() => import('./components/teach/StanceMatrix').then((m) => ({ default: m.StanceMatrix })));
export const EditorPanel = lazy(() => import('./components/editor/EditorPanel').then((m) => ({ default: m.EditorPanel })));
export const NetworkEditLayer = lazy(() => import('./components/editor/NetworkEditLayer').then((m) => ({ default: m.NetworkEditLayer })));
export const DraftList = lazy(() => import('./components/editor/DraftList').then((m) => ({ default: m.DraftList })));
export const PresenterConsole = lazy(() => import('./components/teach/PresenterConsole').then((m) => ({ default: m.PresenterConsole })));

/** The panel's slide-in (framer-motion) loads when the page is idle (see Panel). */
export const loadSlideIn = () => import('./components/panel/SlideIn').then((m) => m.SlideIn);

/** The editor's drafts: opening, listing and deleting them (see editor/open.ts). */
export const loadDrafts = () => import('./editor/open');

/** The handouts are loaded ahead of printing (see usePrintHandouts), not through Suspense. */
export const loadPrintHandouts = () => import('./components/teach/PrintHandouts').then((m) => m.PrintHandouts);
export const ShareDialog = lazy(() => import('./components/share/ShareDialog').then((m) => ({ default: m.ShareDialog })));
export const ClassConsole = lazy(() => import('./components/class/ClassConsole').then((m) => ({ default: m.ClassConsole })));
export const StudentClass = lazy(() => import('./components/class/StudentClass').then((m) => ({ default: m.StudentClass })));
export const ClassProjector = lazy(() => import('./components/class/ClassProjector').then((m) => ({ default: m.ClassProjector })));

// What only some visits show loads when it is first shown: a scenario on its way in (a link
// that arrives promptly never shows it), a refusal, a walk-through's caption bar, a blank
// projector, the bar of an embedded view.
export const LinkLoading = lazy(() => import('./components/shell/LinkLoading').then((m) => ({ default: m.LinkLoading })));
export const LoadAlert = lazy(() => import('./components/shell/LoadAlert').then((m) => ({ default: m.LoadAlert })));
export const StepBar = lazy(() => import('./components/teach/StepBar').then((m) => ({ default: m.StepBar })));
export const BlankScreen = lazy(() => import('./components/teach/BlankScreen').then((m) => ({ default: m.BlankScreen })));
export const EmbedBar = lazy(() => import('./components/shell/EmbedBar').then((m) => ({ default: m.EmbedBar })));
