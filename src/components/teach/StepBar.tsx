import './walk.css';
import { walkSteps } from '../../model/story';
import type { Scenario } from '../../model/schema';
import { selectStep, useAppActions, useAppStore } from '../../store/appStore';
import { StepButtons } from './StepButtons';

/** The walk-through's caption and progress, with buttons for those without a clicker. */
export function StepBar({ scenario, audience }: { scenario: Scenario; audience: boolean }) {
  const step = useAppStore(selectStep);
  const { goToStep } = useAppActions();
  if (step === null) return null;
  const steps = walkSteps(scenario);
  const current = steps[step];
  if (!current) return null;
  return (
    <section className="step-bar" aria-labelledby="step-title" aria-live="polite">
      <div className="step-bar__text">
        <h2 id="step-title" className="step-bar__title">
          <span className="step-bar__count">
            Step {step + 1} of {steps.length}
            <span className="visually-hidden">: </span>
          </span>{' '}
          {current.title}
        </h2>
        <p className="step-bar__caption">{current.caption}</p>
      </div>
      <div className="step-bar__progress" aria-hidden="true">
        <span style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
      </div>
      {!audience && (
        <div className="step-bar__controls">
          <StepButtons step={step} count={steps.length} />
          <button type="button" className="button" onClick={() => goToStep(null)}>
            End walk-through
          </button>
        </div>
      )}
    </section>
  );
}
