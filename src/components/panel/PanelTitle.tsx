import { createContext, useContext, type ReactNode } from 'react';

/**
 * The panel's heading registers itself with the panel through this callback, so the panel
 * can move the keyboard to it, even when the view arrives later (the comparison loads in a
 * chunk of its own), without searching the DOM for it.
 */
export const PanelTitleRef = createContext<(el: HTMLHeadingElement | null) => void>(() => {});

/** The heading of a panel view: the target of `aria-labelledby="panel-title"` and of the keyboard after a view changes. */
export function PanelTitle({ children }: { children: ReactNode }) {
  const register = useContext(PanelTitleRef);
  return (
    <h2 id="panel-title" tabIndex={-1} ref={register}>
      {children}
    </h2>
  );
}
