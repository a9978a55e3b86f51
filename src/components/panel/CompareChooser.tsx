import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Actor, Scenario } from '../../model/schema';
import { KindGlyph } from '../network/KindGlyph';
import { ActorFinder } from './ActorFinder';
import './compare.css';

/**
 * "Compare with…": a disclosure that lists every other actor as a button, or in a big scenario
 * finds them by name as the event view's actor list does. Escape closes it, returns the
 * keyboard to the toggle and is marked handled so the app does not also act on it.
 */
export function CompareChooser({ scenario, actor, onChoose }: { scenario: Scenario; actor: Actor; onChoose(id: string): void }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const others = scenario.actors.filter((other) => other.id !== actor.id);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  if (others.length === 0) return null;
  return (
    <div className="compare-chooser" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button compare-chooser__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        Compare with…
        <span className="compare-chooser__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={listId} hidden={!open}>
        {/* Rendered when open: a big network would otherwise mount thousands of hidden buttons. */}
        {open && (
          <ActorFinder actors={others}>
            {(shown) => (
              <ul className="compare-chooser__list" aria-label={`Compare ${actor.label} with`}>
                {shown.map((other) => (
                  <li key={other.id}>
                    <button
                      type="button"
                      className="compare-chooser__option"
                      onClick={() => {
                        setOpen(false);
                        onChoose(other.id);
                      }}
                    >
                      <KindGlyph kind={other.kind} />
                      <span>{other.name}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </ActorFinder>
        )}
      </div>
    </div>
  );
}
