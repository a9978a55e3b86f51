/**
 * Ties a class session to the app's store. The teacher's view (actor, comparison, step) is
 * written to the stage as it changes, with the scenario if it is not the built-in one; a
 * student's phone opens that scenario and follows that view while the class is following.
 */
import { loadDefaultScenario } from '../defaultScenario';
import { keepScenario } from '../io/scenarioCache';
import { loadScenarioText } from '../model/load';
import { BUILTIN, useAppStore, type AppState } from '../store/appStore';
import { originKey } from '../store/origin';
import type { Stage, StageView } from './protocol';
import type { StudentSession, TeacherSession } from './session';
import { wholeNumber } from '../model/constants';

/** The most a scenario sent to phones may weigh (the server's message cap, with room to spare). */
export const CLASS_SCENARIO_BYTES = 1_500_000;

function viewOf(s: AppState): StageView {
  return { focus: s.focus, step: s.step, ...(s.predict ? { predict: true, revealed: [...s.revealed] } : {}) };
}

/**
 * Which views a phone keeps hidden: those the teacher has not revealed in "Predict, then
 * reveal", and, while a stance or a view is being predicted, the view of the actor asked
 * about (its answer is in it) until the teacher reveals the answer.
 */
export function hiddenViews(stage: Stage, actorIds: readonly string[]): { predict: boolean; revealed: string[] } {
  const q = stage.question;
  const secret = q && !stage.revealed && (q.kind === 'stance' || q.kind === 'view') ? q.actor : null;
  const teacher = stage.view.predict === true;
  if (!teacher && secret === null) return { predict: false, revealed: [] };
  const shown = new Set(teacher ? (stage.view.revealed ?? []) : actorIds);
  return { predict: true, revealed: actorIds.filter((id) => id !== secret && shown.has(id)) };
}

export function emptyStage(view: StageView): Stage {
  return { view, follow: true, question: null, revealed: false, tally: null, shown: [], ended: false };
}

/** The scenario as phones receive it: null for the built-in one, JSON otherwise. */
function scenarioFor(s: AppState): string | null {
  return s.origin.kind === 'builtin' || !s.scenario ? null : JSON.stringify(s.scenario);
}

/** Whether the scenario on screen can go to the phones; the reason if not. */
export function scenarioTooBig(s: AppState = useAppStore.getState()): string | null {
  const json = scenarioFor(s);
  return json && json.length > CLASS_SCENARIO_BYTES
    ? `This scenario is too big to send to phones (${wholeNumber(Math.round(json.length / 1000))} KB; the most is ${CLASS_SCENARIO_BYTES / 1000} KB).`
    : null;
}

/** Writes the teacher's view to the stage as it changes; returns what stops it. */
export function teach(session: TeacherSession): () => void {
  const now = useAppStore.getState();
  const current = session.stage;
  session.setStage(current ? { ...current, view: viewOf(now) } : emptyStage(viewOf(now)), scenarioFor(now));
  return useAppStore.subscribe((s, prev) => {
    const stage = session.stage ?? emptyStage(viewOf(s));
    if (s.scenario !== prev.scenario && !scenarioTooBig(s)) {
      // Another scenario: its questions and answers no longer apply.
      session.setStage({ ...stage, view: viewOf(s), question: null, revealed: false, tally: null, shown: [] }, scenarioFor(s));
    } else if (s.focus !== prev.focus || s.step !== prev.step || s.predict !== prev.predict || s.revealed !== prev.revealed) {
      session.setStage({ ...stage, view: viewOf(s) });
    }
  });
}

/** Changes the stage from what it is now. */
export function updateStage(session: TeacherSession, change: (stage: Stage) => Stage): void {
  session.setStage(change(session.stage ?? emptyStage(viewOf(useAppStore.getState()))));
}

/** Opens the teacher's scenario on this phone and follows the teacher's view while the class follows. */
export function follow(session: StudentSession, onProblem: (text: string) => void): () => void {
  let scenarioShown: string | null | undefined;
  let viewShown = '';
  let following = false;
  const origin = { kind: 'class', code: session.code } as const;

  // Kept hidden whether following or exploring: a secret is not out because a phone wandered to it.
  const keepSecrets = () => {
    const stage = session.stage;
    const s = useAppStore.getState();
    if (!stage || !s.scenario) return;
    const want = hiddenViews(stage, s.scenario.actors.map((a) => a.id));
    if (want.predict !== s.predict || want.revealed.join() !== s.revealed.join()) s.applyView(want);
  };
  const apply = async () => {
    await applyStage();
    keepSecrets();
  };
  const applyStage = async () => {
    const stage = session.stage;
    if (!stage) return;
    const json = session.scenario;
    const view = stage.follow ? { focus: stage.view.focus, step: stage.view.step } : undefined;
    if (json !== scenarioShown) {
      scenarioShown = json;
      viewShown = JSON.stringify(stage.view);
      if (json === null) {
        useAppStore.getState().openScenario(await loadDefaultScenario(), BUILTIN, view);
        return;
      }
      const result = loadScenarioText(json);
      if (!result.ok) return onProblem(`The scenario your teacher is showing could not be opened here: ${result.errors[0] ?? ''}`);
      keepScenario(originKey(origin), result.scenario);
      useAppStore.getState().openScenario(result.scenario, origin, view);
      return;
    }
    // "Bring them back" applies the teacher's view again, even if it did not change.
    const back = stage.follow && !following;
    following = stage.follow;
    const key = JSON.stringify(stage.view);
    if (stage.follow && (back || key !== viewShown)) {
      viewShown = key;
      useAppStore.getState().applyView({ focus: stage.view.focus, step: stage.view.step });
    }
  };
  return session.on(() => void apply());
}
