/**
 * "Ask the class": a stance to predict (an actor on an issue), a view to predict (how one
 * actor sees another), a poll (whose account the source supports best), or a short answer
 * to one of the scenario's discussion questions.
 */
import { useId, useState } from 'react';
import type { Question } from '../../class/protocol';
import type { Scenario } from '../../model/schema';
import { selectFocus, useAppStore } from '../../store/appStore';

const KINDS = [
  { kind: 'stance', label: 'Predict a stance' },
  { kind: 'view', label: 'Predict a view' },
  { kind: 'poll', label: 'Poll: whose account does the source support best?' },
  { kind: 'text', label: 'Short answer to a discussion question' },
] as const;

export const POLL_PROMPT = 'Whose account does the source support best?';

function newId(): string {
  return `q-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export function AskForm({ scenario, onAsk }: { scenario: Scenario; onAsk(q: Question): void }) {
  const focus = useAppStore(selectFocus);
  const first = focus.kind === 'actor' ? focus.id : (scenario.actors[0]?.id ?? '');
  const [kind, setKind] = useState<Question['kind']>('stance');
  const [actor, setActor] = useState(first);
  const [issue, setIssue] = useState(scenario.issues[0]?.id ?? '');
  const [other, setOther] = useState(scenario.actors.find((a) => a.id !== first)?.id ?? '');
  const discussion = [...(scenario.questions ?? []), ...scenario.actors.flatMap((a) => a.view.questions)];
  const [prompt, setPrompt] = useState(discussion[0] ?? '');
  const uid = useId();

  const question = (): Question | null => {
    const id = newId();
    if (kind === 'stance') return actor && issue ? { id, kind, actor, issue } : null;
    if (kind === 'view') return actor && other && other !== actor ? { id, kind, actor, other } : null;
    if (kind === 'poll') return { id, kind, prompt: POLL_PROMPT, options: scenario.actors.map((a) => a.id) };
    return prompt ? { id, kind, prompt } : null;
  };
  const actorSelect = (label: string, value: string, set: (v: string) => void, name: string) => (
    <div className="field">
      <label htmlFor={`${uid}-${name}`}>{label}</label>
      <select id={`${uid}-${name}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {scenario.actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      className="class-ask"
      aria-label="Ask the class"
      onSubmit={(e) => {
        e.preventDefault();
        const q = question();
        if (q) onAsk(q);
      }}
    >
      <fieldset className="share-choice">
        <legend>What to ask</legend>
        {KINDS.map((k) => (
          <label key={k.kind}>
            <input type="radio" name={`${uid}-kind`} checked={kind === k.kind} onChange={() => setKind(k.kind)} /> {k.label}
          </label>
        ))}
      </fieldset>
      {(kind === 'stance' || kind === 'view') && actorSelect(kind === 'stance' ? 'Whose stance' : 'Whose view', actor, setActor, 'actor')}
      {kind === 'stance' && (
        <div className="field">
          <label htmlFor={`${uid}-issue`}>On which issue</label>
          <select id={`${uid}-issue`} value={issue} onChange={(e) => setIssue(e.currentTarget.value)}>
            {scenario.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'view' && actorSelect('Of whom', other, setOther, 'other')}
      {kind === 'view' && other === actor && <p role="alert">Choose two different actors.</p>}
      {kind === 'text' &&
        (discussion.length ? (
          <div className="field">
            <label htmlFor={`${uid}-prompt`}>Which question</label>
            <select id={`${uid}-prompt`} value={prompt} onChange={(e) => setPrompt(e.currentTarget.value)}>
              {discussion.map((q, i) => (
                <option key={i} value={q}>
                  {q}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>This scenario has no discussion questions to ask.</p>
        ))}
      <button type="submit" className="button">
        Ask
      </button>
    </form>
  );
}
