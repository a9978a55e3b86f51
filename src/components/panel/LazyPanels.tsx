/**
 * The actor's view and the source guide: a first visit opens on the event, so they load
 * after the first picture, when the page is first idle (Panel asks), and a click on an
 * actor rarely waits for them. One wanted sooner (a link to an actor, a quick click) loads
 * at once, with a line saying so meanwhile; once loaded they render at once, with no wait.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type * as PanelViews from './panelViews';

type Views = typeof PanelViews;

let views: Views | null = null;
let loading: Promise<Views> | null = null;

/** Loads both views (once; again after a failed download). */
export function loadPanelViews(): Promise<Views> {
  loading ??= import('./panelViews').then(
    (m) => (views = m),
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}

const LazyActorPanel = lazy(() => loadPanelViews().then((m) => ({ default: m.ActorPanel })));
const LazySourcePanel = lazy(() => loadPanelViews().then((m) => ({ default: m.SourcePanel })));

export function ActorView(props: ComponentProps<Views['ActorPanel']>) {
  if (views) return <views.ActorPanel {...props} />;
  return (
    <Suspense fallback={<p className="panel__body">Loading this actor’s view…</p>}>
      <LazyActorPanel {...props} />
    </Suspense>
  );
}

export function SourceView(props: ComponentProps<Views['SourcePanel']>) {
  if (views) return <views.SourcePanel {...props} />;
  return (
    <Suspense fallback={<p className="panel__body">Loading the source guide…</p>}>
      <LazySourcePanel {...props} />
    </Suspense>
  );
}
