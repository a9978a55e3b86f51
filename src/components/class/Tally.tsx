/** How the class answered, as bars with counts in words; and what the scenario says (the reveal). */
import type { Question } from '../../class/protocol';
import { sourceAnswer, type Choice } from '../../class/questions';
import type { Scenario } from '../../model/schema';
import { BASIS_LABEL } from '../../model/vocabulary';

export function Tally({ choices, tally, mine }: { choices: readonly Choice[]; tally: Record<string, number>; mine?: string | number }) {
  const max = Math.max(1, ...Object.values(tally));
  return (
    <ul className="class-tally" aria-label="How the class answered">
      {choices.map((c) => {
        const n = tally[String(c.value)] ?? 0;
        return (
          <li key={String(c.value)} className={c.value === mine ? 'class-tally--mine' : undefined}>
            <span className="class-tally__label">
              {c.label}
              {c.value === mine && <span className="visually-hidden"> (your answer)</span>}
            </span>
            <span className="class-tally__bar" aria-hidden="true">
              <span style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="class-tally__count">{n}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** A claim's source section by name ("article#on-the-table" → its title). */
function sectionTitle(scenario: Scenario, ref: string): string {
  const [sourceId, sectionId] = ref.split('#');
  const source = scenario.sources.find((x) => x.id === sourceId);
  const section = source?.sections.find((x) => x.id === sectionId);
  if (!source || !section) return ref;
  return scenario.sources.length > 1 ? `${source.title}, ${section.title}` : section.title;
}

export function SourceAnswerView({ scenario, question }: { scenario: Scenario; question: Question }) {
  const answer = sourceAnswer(scenario, question);
  if (!answer) return null;
  return (
    <div className="class-reveal" role="status">
      <h4>What the source says</h4>
      {'silent' in answer ? (
        <p>{answer.silent}</p>
      ) : (
        <>
          <p className="class-reveal__answer">{answer.words}</p>
          <p>{answer.text}</p>
          <p className="class-reveal__basis">
            <span className={`basis basis--${answer.basis}`}>
              <span className="basis__icon" aria-hidden="true" />
              {BASIS_LABEL[answer.basis]}
            </span>{' '}
            <span className="source-ref">Source: {sectionTitle(scenario, answer.ref)}</span>
          </p>
        </>
      )}
    </div>
  );
}
