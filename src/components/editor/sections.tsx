/**
 * The parts of the editor: the event, the issues, the actors with
 * their views, and the relations. Each actor and relation opens on demand, so a big
 * scenario renders only what is being edited.
 */
import { memo, useMemo, useState } from 'react';
import { ACTOR_KINDS, BASES, RELATION_TYPES } from '../../model/constants';
import { actorChoices, addActor, addIssue, addRelation, nameActor, removeActor, removeAt, removeRelation, sectionChoices } from '../../editor/edits';
import { fieldId, type Problem } from '../../editor/problems';
import type { Actor, Relation } from '../../model/schema';
import { BASIS_RULES, ClaimField, ClaimList, SelectField, TextField, TextList, useEditor } from './fields';
import { SpreadsheetImport } from './SpreadsheetImport';
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

/** How many problems each actor or relation has (`actors[3]` → 2), counted once per check. */
function useProblemCounts(problems: readonly Problem[]): ReadonlyMap<string, number> {
  return useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of problems) {
      const m = /^(actors|relations)\[\d+\]/.exec(p.path);
      if (m) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
    return counts;
  }, [problems]);
}

/**
 * One actor in the list: memoised, so typing in one actor's fields re-renders that actor
 * only, not the thousand others of a big scenario.
 */
const ActorItem = memo(function ActorItem({ actor, index, open, count, setOpen }: { actor: Actor; index: number; open: boolean; count: number; setOpen: (index: number, on: boolean) => void }) {
  return (
    <li>
      <button type="button" className="editor__item-toggle" aria-expanded={open} onClick={() => setOpen(index, !open)}>
        {actor.name || `Actor ${index + 1} (no name yet)`}
        {count > 0 && <span className="editor__count"> · {count} to fix</span>}
      </button>
      {open && <ActorFields index={index} />}
    </li>
  );
});

export function ActorList({ open, setOpen }: { open: ReadonlySet<number>; setOpen: (index: number, on: boolean) => void }) {
  const { session, doc, problems } = useEditor();
  const counts = useProblemCounts(problems);
  return (
    <section className="editor__part" aria-labelledby="edit-part-actors">
      <h3 id="edit-part-actors">Actors</h3>
      <ul className="editor__items">
        {doc.actors.map((a, i) => (
          <ActorItem key={i} actor={a} index={i} open={open.has(i)} count={counts.get(`actors[${i}]`) ?? 0} setOpen={setOpen} />
        ))}
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
      <SpreadsheetImport kind="actors" />
    </section>
  );
}

function RelationFields({ index }: { index: number }) {
  const { session, doc } = useEditor();
  const at = ['relations', index] as const;
  const actors = actorChoices(doc.actors);
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

const RelationItem = memo(function RelationItem({
  relation,
  index,
  open,
  count,
  from,
  to,
  setOpen,
}: {
  relation: Relation;
  index: number;
  open: boolean;
  count: number;
  from: string;
  to: string;
  setOpen: (index: number, on: boolean) => void;
}) {
  return (
    <li>
      <button type="button" className="editor__item-toggle" aria-expanded={open} onClick={() => setOpen(index, !open)}>
        {`${from} \u2192 ${to}${relation.label ? `: ${relation.label}` : ''}`}
        {count > 0 && <span className="editor__count"> · {count} to fix</span>}
      </button>
      {open && <RelationFields index={index} />}
    </li>
  );
});

/** The actors as choices, the same array while no one is added, removed or renamed. */
function useActorChoices(actors: readonly Actor[]): { value: string; name: string }[] {
  const key = actors.map((a) => `${a.id}\u0000${a.name}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the ids and names, not on the array each edit copies
  return useMemo(() => actorChoices(actors), [key]);
}

const AddRelation = memo(function AddRelation({ choices, setOpen }: { choices: { value: string; name: string }[]; setOpen: (index: number, on: boolean) => void }) {
  const { session } = useEditor();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const a = from || choices[0]?.value || '';
  const b = to || choices[1]?.value || a;
  const options = useMemo(
    () =>
      choices.map((x) => (
        <option key={x.value} value={x.value}>
          {x.name}
        </option>
      )),
    [choices],
  );
  return (
    <div className="editor__add-relation">
      <label>
        From
        <select value={a} onChange={(e) => setFrom(e.currentTarget.value)}>
          {options}
        </select>
      </label>
      <label>
        To
        <select value={b} onChange={(e) => setTo(e.currentTarget.value)}>
          {options}
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
  );
});

export function RelationList({ open, setOpen }: { open: ReadonlySet<number>; setOpen: (index: number, on: boolean) => void }) {
  const { doc, problems } = useEditor();
  const counts = useProblemCounts(problems);
  const choices = useActorChoices(doc.actors);
  const names = useMemo(() => new Map(choices.map((c) => [c.value, c.name])), [choices]);
  return (
    <section className="editor__part" aria-labelledby="edit-part-relations">
      <h3 id="edit-part-relations">Relations</h3>
      <ul className="editor__items">
        {doc.relations.map((r, i) => (
          <RelationItem
            key={i}
            relation={r}
            index={i}
            open={open.has(i)}
            count={counts.get(`relations[${i}]`) ?? 0}
            from={names.get(r.source) ?? r.source}
            to={names.get(r.target) ?? r.target}
            setOpen={setOpen}
          />
        ))}
      </ul>
      {doc.actors.length > 1 && <AddRelation choices={choices} setOpen={setOpen} />}
      <SpreadsheetImport kind="relations" />
    </section>
  );
}
