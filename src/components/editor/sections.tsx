/**
 * The parts of the editor: the event, the issues, the actors with
 * their views, and the relations. Each actor and relation opens on demand, so a big
 * scenario renders only what is being edited.
 */
import { useState } from 'react';
import { ACTOR_KINDS, BASES, RELATION_TYPES } from '../../model/constants';
import { addActor, addIssue, addRelation, nameActor, removeActor, removeAt, removeRelation, sectionChoices } from '../../editor/edits';
import { fieldId, problemsAt } from '../../editor/problems';
import { BASIS_RULES, ClaimField, ClaimList, SelectField, TextField, TextList, useEditor } from './fields';
import { PerceptionList, StanceList } from './views';

export function EventFields() {
  return (
    <section className="editor__part" aria-labelledby="edit-part-event">
      <h3 id="edit-part-event">The event</h3>
      <TextField label="Title" path={['title']} hint="The event, as a reader would name it." />
      <TextField label="When" path={['date']} hint="As the source gives it; say so if it does not." />
      <TextField label="Summary" path={['summary']} multiline hint="What happened, in a short paragraph of your own words." />
      <TextList label="Discussion questions about the whole event" path={['questions']} itemLabel="Event question" min={0} />
    </section>
  );
}

export function IssueFields() {
  const { session, doc } = useEditor();
  return (
    <section className="editor__part" aria-labelledby="edit-part-issues">
      <h3 id="edit-part-issues">Issues at stake</h3>
      {doc.issues.map((_, i) => (
        <fieldset key={i} className="claim-field">
          <legend>Issue {i + 1}</legend>
          <TextField label={`Issue ${i + 1}: short name`} path={['issues', i, 'label']} />
          <TextField label={`Issue ${i + 1}: question`} path={['issues', i, 'question']} />
          <TextField label={`Issue ${i + 1}: what \u22122 means`} path={['issues', i, 'low']} />
          <TextField label={`Issue ${i + 1}: what +2 means`} path={['issues', i, 'high']} />
          {doc.issues.length > 1 && (
            <button type="button" className="button button--small" onClick={() => session.edit(removeAt(session.state.doc, ['issues'], i))}>
              Remove issue {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="button button--small" onClick={() => session.edit(addIssue(session.state.doc))}>
        Add an issue
      </button>
    </section>
  );
}

function ActorFields({ index }: { index: number }) {
  const { session } = useEditor();
  const at = ['actors', index] as const;
  return (
    <div className="editor__item-body">
      <TextField label="Name" path={[...at, 'name']} onValue={(doc, v) => nameActor(doc, index, v)} />
      <TextField label="Short name (on the network)" path={[...at, 'label']} />
      <SelectField label="Kind" path={[...at, 'kind']} options={ACTOR_KINDS.map((k) => ({ value: k, name: k }))} />
      <ClaimField label="Role" path={[...at, 'role']} />
      <ClaimField label="Headline view" path={[...at, 'view', 'headline']} />
      <ClaimList label="What they want" path={[...at, 'view', 'wants']} itemLabel="Want" />
      <ClaimList label="How they read the outcome" path={[...at, 'view', 'outcome']} itemLabel="Outcome" />
      <ClaimList label="Fears and red lines" path={[...at, 'view', 'fears']} itemLabel="Fear" />
      <StanceList actor={index} />
      <PerceptionList actor={index} />
      <TextList label="Discussion questions" path={[...at, 'view', 'questions']} itemLabel="Question" />
      <button type="button" className="button button--small" onClick={() => session.edit(removeActor(session.state.doc, index))}>
        Remove this actor
      </button>
    </div>
  );
}

export function ActorList({ open, setOpen }: { open: ReadonlySet<number>; setOpen: (index: number, on: boolean) => void }) {
  const { session, doc, problems } = useEditor();
  return (
    <section className="editor__part" aria-labelledby="edit-part-actors">
      <h3 id="edit-part-actors">Actors</h3>
      <ul className="editor__items">
        {doc.actors.map((a, i) => {
          const count = problemsAt(problems, `actors[${i}]`, true).length;
          return (
            <li key={i}>
              <button type="button" className="editor__item-toggle" aria-expanded={open.has(i)} onClick={() => setOpen(i, !open.has(i))}>
                {a.name || `Actor ${i + 1} (no name yet)`}
                {count > 0 && <span className="editor__count"> · {count} to fix</span>}
              </button>
              {open.has(i) && <ActorFields index={i} />}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => {
          const added = addActor(session.state.doc);
          session.edit(added.doc);
          setOpen(added.index, true);
          requestAnimationFrame(() => document.getElementById(fieldId(`actors[${added.index}].name`))?.focus());
        }}
      >
        Add an actor
      </button>
    </section>
  );
}

function RelationFields({ index }: { index: number }) {
  const { session, doc } = useEditor();
  const at = ['relations', index] as const;
  const actors = doc.actors.map((a) => ({ value: a.id, name: a.name || a.id }));
  return (
    <div className="editor__item-body">
      <SelectField label="From" path={[...at, 'source']} options={actors} />
      <SelectField label="To" path={[...at, 'target']} options={actors} />
      <SelectField label="Type" path={[...at, 'type']} options={RELATION_TYPES.map((t) => ({ value: t, name: t }))} />
      <div className="field field--check">
        <input
          type="checkbox"
          id={fieldId(`relations[${index}].directed`)}
          checked={doc.relations[index]?.directed ?? false}
          onChange={(e) => session.edit({ ...session.state.doc, relations: session.state.doc.relations.map((r, i) => (i === index ? { ...r, directed: e.currentTarget.checked } : r)) })}
        />
        <label htmlFor={fieldId(`relations[${index}].directed`)}>One way (drawn with an arrow)</label>
      </div>
      <TextField label="What it is, in a few words" path={[...at, 'label']} />
      <SelectField label="Basis" path={[...at, 'basis']} options={BASES.map((b) => ({ value: b, name: b }))} hint={BASIS_RULES[doc.relations[index]?.basis ?? 'stated']} />
      <SelectField label="Source section" path={[...at, 'ref']} options={sectionChoices(doc).map((c) => ({ value: c.ref, name: c.name }))} />
      <button type="button" className="button button--small" onClick={() => session.edit(removeRelation(session.state.doc, index))}>
        Remove this relation
      </button>
    </div>
  );
}

export function RelationList({ open, setOpen }: { open: ReadonlySet<number>; setOpen: (index: number, on: boolean) => void }) {
  const { session, doc, problems } = useEditor();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const name = (id: string) => doc.actors.find((a) => a.id === id)?.name || id;
  const a = from || doc.actors[0]?.id || '';
  const b = to || doc.actors[1]?.id || a;
  return (
    <section className="editor__part" aria-labelledby="edit-part-relations">
      <h3 id="edit-part-relations">Relations</h3>
      <ul className="editor__items">
        {doc.relations.map((r, i) => {
          const count = problemsAt(problems, `relations[${i}]`, true).length;
          return (
            <li key={i}>
              <button type="button" className="editor__item-toggle" aria-expanded={open.has(i)} onClick={() => setOpen(i, !open.has(i))}>
                {`${name(r.source)} \u2192 ${name(r.target)}${r.label ? `: ${r.label}` : ''}`}
                {count > 0 && <span className="editor__count"> · {count} to fix</span>}
              </button>
              {open.has(i) && <RelationFields index={i} />}
            </li>
          );
        })}
      </ul>
      {doc.actors.length > 1 && (
        <div className="editor__add-relation">
          <label>
            From
            <select value={a} onChange={(e) => setFrom(e.currentTarget.value)}>
              {doc.actors.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name || x.id}
                </option>
              ))}
            </select>
          </label>
          <label>
            To
            <select value={b} onChange={(e) => setTo(e.currentTarget.value)}>
              {doc.actors.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name || x.id}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            onClick={() => {
              const added = addRelation(session.state.doc, a, b);
              session.edit(added.doc);
              setOpen(added.index, true);
            }}
          >
            Add a relation
          </button>
        </div>
      )}
    </section>
  );
}
