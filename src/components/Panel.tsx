import { m, useReducedMotion } from 'framer-motion';
import { Suspense, useLayoutEffect, useRef, useState } from 'react';
import { indexScenario } from '../model/lookup';
import type { Scenario } from '../model/schema';
import { selectCompareWith, selectFocus, selectShowEvent, selectShowSource, useAppStore } from '../store/appStore';
import { ComparePanel } from '../lazyViews';
import { ActorPanel } from './ActorPanel';
import { EventPanel } from './EventPanel';
import { SourcePanel } from './SourcePanel';

/** The side panel: the event, the source guide, or the selected actor's view. */
export function Panel({ scenario }: { scenario: Scenario }) {
  const focus = useAppStore(selectFocus);
  const showEvent = useAppStore(selectShowEvent);
  const showSource = useAppStore(selectShowSource);
  const compareWith = useAppStore(selectCompareWith);
  const ref = useRef<HTMLElement>(null);
  const index = indexScenario(scenario);
  const actor = focus.kind === 'actor' ? index.actors.get(focus.id) : undefined;
  const other = focus.kind === 'actor' && focus.compare ? index.actors.get(focus.compare) : undefined;
  const key = focus.kind === 'actor' ? `actor:${focus.id}:${focus.compare ?? ''}` : focus.kind;

  // A link or button inside the panel vanishes when the view changes: move the keyboard to
  // the new heading so nobody is dropped at the top of the page. Selections made in the
  // network (or by the URL) leave the keyboard where it is.
  const lastKey = useRef(key);
  // The page's first view, and every view under reduced motion, appear as they are; others slide in.
  const reduceMotion = useReducedMotion() ?? false;
  const [firstKey] = useState(key);
  const actedInPanel = useRef(false);
  useLayoutEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    const panel = ref.current;
    if (panel) panel.scrollTop = 0;
    if (!panel || !actedInPanel.current) return;
    actedInPanel.current = false;
    const focusTitle = () => {
      const title = panel.querySelector<HTMLElement>('#panel-title');
      title?.focus({ preventScroll: true });
      return title !== null;
    };
    if (focusTitle()) return;
    // A view still loading (the comparison comes in its own chunk): focus it when it arrives.
    const observer = new MutationObserver(() => {
      if (focusTitle()) observer.disconnect();
    });
    observer.observe(panel, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [key]);

  return (
    <aside
      className="panel"
      ref={ref}
      aria-label="Perspective"
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
      {/* A new key mounts the new view at once and slides it in; the old one leaves
          without an exit animation so the next view is never kept waiting. */}
      <m.div
        key={key}
        initial={reduceMotion || key === firstKey ? false : { opacity: 0.4, x: 20 }}
        animate={{ opacity: 1, x: 0 }}
        transition={{ duration: 0.2, ease: 'easeOut' }}
      >
          {actor && other ? (
            <Suspense fallback={<p className="panel__body">Loading the comparison…</p>}>
              <ComparePanel scenario={scenario} a={actor} b={other} />
            </Suspense>
          ) : actor ? (
            <ActorPanel scenario={scenario} actor={actor} />
          ) : focus.kind === 'source' ? (
            <SourcePanel scenario={scenario} />
          ) : (
            <EventPanel scenario={scenario} onShowSource={showSource} />
          )}
      </m.div>
    </aside>
  );
}
