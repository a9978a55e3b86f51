import './walk.css';
import { useEffect, useState } from 'react';
import { walkSteps } from '../../model/story';
import type { Scenario } from '../../model/schema';
import { selectNotesShown, selectStep, useAppActions, useAppStore } from '../../store/appStore';
import { StepButtons } from './StepButtons';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** For the presenter's eyes only: speaker notes, what comes next, a timer, and a way to start a class session. */
export function PresenterConsole({ scenario, onClass }: { scenario: Scenario; onClass?: () => void }) {
  const step = useAppStore(selectStep);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const open = useAppStore(selectNotesShown);
  const steps = walkSteps(scenario);
  const current = step === null ? undefined : steps[step];
  const next = step === null ? steps[0] : steps[step + 1];
  const { setNotesShown } = useAppActions();
  if (!open) return null;
  return (
    <section className="console no-audience" aria-label="Presenter notes">
      <div className="console__steps">
        <StepButtons step={step} count={steps.length} />
        <button type="button" className="button" onClick={() => setNotesShown(false)}>
          Hide notes
        </button>
        {onClass && (
          <button type="button" className="button" onClick={onClass}>
            Start a class session
          </button>
        )}
      </div>
      <div className="console__notes">
        <h2>Notes</h2>
        <p>{current?.notes ?? (current ? 'No notes for this step.' : 'Press Page Down (or →) to start the walk-through.')}</p>
      </div>
      <div className="console__next">
        <h2>Next</h2>
        <p>{next ? next.title : 'The end of the walk-through.'}</p>
      </div>
      <div className="console__timer">
        <h2>Time</h2>
        <p>
          <span role="timer" aria-label="Time since you started presenting">
            {clock(now - started)}
          </span>{' '}
          <button type="button" className="button" onClick={() => setStarted(Date.now())}>
            Reset
          </button>
        </p>
      </div>
    </section>
  );
}
