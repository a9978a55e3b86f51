import { POSITION_MAX, POSITION_MIN } from '../../../model/constants';
import type { Issue, Stance } from '../../../model/schema';
import { positionWords, signedPosition } from '../../../model/vocabulary';

const STEPS = Array.from({ length: POSITION_MAX - POSITION_MIN + 1 }, (_, i) => POSITION_MIN + i);

/** A five-step scale with the actor's position marked, read out in words. */
export function StanceScale({ issue, stance }: { issue: Issue; stance: Stance }) {
  const words = positionWords(stance.position, issue.low, issue.high);
  return (
    <div className="scale" role="img" aria-label={`${signedPosition(stance.position)} on a scale from ${signedPosition(POSITION_MIN)} (${issue.low}) to ${signedPosition(POSITION_MAX)} (${issue.high}). ${words}.`}>
      <span className="scale__end">{issue.low}</span>
      <span className="scale__track" aria-hidden="true">
        {STEPS.map((step) => (
          <span key={step} className={`scale__step${step === stance.position ? ' scale__step--on' : ''}`}>
            {step === stance.position ? signedPosition(step) : ''}
          </span>
        ))}
      </span>
      <span className="scale__end scale__end--high">{issue.high}</span>
    </div>
  );
}
