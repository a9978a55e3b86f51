/**
 * A student's phone in a class session (`?join=CODE`): joining (by the code, with a name if
 * they want one), what the teacher asks with big answers to tap, whether the answer is in,
 * the reveal beside the class's spread, and a plain word when nothing is being asked. A phone
 * that sleeps or loses the Wi-Fi rejoins by itself; an answer given meanwhile waits on the
 * phone and is sent when the connection returns.
 */
import { useEffect, useId, useReducer, useState } from 'react';
import { follow } from '../../class/binding';
import { CLASS_LIMITS, formatRoomCode, normaliseRoomCode, type Question } from '../../class/protocol';
import { choices, questionText } from '../../class/questions';
import { classApi, StudentSession } from '../../class/session';
import type { Scenario } from '../../model/schema';
import { selectScenario, useAppStore } from '../../store/appStore';
import { SourceAnswerView, Tally } from './Tally';
import '../editor/controls.css';
import './class.css';

const NAME_KEY = 'standpoint:class-name';
/** The class this tab joined: a reload (a phone waking up) rejoins without asking again. */
const JOINED_KEY = 'standpoint:class-joined';

function remembered(key: string, storage: () => Storage): string {
  try {
    return storage().getItem(key) ?? '';
  } catch {
    return '';
  }
}

function JoinForm({ code: given, onJoin }: { code: string; onJoin(code: string, name: string): void }) {
  const [code, setCode] = useState(given);
  const [name, setName] = useState(() => remembered(NAME_KEY, () => localStorage));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const join = async () => {
    const normal = normaliseRoomCode(code);
    if (!normal) return setError('A class code has eight letters and digits, like K7QM-4PXR.');
    setBusy(true);
    try {
      const room = await classApi<{ exists?: unknown; error?: unknown }>(`rooms/${normal}`);
      if (room.exists !== true) throw new Error(typeof room.error === 'string' ? room.error.slice(0, 300) : 'There is no class with that code.');
      try {
        localStorage.setItem(NAME_KEY, name.trim());
      } catch {
        // Not kept: asked again next time.
      }
      onJoin(normal, name.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="class-join"
      aria-labelledby={`${uid}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <h2 id={`${uid}-title`}>Join a class</h2>
      <div className="field">
        <label htmlFor={`${uid}-code`}>Class code</label>
        <input
          id={`${uid}-code`}
          type="text"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-name`}>Your name (optional)</label>
        <input id={`${uid}-name`} type="text" value={name} maxLength={CLASS_LIMITS.nameLength} onChange={(e) => setName(e.currentTarget.value)} autoComplete="nickname" />
        <p className="field__hint">Leave it empty to answer without a name.</p>
      </div>
      {error && (
        <p id={`${uid}-error`} role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button class-big" disabled={busy}>
        Join
      </button>
    </form>
  );
}

function Answering({ scenario, session, question, revealed, tally }: { scenario: Scenario; session: StudentSession; question: Question; revealed: boolean; tally: Record<string, number> | null }) {
  const mine = session.answerTo(question.id);
  const [text, setText] = useState('');
  const uid = useId();
  const offline = session.status.state !== 'connected';
  return (
    <div className="class-question" aria-labelledby={`${uid}-q`}>
      <h2 id={`${uid}-q`}>{questionText(scenario, question)}</h2>
      {question.kind === 'text' ? (
        !revealed && (
          <form
            className="class-text-answer"
            onSubmit={(e) => {
              e.preventDefault();
              if (text.trim()) session.answer(question.id, text.trim());
            }}
          >
            <div className="field">
              <label htmlFor={`${uid}-text`}>Your answer</label>
              <textarea id={`${uid}-text`} rows={3} maxLength={CLASS_LIMITS.answerLength} value={text} onChange={(e) => setText(e.currentTarget.value)} />
              <p className="field__hint">
                Up to {CLASS_LIMITS.answerLength} characters. Your teacher chooses which answers to show on the projector.
              </p>
            </div>
            <button type="submit" className="button class-big">
              Send
            </button>
          </form>
        )
      ) : revealed && tally ? (
        <Tally choices={choices(scenario, question)} tally={tally} mine={mine?.value} />
      ) : (
        <ul className="class-choices">
          {choices(scenario, question).map((c) => (
            <li key={String(c.value)}>
              <button type="button" className="button class-big" aria-pressed={mine?.value === c.value} onClick={() => session.answer(question.id, c.value)}>
                {c.label}
                {c.detail && <span className="class-choices__detail">{c.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="class-question__status" role="status">
        {mine && revealed
          ? question.kind === 'text'
            ? 'Your answer is in.'
            : `Your answer: ${choices(scenario, question).find((c) => c.value === mine.value)?.label ?? String(mine.value)}.`
          : mine
          ? mine.recorded
            ? `Your answer is in${question.kind === 'text' ? '' : ': you can change it until your teacher reveals the answer'}.`
            : offline
              ? 'Your answer is saved on this phone and will be sent when you are back online.'
              : 'Sending your answer\u2026'
          : revealed
            ? 'You did not answer this one.'
            : ''}
      </p>
      {session.refusal && <p role="alert">Your answer was not taken: {session.refusal}.</p>}
      {revealed && <SourceAnswerView scenario={scenario} question={question} />}
    </div>
  );
}

export function StudentClass({ code: given }: { code: string }) {
  const [joined, setJoined] = useState<{ code: string; name: string } | null>(() => {
    const code = normaliseRoomCode(given);
    return code && remembered(JOINED_KEY, () => sessionStorage) === code ? { code, name: remembered(NAME_KEY, () => localStorage) } : null;
  });
  const [session, setSession] = useState<StudentSession | null>(null);
  const [problem, setProblem] = useState('');
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const scenario = useAppStore(selectScenario);

  useEffect(() => {
    if (!joined) return;
    const s = new StudentSession(joined.code, joined.name || undefined);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session is a connection this effect opens and closes; the page shows it once open
    setSession(s);
    const off = s.on(refresh);
    const untie = follow(s, setProblem);
    return () => {
      off();
      untie();
      s.destroy();
    };
  }, [joined]);

  if (!joined || !session) {
    return (
      <section className="class-student" aria-label="Class session">
        <JoinForm
          code={given}
          onJoin={(code, name) => {
            const url = new URL(window.location.href);
            url.searchParams.set('join', code);
            window.history.replaceState(window.history.state, '', url);
            try {
              sessionStorage.setItem(JOINED_KEY, code);
            } catch {
              // Not kept: a reload asks again.
            }
            setJoined({ code, name });
          }}
        />
      </section>
    );
  }

  const stage = session.stage;
  const status = session.status;
  const line =
    status.state === 'refused'
      ? status.reason
      : status.state !== 'connected'
        ? status.state === 'connecting' && !stage
          ? 'Joining the class\u2026'
          : 'Offline: reconnecting by itself. Your answers are kept on this phone.'
        : stage?.ended
          ? 'The session has ended. Thank you for taking part.'
          : stage?.follow === false
            ? 'Exploring on your own: tap anything. Your teacher will bring you back.'
            : 'Following your teacher\u2019s screen.';
  return (
    <section className="class-student" aria-label="Class session">
      <p className="class-student__bar">
        <span className="class-code">{formatRoomCode(session.code)}</span>
        {joined.name && <span className="class-student__name">{joined.name}</span>}
        <span role="status">{line}</span>
      </p>
      {problem && <p role="alert">{problem}</p>}
      {stage && !stage.ended && scenario && stage.question ? (
        <Answering key={stage.question.id} scenario={scenario} session={session} question={stage.question} revealed={stage.revealed} tally={stage.tally} />
      ) : (
        stage &&
        !stage.ended && <p className="class-student__idle">Nothing to answer right now. When your teacher asks the class, the question appears here.</p>
      )}
      {stage && stage.shown.length > 0 && (
        <div className="class-shown">
          <h3>Answers your teacher is showing</h3>
          <ul>
            {stage.shown.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
