/**
 * The parts of an actor's view that point elsewhere in the scenario: where they stand on
 * each issue, and how they see each other actor. Each is given only where the source speaks
 * to it; left out, the explorer says the source is silent, by the same rule for every actor.
 * A new one starts with no position or attitude: the author picks one, rather than keeping
 * a default the source may not support.
 */
import { ATTITUDES, POSITION_MAX, POSITION_MIN } from '../../model/constants';
import type { Issue } from '../../model/schema';
import { actorChoices, appendAt, emptyClaim, removeAt } from '../../editor/edits';
import { ClaimField, SelectField, useEditor } from './fields';

const POSITIONS = Array.from({ length: POSITION_MAX - POSITION_MIN + 1 }, (_, i) => POSITION_MIN + i);

/** A position as the author picks it: its number and what it means on this issue. */
export function positionName(position: number, issue: Issue | undefined): string {
  const n = position > 0 ? `+${position}` : position < 0 ? `\u2212${-position}` : '0';
  const low = issue?.low || 'the low end';
  const high = issue?.high || 'the high end';
  if (position === POSITION_MIN) return `${n}: ${low}`;
  if (position === POSITION_MAX) return `${n}: ${high}`;
  if (position < 0) return `${n}: leaning to ${low}`;
  if (position > 0) return `${n}: leaning to ${high}`;
  return `${n}: in between, or mixed`;
}

export function StanceList({ actor }: { actor: number }) {
  const { session, doc } = useEditor();
  const path = ['actors', actor, 'view', 'stances'] as const;
  const stances = doc.actors[actor]?.view.stances ?? [];
  const next = doc.issues.find((issue) => !stances.some((s) => s.issue === issue.id));
  const issueName = (issue: Issue) => issue.label || `Issue ${doc.issues.indexOf(issue) + 1} (no name yet)`;
  return (
    <div className="field-list">
      <h4>Where they stand on the issues</h4>
      <p className="field__hint">Only on issues the source speaks to: leave the others out, and the explorer says the source is silent.</p>
      {stances.map((stance, i) => {
        const label = `Stance ${i + 1}`;
        const issue = doc.issues.find((x) => x.id === stance.issue);
        return (
          <ClaimField
            key={i}
            label={label}
            legend={issue ? `${label}: ${issueName(issue)}` : label}
            path={[...path, i]}
            before={
              <div className="claim-field__row">
                <SelectField label={`${label}: issue`} path={[...path, i, 'issue']} options={doc.issues.map((x) => ({ value: x.id, name: issueName(x) }))} />
                <SelectField label={`${label}: position`} path={[...path, i, 'position']} options={POSITIONS.map((p) => ({ value: String(p), name: positionName(p, issue) }))} toValue={Number} />
              </div>
            }
            onRemove={() => session.edit(removeAt(session.state.doc, path, i))}
          />
        );
      })}
      {next ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => session.edit(appendAt(session.state.doc, path, { issue: next.id, ...emptyClaim(session.state.doc) }))}
        >
          Add a stance
        </button>
      ) : (
        <p className="field__hint">Every issue has a stance from this actor.</p>
      )}
    </div>
  );
}

export function PerceptionList({ actor }: { actor: number }) {
  const { session, doc } = useEditor();
  const path = ['actors', actor, 'view', 'sees'] as const;
  const self = doc.actors[actor];
  const sees = self?.view.sees ?? [];
  const others = doc.actors.filter((a) => a !== self);
  const next = others.find((a) => !sees.some((p) => p.actor === a.id));
  const nameOf = (id: string) => doc.actors.find((a) => a.id === id)?.name || id;
  return (
    <div className="field-list">
      <h4>How they see the others</h4>
      <p className="field__hint">Only where the source says how this actor regards the other: from ally, the warmest, to adversary, the coldest.</p>
      {sees.map((p, i) => {
        const label = `Sees ${i + 1}`;
        return (
          <ClaimField
            key={i}
            label={label}
            legend={`${label}: ${nameOf(p.actor)}`}
            path={[...path, i]}
            before={
              <div className="claim-field__row">
                <SelectField label={`${label}: actor`} path={[...path, i, 'actor']} options={actorChoices(others)} />
                <SelectField label={`${label}: attitude`} path={[...path, i, 'attitude']} options={ATTITUDES.map((a) => ({ value: a, name: a }))} />
              </div>
            }
            onRemove={() => session.edit(removeAt(session.state.doc, path, i))}
          />
        );
      })}
      {next ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => session.edit(appendAt(session.state.doc, path, { actor: next.id, attitude: '', ...emptyClaim(session.state.doc) }))}
        >
          Add how they see another actor
        </button>
      ) : (
        others.length > 0 && <p className="field__hint">This actor{'\u2019'}s view of every other actor is given.</p>
      )}
    </div>
  );
}
