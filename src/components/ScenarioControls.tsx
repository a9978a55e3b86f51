import { useRef } from 'react';
import { loadDefaultScenario } from '../defaultScenario';
import { useOpenScenarioFile } from '../hooks/useOpenScenario';
import { BUILTIN, selectOrigin, useAppStore } from '../store/appStore';

/** Open another scenario from a file, or go back to the built-in one. */
export function ScenarioControls() {
  const origin = useAppStore(selectOrigin);
  const openFile = useOpenScenarioFile();
  const input = useRef<HTMLInputElement>(null);
  const backToBuiltin = () =>
    loadDefaultScenario().then(
      (scenario) => useAppStore.getState().openScenario(scenario, BUILTIN),
      (error: unknown) =>
        useAppStore.getState().reportProblem({ what: 'The built-in scenario', errors: [error instanceof Error ? error.message : String(error)] }),
    );
  return (
    <div className="scenario-controls">
      {origin.kind !== 'builtin' && (
        <>
          <span className="scenario-controls__origin">
            {origin.kind === 'file' ? `From the file \u201c${origin.name}\u201d` : 'From a link'}
          </span>
          <button type="button" className="button" onClick={() => void backToBuiltin()}>
            Back to the built-in scenario
          </button>
        </>
      )}
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open scenario…
      </button>
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
          if (file) void openFile(file);
        }}
      />
    </div>
  );
}
