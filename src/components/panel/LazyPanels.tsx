/**
 * The actor's view and the source guide: a first visit opens on the event, so they load at
 * the reader's first sign of acting (Panel asks: see onFirstIntent), while the pointer
 * travels to an actor, and a visit that only looks never fetches them. One wanted sooner (a
 * link to an actor) loads at once, with a line saying so meanwhile; once loaded they render
 * at once, with no wait.
 */
import { useEffect, useState, type ComponentProps } from 'react';
import type * as PanelViews from './panelViews';

type Views = typeof PanelViews;

let views: Views | null = null;
let loading: Promise<Views> | null = null;

/**
 * Loads both views, once. A failed download is not tried again here: Chromium keeps a
 * module whose fetch failed as failed for the rest of the page's life (seen in the app), so
 * the way out is a reload.
 */
export function loadPanelViews(): Promise<Views> {
  loading ??= import('./panelViews').then((m) => (views = m));
  return loading;
}

/**
 * The loaded views, as state: the loading line gives way to the view once, and a view is
 * never swapped for another copy of itself (which would lose what the reader was doing in
 * it). A failed download says so, with a way out.
 */
function usePanelViews(): { loaded: Views | null; failed: boolean } {
  const [loaded, setLoaded] = useState(views);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadPanelViews().then(
      (m) => live && setLoaded(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return { loaded, failed };
}

function Waiting({ loading, failed }: { loading: string; failed: string | null }) {
  if (failed === null) return <p className="panel__body">{loading}</p>;
  return (
    <p className="panel__body" role="alert">
      {failed} Check the connection and reload the page.{' '}
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </p>
  );
}

export function ActorView(props: ComponentProps<Views['ActorPanel']>) {
  const { loaded, failed } = usePanelViews();
  if (loaded) return <loaded.ActorPanel {...props} />;
  return <Waiting loading="Loading this actor’s view…" failed={failed ? 'This actor’s view could not be loaded.' : null} />;
}

export function SourceView(props: ComponentProps<Views['SourcePanel']>) {
  const { loaded, failed } = usePanelViews();
  if (loaded) return <loaded.SourcePanel {...props} />;
  return <Waiting loading="Loading the source guide…" failed={failed ? 'The source guide could not be loaded.' : null} />;
}
