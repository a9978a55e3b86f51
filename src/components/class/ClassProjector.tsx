/**
 * A class session as the audience window shows it on the projector: the join code, link and
 * QR code while the teacher shows them, and the question with the class's answers, the
 * reveal and the short answers the teacher chose. Read-only; fed by the presenter's window
 * (see sync/classProjection.ts).
 */
import { useSyncExternalStore } from 'react';
import { formatRoomCode } from '../../class/protocol';
import { choices, questionText } from '../../class/questions';
import { selectScenario, useAppStore } from '../../store/appStore';
import { onProjection, projection } from '../../sync/classProjection';
import { JoinCode } from './JoinCode';
import { SourceAnswerView, Tally } from './Tally';
import '../share/share.css';
import './class.css';

export function ClassProjector() {
  const p = useSyncExternalStore(onProjection, projection);
  const scenario = useAppStore(selectScenario);
  if (!p || !scenario || p.stage?.ended) return null;
  const q = p.stage?.question;
  return (
    <section className="class-console class-console--projector" aria-label="Class session">
      <div className="class-console__bar">
        <p className="class-console__title">
          Class <span className="class-code">{formatRoomCode(p.code)}</span>
        </p>
        <p className="class-console__count">
          {p.joined} {p.joined === 1 ? 'student' : 'students'} joined
        </p>
      </div>
      {p.link && <JoinCode link={p.link} />}
      {q && p.stage && (
        <div className="class-question">
          <h2>{questionText(scenario, q)}</h2>
          <p className="class-question__count">
            {p.answered} of {p.joined} answered
          </p>
          {q.kind !== 'text' && <Tally choices={choices(scenario, q)} tally={p.tally} />}
          {p.stage.revealed && <SourceAnswerView scenario={scenario} question={q} />}
        </div>
      )}
      {p.stage && p.stage.shown.length > 0 && (
        <div className="class-shown">
          <h2>From the class</h2>
          <ul>
            {p.stage.shown.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
