import { cancelScenarioLink } from '../../io/switchScenario';
import { LINK_TIMEOUT_MS } from '../../model/constants';
import { selectLoading, useAppStore } from '../../store/appStore';

/** A linked scenario on its way: where from, how long it may take, and a way to stop waiting. */
export function LinkLoading() {
  const loading = useAppStore(selectLoading);
  if (!loading) return null;
  return (
    <div className="link-loading" role="status">
      <p className="link-loading__text">
        Loading the scenario from <strong>{loading.host}</strong>&hellip; The scenario below stays until it arrives (at most {LINK_TIMEOUT_MS / 1000} s).
      </p>
      <button type="button" className="button" onClick={cancelScenarioLink}>
        Cancel loading
      </button>
    </div>
  );
}
