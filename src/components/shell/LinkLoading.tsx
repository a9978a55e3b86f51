import './notices.css';
import { cancelScenarioLink } from '../../io/switchScenario';
import { LINK_TIMEOUT_MS } from '../../model/constants';
import { selectLoading, useAppStore } from '../../store/appStore';

/**
 * A scenario on its way in, from a link or a file: where from, how far it has got (a big one
 * takes seconds to read and check), and a way to stop waiting.
 */
export function LinkLoading() {
  const loading = useAppStore(selectLoading);
  if (!loading) return null;
  return (
    <div className="link-loading" role="status">
      <p className="link-loading__text">
        {loading.name === undefined ? (
          <>
            Loading the scenario from <strong>{loading.host}</strong>&hellip; The scenario below stays until it arrives (at most {LINK_TIMEOUT_MS / 1000} s).
          </>
        ) : (
          <>
            Opening <strong>&ldquo;{loading.name}&rdquo;</strong>&hellip; The scenario below stays until it is checked.
          </>
        )}
        {loading.progress && <span className="link-loading__progress">{loading.progress}</span>}
      </p>
      <button type="button" className="button" onClick={cancelScenarioLink}>
        Cancel loading
      </button>
    </div>
  );
}
