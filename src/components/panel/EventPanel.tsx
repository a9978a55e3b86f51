import type { Scenario } from '../../model/schema';
import { ActorList } from './ActorList';
import { Questions } from './claims/Questions';
import { PanelTitle } from './PanelTitle';

/** With nothing selected: the event, the issues at stake, the source, and how to use the explorer. */
export function EventPanel({ scenario, onShowSource }: { scenario: Scenario; onShowSource: () => void }) {
  return (
    <article className="panel__body" aria-labelledby="panel-title">
      <p className="panel__eyebrow">The event</p>
      <PanelTitle>
        What happened
      </PanelTitle>
      <p className="summary">{scenario.summary}</p>
      <p className="when">
        <strong>When:</strong> {scenario.date}
      </p>

      <section aria-labelledby="s-howto" className="howto">
        <h3 id="s-howto">How to explore</h3>
        <ol>
          <li>Pick an actor in the network or in the list below to see the event from their side.</li>
          <li>Every claim says whether it is stated, reported or inferred, and which part of the source it rests on.</li>
          <li>Keys: Tab to the network, arrow keys to move between actors, Enter to open one, Escape to come back here.</li>
        </ol>
      </section>

      <section aria-labelledby="s-actors">
        <h3 id="s-actors">Who is involved</h3>
        <ActorList actors={scenario.actors} />
      </section>

      <section aria-labelledby="s-issues">
        <h3 id="s-issues">What is at stake</h3>
        <dl className="issues">
          {scenario.issues.map((issue) => (
            <div key={issue.id}>
              <dt>{issue.label}</dt>
              <dd>{issue.question}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="s-source">
        <h3 id="s-source">The source</h3>
        <ul className="plain">
          {scenario.sources.map((s) => (
            <li key={s.id}>
              <cite>{s.title}</cite>
              {s.publisher ? `, ${s.publisher}` : ''}
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={onShowSource}>
          About the source
        </button>
      </section>

      <Questions id="s-questions" questions={scenario.questions ?? []} />
    </article>
  );
}
