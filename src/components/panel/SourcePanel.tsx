import type { Note, Scenario } from '../../model/schema';
import { safeHref } from '../../model/safeUrl';
import { BasisKey } from './claims/BasisKey';
import { BasisMark } from './claims/BasisMark';
import { SourceRef } from './claims/SourceRef';
import { PanelTitle } from './PanelTitle';

function Notes({ notes, empty }: { notes: readonly Note[]; empty: string }) {
  if (notes.length === 0) return <p className="silent">{empty}</p>;
  return (
    <ul className="claims">
      {notes.map((n, i) => (
        <li key={i} className="claim">
          {n.text} <SourceRef refId={n.ref} />
        </li>
      ))}
    </ul>
  );
}

/** A reader's guide to the sources: what kind of text, its tone, what it leaves unknown. */
export function SourcePanel({ scenario }: { scenario: Scenario }) {
  return (
    <article className="panel__body" aria-labelledby="panel-title">
      <p className="panel__eyebrow">Reading the source</p>
      <PanelTitle>
        About the source
      </PanelTitle>
      {scenario.sources.map((s) => {
        const href = safeHref(s.url);
        return (
          <section key={s.id} aria-label={s.title}>
            <p className="source-title">
              <cite>{s.title}</cite>
              {s.publisher ? `, ${s.publisher}` : ' (publisher not given)'}
              {s.url && !href ? ` (${s.url})` : ''}
            </p>
            {href && (
              <p>
                <a href={href} rel="noopener noreferrer" target="_blank">
                  Read the source (opens a new tab)
                </a>
              </p>
            )}
            {s.about && (
              <>
                <h3>What kind of text it is</h3>
                <p>{s.about.genre}</p>
                <h3>Its tone</h3>
                <p>{s.about.tone}</p>
                <h3>What it says is unknown</h3>
                <Notes notes={s.about.unknowns} empty="It does not say." />
                <h3>Read with care</h3>
                <Notes notes={s.about.caveats} empty="No caveats noted." />
              </>
            )}
            <h3>Its sections</h3>
            <ol className="sections">
              {s.sections.map((sec) => (
                <li key={sec.id}>
                  <strong>{sec.title}</strong>
                  {sec.summary ? <>: {sec.summary}</> : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <section aria-labelledby="s-basis">
        <h3 id="s-basis">How claims are marked</h3>
        <BasisKey className="basis-key" term={(b) => <BasisMark basis={b} />} />
      </section>
    </article>
  );
}
