import type { MouseEvent, ReactNode } from 'react';
import { useAppActions } from '../../store/appStore';
import { searchWithFocus } from '../../store/url';

/** A real link to an actor's view (it can be opened in a new tab), handled in place on a plain click. */
export function ActorLink({ id, children }: { id: string; children: ReactNode }) {
  const { selectActor } = useAppActions();
  const href = searchWithFocus(window.location.search, { kind: 'actor', id });
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    selectActor(id);
  };
  return (
    <a className="actor-link" href={href} onClick={onClick}>
      {children}
    </a>
  );
}
