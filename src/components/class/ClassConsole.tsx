/**
 * The teacher's class session: the code, join link and QR code for the projector, how many
 * have joined, following or exploring, asking the class, the answers coming in, the reveal,
 * and ending with a results file. Loaded on demand with the class client (Yjs, Hocuspocus).
 */
import { useEffect, useReducer, useState } from 'react';
import { scenarioTooBig, teach, updateStage } from '../../class/binding';
import { formatRoomCode } from '../../class/protocol';
import { resultsCsv, tallyOf } from '../../class/questions';
import { classApi, TeacherSession } from '../../class/session';
import { downloadBlob } from '../../io/download';
import { project } from '../../sync/classProjection';
import { selectScenario, useAppStore } from '../../store/appStore';
import { AskForm } from './AskForm';
import { JoinCode } from './JoinCode';
import { QuestionResults } from './QuestionResults';
import '../editor/controls.css';
import '../share/share.css';
import './class.css';

/** One session per page: kept here, so a re-render (or React's strict double effects) never makes a second room. */
let current: Promise<TeacherSession> | null = null;

function startOrResume(): Promise<TeacherSession> {
  if (!current) {
    const resumed = TeacherSession.resume();
    const tooBig = scenarioTooBig();
    current = resumed ? Promise.resolve(resumed) : tooBig ? Promise.reject(new Error(tooBig)) : TeacherSession.start();
    current.catch(() => (current = null));
  }
  return current;
}

/** The join link phones can reach: this page's address, or the laptop's address on the network when this page says localhost. */
function useJoinLink(code: string | undefined): string | null {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname);
  const [base, setBase] = useState<string | null>(() => (local ? null : `${window.location.origin}${window.location.pathname}`));
  useEffect(() => {
    if (!local) return;
    const { port, protocol, pathname } = window.location;
    void classApi<{ addresses?: unknown }>('info').then(
      (info) => {
        const first = Array.isArray(info.addresses) ? info.addresses.find((a): a is string => typeof a === 'string' && /^[\d.]+$/.test(a)) : undefined;
        setBase(first ? `${protocol}//${first}${port ? `:${port}` : ''}${pathname}` : `${window.location.origin}${pathname}`);
      },
      () => setBase(`${window.location.origin}${pathname}`),
    );
  }, [local]);
  return code && base ? `${base}?join=${code}` : null;
}

export function ClassConsole({ onClose }: { onClose(): void }) {
  const [session, setSession] = useState<TeacherSession | null>(null);
  const [error, setError] = useState('');
  const [asking, setAsking] = useState(false);
  // The join code and QR code take room on the projector: shown to start with, hidden once the class is in.
  const [showJoin, setShowJoin] = useState(true);
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  const scenario = useAppStore(selectScenario);
  const link = useJoinLink(session?.code);

  useEffect(() => () => project(null), []);
  // What an audience window shows of the session (see sync/classProjection.ts), after every render.
  useEffect(() => {
    if (!session) return;
    const stage = session.stage;
    const asked = stage?.question;
    const answers = asked ? session.answers().filter((a) => a.question === asked.id) : [];
    const joined = session.joined().filter((j) => j.online).length;
    project({ code: session.code, link: showJoin ? link : null, joined, answered: answers.length, tally: asked ? tallyOf(asked, answers) : {}, stage });
  });
  useEffect(() => {
    let stop = () => {};
    let live = true;
    startOrResume().then(
      (s) => {
        if (!live) return;
        setSession(s);
        const off = s.on(refresh);
        const untie = teach(s);
        stop = () => {
          off();
          untie();
        };
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (error) {
    return (
      <section className="class-console" aria-labelledby="class-title">
        <h2 id="class-title">Class session</h2>
        <p role="alert">{error}</p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }
  if (!session || !scenario) {
    return (
      <section className="class-console" aria-labelledby="class-title">
        <h2 id="class-title">Class session</h2>
        <p role="status">Making a room on the class server{'\u2026'}</p>
      </section>
    );
  }

  const stage = session.stage;
  const online = session.joined().filter((j) => j.online).length;
  const status = session.status;
  const end = async () => {
    const answers = session.answers();
    if (answers.length) downloadBlob(new Blob([resultsCsv(scenario, session.asked(), answers)], { type: 'text/csv' }), `class-results-${formatRoomCode(session.code)}.csv`);
    try {
      await session.end();
    } catch (e) {
      setError(`The session ended here, but the server could not remove the room: ${e instanceof Error ? e.message : String(e)}`);
      current = null;
      return;
    }
    current = null;
    project(null);
    onClose();
  };

  return (
    <section className="class-console" aria-labelledby="class-title">
      <div className="class-console__bar">
        <h2 id="class-title">
          Class <span className="class-code">{formatRoomCode(session.code)}</span>
        </h2>
        <p className="class-console__count" role="status">
          {status.state === 'refused' ? status.reason : status.state === 'connected' ? `${online} ${online === 1 ? 'student' : 'students'} joined` : 'Connecting to the class server\u2026'}
        </p>
        <div className="class-console__controls">
          <button
            type="button"
            className="button"
            aria-pressed={stage ? !stage.follow : false}
            onClick={() => updateStage(session, (s) => ({ ...s, follow: !s.follow }))}
          >
            {stage?.follow === false ? 'Bring them back' : 'Let them explore'}
          </button>
          <button type="button" className="button" aria-expanded={asking} onClick={() => setAsking(!asking)}>
            Ask the class
          </button>
          <button type="button" className="button" aria-pressed={!showJoin} onClick={() => setShowJoin(!showJoin)}>
            {showJoin ? 'Hide the join code' : 'Show the join code'}
          </button>
          <button type="button" className="button" onClick={() => void end()}>
            End session
          </button>
        </div>
      </div>
      {showJoin && link && <JoinCode link={link} />}
      {asking && (
        <AskForm
          scenario={scenario}
          onAsk={(q) => {
            session.ask(q, session.stage ?? { view: { focus: { kind: 'event' }, step: null }, follow: true, question: null, revealed: false, tally: null, shown: [], ended: false });
            setAsking(false);
          }}
        />
      )}
      {stage?.question && <QuestionResults scenario={scenario} session={session} stage={stage} question={stage.question} joined={online} />}
    </section>
  );
}
