import './notices.css';
import { summariseErrors } from '../../model/constants';
import { selectProblem, useAppActions, useAppStore } from '../../store/appStore';

/** Says, in plain words and with JSON paths, why a scenario was refused. Escape dismisses it. */
export function LoadAlert() {
  const problem = useAppStore(selectProblem);
  const { dismissProblem: dismiss } = useAppActions();
  if (!problem) return null;
  const { shown, more } = summariseErrors(problem.errors);
  return (
    <div className="load-alert" role="alert" aria-labelledby="load-alert-title">
      <div className="load-alert__text">
        <p id="load-alert-title" className="load-alert__title">
          {problem.what} could not be opened. Nothing on screen has changed.
        </p>
        <ul className="load-alert__errors">
          {shown.map((e, i) => (
            <li key={i}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
        {more > 0 && <p className="load-alert__more">and {more} more</p>}
      </div>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss <kbd>Esc</kbd>
      </button>
    </div>
  );
}
