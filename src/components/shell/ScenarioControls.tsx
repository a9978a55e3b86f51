import { useRef } from 'react';
import { DraftControls } from './DraftControls';
import { openBuiltinScenario, openScenarioFile } from '../../io/switchScenario';
import { describeOrigin } from '../../store/origin';
import { selectOrigin, useAppStore } from '../../store/appStore';

/** Where the open scenario came from; open another from a file, or go back to the built-in one. */
export function ScenarioControls() {
  const origin = useAppStore(selectOrigin);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="scenario-controls">
      {origin.kind !== 'builtin' && (
        <>
          <span className="scenario-controls__origin">{describeOrigin(origin)}</span>
          <button type="button" className="button" onClick={() => void openBuiltinScenario()}>
            Back to the built-in scenario
          </button>
        </>
      )}
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open scenario…
      </button>
      <DraftControls />
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Scenario file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openScenarioFile(file);
        }}
      />
    </div>
  );
}
