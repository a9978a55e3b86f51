/**
 * The walk-through: the steps a presenter goes through, each opening the event, one actor's
 * view, or two side by side. Without steps of its own, a scenario's walk-through visits every
 * actor in turn.
 */
import { actorChoices, addStep, moveStep, removeStep, setIn, setStepHighlight, setStepOpens } from '../../editor/edits';
import { fieldId } from '../../editor/problems';
import { TextField, useEditor } from './fields';

function StepOpens({ index }: { index: number }) {
  const { session, doc } = useEditor();
  const step = doc.story?.[index];
  const first = step?.compare?.[0] ?? step?.actor ?? '';
  const second = step?.compare?.[1] ?? '';
  const actors = actorChoices(doc.actors);
  const id = fieldId(`story[${index}].actor`);
  const pick = (a: string, b: string) => session.edit(setStepOpens(session.state.doc, index, a, b));
  return (
    <div className="claim-field__row">
      <div className="field">
        <label htmlFor={id}>Step {index + 1}: opens</label>
        <select id={id} value={first} onChange={(e) => pick(e.currentTarget.value, e.currentTarget.value ? second : '')}>
          <option value="">The event</option>
          {actors.map((a) => (
            <option key={a.value} value={a.value}>
              {a.name}
              {'\u2019'}s view
            </option>
          ))}
        </select>
      </div>
      {first && (
        <div className="field">
          <label htmlFor={`${id}-beside`}>Step {index + 1}: side by side with</label>
          <select id={`${id}-beside`} value={second} onChange={(e) => pick(first, e.currentTarget.value)}>
            <option value="">No one (one view)</option>
            {actors
              .filter((a) => a.value !== first)
              .map((a) => (
                <option key={a.value} value={a.value}>
                  {a.name}
                </option>
              ))}
          </select>
        </div>
      )}
    </div>
  );
}

/** Which actors and relations a step brings forward in the network: any number of each. */
function StepHighlight({ index }: { index: number }) {
  const { session, doc } = useEditor();
  const step = doc.story?.[index];
  const id = fieldId(`story[${index}].highlight`);
  const actors = actorChoices(doc.actors);
  const names = new Map(actors.map((a) => [a.value, a.name]));
  const lists = [
    { kind: 'actors' as const, label: 'brings forward these actors', options: actors },
    {
      kind: 'relations' as const,
      label: 'brings forward these relations',
      options: doc.relations.map((r) => ({ value: r.id, name: `${names.get(r.source) ?? r.source} \u2192 ${names.get(r.target) ?? r.target}${r.label ? `: ${r.label}` : ''}` })),
    },
  ];
  return (
    <div className="claim-field__row">
      {lists.map(({ kind, label, options }) => (
        <div className="field" key={kind}>
          <label htmlFor={`${id}-${kind}`}>
            Step {index + 1}: {label}
          </label>
          <select
            id={`${id}-${kind}`}
            multiple
            size={Math.min(6, Math.max(2, options.length))}
            value={[...(step?.highlight?.[kind] ?? [])]}
            onChange={(e) => session.edit(setStepHighlight(session.state.doc, index, kind, [...e.currentTarget.selectedOptions].map((o) => o.value)))}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

export function StepList() {
  const { session, doc } = useEditor();
  const story = doc.story ?? [];
  const add = () => {
    const added = addStep(session.state.doc);
    session.edit(added.doc);
    requestAnimationFrame(() => document.getElementById(fieldId(`story[${added.index}].title`))?.focus());
  };
  return (
    <section className="editor__part" aria-labelledby="edit-part-steps">
      <h3 id="edit-part-steps">Walk-through</h3>
      {story.length === 0 && <p className="field__hint">No steps of its own yet: the walk-through visits every actor in turn.</p>}
      {story.map((_, i) => (
        <fieldset key={i} className="claim-field">
          <legend>Step {i + 1}</legend>
          <TextField label={`Step ${i + 1}: title`} path={['story', i, 'title']} />
          <TextField label={`Step ${i + 1}: caption`} path={['story', i, 'caption']} multiline hint="What the class reads on screen." />
          <TextField
            label={`Step ${i + 1}: speaker notes`}
            path={['story', i, 'notes']}
            multiline
            hint="Shown only to the presenter. May stay empty."
            onValue={(d, v) => setIn(d, ['story', i, 'notes'], v === '' ? undefined : v)}
          />
          <StepOpens index={i} />
          <StepHighlight index={i} />
          <p className="field__hint">Pick several with Ctrl or Cmd (Shift for a run); none, and the step brings no one forward.</p>
          <div className="editor__step-tools">
            <button type="button" className="button button--small" disabled={i === 0} onClick={() => session.edit(moveStep(session.state.doc, i, -1))}>
              Move step {i + 1} earlier
            </button>
            <button type="button" className="button button--small" disabled={i === story.length - 1} onClick={() => session.edit(moveStep(session.state.doc, i, 1))}>
              Move step {i + 1} later
            </button>
            <button type="button" className="button button--small" onClick={() => session.edit(removeStep(session.state.doc, i))}>
              Remove step {i + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={add}>
        {story.length === 0 ? 'Write your own steps' : 'Add a step'}
      </button>
    </section>
  );
}
