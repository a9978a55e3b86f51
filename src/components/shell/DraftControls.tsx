/**
 * Writing scenarios: start a new one, edit a copy of the one on screen, or go back to a
 * draft stored in this browser. The editor's code, and the list of drafts, load only when
 * one of these is used.
 */
import { Suspense, useState } from 'react';
import { DraftList, loadDrafts } from '../../lazyViews';
import { describeOrigin } from '../../store/origin';
import { selectOrigin, selectScenario, useAppStore } from '../../store/appStore';

export function DraftControls() {
  const scenario = useAppStore(selectScenario);
  const origin = useAppStore(selectOrigin);
  const [listOpen, setListOpen] = useState(false);
  if (origin.kind === 'draft') return null;
  return (
    <div className="draft-controls">
      <button type="button" className="button" onClick={() => void loadDrafts().then((m) => m.startNewScenario())}>
        New scenario
      </button>
      {scenario && (
        <button type="button" className="button" onClick={() => void loadDrafts().then((m) => m.editCopy(scenario, describeOrigin(origin)))}>
          Edit a copy
        </button>
      )}
      <details className="draft-controls__list" onToggle={(e) => setListOpen(e.currentTarget.open)}>
        <summary className="button">Your drafts</summary>
        {listOpen && (
          <Suspense fallback={<p className="draft-controls__popup">Looking for drafts{'\u2026'}</p>}>
            <DraftList />
          </Suspense>
        )}
      </details>
    </div>
  );
}
