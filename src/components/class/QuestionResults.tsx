/**
 * The question being asked, as the class answers it: the distribution filling in (or the
 * short answers, each shown on the projector only if the teacher chooses), how many have
 * answered of how many joined, and the reveal of what the scenario itself says.
 */
import { updateStage } from '../../class/binding';
import type { Question, Stage } from '../../class/protocol';
import { choices, questionText, tallyOf } from '../../class/questions';
import type { TeacherSession } from '../../class/session';
import type { Scenario } from '../../model/schema';
import { SourceAnswerView, Tally } from './Tally';

interface Props {
  scenario: Scenario;
  session: TeacherSession;
  stage: Stage;
  question: Question;
  joined: number;
}

export function QuestionResults({ scenario, session, stage, question, joined }: Props) {
  const answers = session.answers().filter((a) => a.question === question.id);
  const tally = tallyOf(question, answers);
  return (
    <div className="class-question" aria-labelledby="class-question-text">
      <h3 id="class-question-text">{questionText(scenario, question)}</h3>
      <p className="class-question__count" role="status">
        {answers.length} of {joined} answered
      </p>
      {question.kind === 'text' ? (
        <ul className="class-answers">
          {answers.map((a) => {
            const text = String(a.value);
            const shown = stage.shown.includes(text);
            return (
              <li key={`${a.student}`}>
                <span className="class-answers__text">{text}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={shown}
                  onClick={() => updateStage(session, (s) => ({ ...s, shown: shown ? s.shown.filter((t) => t !== text) : [...s.shown, text].slice(-50) }))}
                >
                  {shown ? 'Hide from the projector' : 'Show on the projector'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <Tally choices={choices(scenario, question)} tally={tally} />
      )}
      {stage.revealed && <SourceAnswerView scenario={scenario} question={question} />}
      <div className="class-console__controls">
        {question.kind !== 'text' && question.kind !== 'poll' && !stage.revealed && (
          <button type="button" className="button" onClick={() => updateStage(session, (s) => ({ ...s, revealed: true, tally }))}>
            Reveal
          </button>
        )}
        {question.kind === 'poll' && !stage.revealed && (
          <button type="button" className="button" onClick={() => updateStage(session, (s) => ({ ...s, revealed: true, tally }))}>
            Show the class the results
          </button>
        )}
        <button type="button" className="button" onClick={() => updateStage(session, (s) => ({ ...s, question: null, revealed: false, tally: null }))}>
          Close the question
        </button>
      </div>
      {stage.shown.length > 0 && (
        <div className="class-shown">
          <h4>On the projector</h4>
          <ul>
            {stage.shown.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
