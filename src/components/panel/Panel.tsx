import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { usePrefersReducedMotion } from '../../hooks/useMediaQuery';
import { afterFirstUse, onFirstIntent } from '../../idle';
import { indexScenario } from '../../model/lookup';
import type { Scenario } from '../../model/schema';
import { selectFocus, useAppActions, useAppStore } from '../../store/appStore';
import { ComparePanel, loadSlideIn } from '../../lazyViews';
import { ActorView, loadPanelViews, SourceView } from './LazyPanels';
import { EventPanel } from './EventPanel';
import { PanelTitleRef } from './PanelTitle';

/** The side panel: the event, the source guide, or the selected actor's view. */
export function Panel({ scenario }: { scenario: Scenario }) {
  const focus = useAppStore(selectFocus);
  const { showEvent, showSource, compareWith } = useAppActions();
  const ref = useRef<HTMLElement>(null);
  const index = indexScenario(scenario);
  const actor = focus.kind === 'actor' ? index.actors.get(focus.id) : undefined;
  const other = focus.kind === 'actor' && focus.compare ? index.actors.get(focus.compare) : undefined;
  const key = focus.kind === 'actor' ? `actor:${focus.id}:${focus.compare ?? ''}` : focus.kind;

  // A link or button inside the panel vanishes when the view changes: move the keyboard to
  // the new heading so nobody is dropped at the top of the page. Selections made in the
  // network (or by the URL) leave the keyboard where it is.
  const lastKey = useRef(key);
  // The page's first view, and every view under reduced motion, appear as they are; others
  // slide in, once the slide-in has loaded (on the reader's first touch or key, or later when idle: see afterFirstUse). Whether a view
  // slides is settled when it appears, so a download that ends meanwhile never remounts it.
  const reduceMotion = usePrefersReducedMotion();
  const [SlideIn, setSlideIn] = useState<ComponentType<{ children: ReactNode }> | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = afterFirstUse(() => void loadSlideIn().then((c) => live && setSlideIn(() => c)));
    return () => {
      live = false;
      cancel();
    };
  }, []);
  // The actor's view and the source guide load at the reader's first sign of acting, before their click.
  useEffect(() => onFirstIntent(() => void loadPanelViews().catch(() => {})), []);
  const [shown, setShown] = useState({ key, slide: false });
  if (shown.key !== key) setShown({ key, slide: SlideIn !== null && !reduceMotion });
  const actedInPanel = useRef(false);
  const title = useRef<HTMLHeadingElement | null>(null);
  const focusTitleOnMount = useRef(false);
  const registerTitle = useCallback((el: HTMLHeadingElement | null) => {
    title.current = el;
    if (el && focusTitleOnMount.current) {
      focusTitleOnMount.current = false;
      el.focus({ preventScroll: true });
    }
  }, []);
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    focusTitleOnMount.current = false;
    const panel = ref.current;
    // Only when scrolled: writing scrollTop makes the browser lay out the page at once,
    // which in a big network costs as much as the rest of the click.
    if (panel && scrolled.current) {
      panel.scrollTop = 0;
      scrolled.current = false;
    }
    if (!panel || !actedInPanel.current) return;
    actedInPanel.current = false;
    // Focused now if the new view's heading is there, or as soon as it mounts (a view still loading).
    if (title.current) title.current.focus({ preventScroll: true });
    else focusTitleOnMount.current = true;
  }, [key]);

  const view =
    actor && other ? (
      <Suspense fallback={<p className="panel__body">Loading the comparison…</p>}>
        <ComparePanel scenario={scenario} a={actor} b={other} />
      </Suspense>
    ) : actor ? (
      <ActorView scenario={scenario} actor={actor} />
    ) : focus.kind === 'source' ? (
      <SourceView scenario={scenario} />
    ) : (
      <EventPanel scenario={scenario} onShowSource={showSource} />
    );

  return (
    <aside
      className="panel"
      ref={ref}
      aria-label="Perspective"
      onScroll={(e) => {
        scrolled.current = e.currentTarget.scrollTop > 0;
      }}
      onClickCapture={(e) => {
        actedInPanel.current = e.target instanceof Element && e.target.closest('a, button') !== null;
      }}
    >
      {focus.kind !== 'event' && (
        <nav className="panel__nav no-audience" aria-label="Panel">
          <button type="button" className="button button--back" onClick={showEvent}>
            <span aria-hidden="true">← </span>Back to the event
          </button>
          {actor && other && (
            <button type="button" className="button" onClick={() => compareWith(null)}>
              Stop comparing
            </button>
          )}
        </nav>
      )}
      {/* A new key mounts the new view at once (and slides it in); the old one leaves
          without an exit animation so the next view is never kept waiting. */}
      <PanelTitleRef value={registerTitle}>{shown.slide && SlideIn ? <SlideIn key={key}>{view}</SlideIn> : <div key={key}>{view}</div>}</PanelTitleRef>
    </aside>
  );
}
