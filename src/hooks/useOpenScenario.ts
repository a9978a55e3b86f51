import { useCallback } from 'react';
import { readScenarioFile } from '../io/readScenario';
import { useAppStore } from '../store/appStore';

// Counts files asked for, so that a big file still being checked does not replace one
// opened after it.
let asked = 0;

/** Opens a scenario file from the picker or a drop; a refused file leaves the screen as it was. */
export function useOpenScenarioFile(): (file: File) => Promise<void> {
  return useCallback(async (file: File) => {
    const ticket = ++asked;
    const result = await readScenarioFile(file);
    if (ticket !== asked) return;
    const { openScenario, reportProblem } = useAppStore.getState();
    if (result.ok) openScenario(result.scenario, { kind: 'file', name: file.name });
    else reportProblem({ what: `The file \u201c${file.name}\u201d`, errors: result.errors });
  }, []);
}
