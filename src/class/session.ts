/**
 * A class session from the browser's side, framework-free: the teacher's screen, which
 * writes the stage and reads the answers, and a student's phone, which reads the stage and
 * sends answers. Both talk to the class server over Hocuspocus (Yjs); everything received is
 * checked against protocol.ts before it is used. Loaded only when a session starts or a
 * student joins.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { z } from '../model/zod';
import { CLASS_LIMITS, joinedStudent, parseJsonWith, question, recordedAnswer, serverReply, stage as stageSchema, type AnswerMessage, type JoinedStudent, type Question, type RecordedAnswer, type Stage } from './protocol';

const askedList = z.array(question).check(z.maxLength(500));

export type Status = { state: 'connecting' } | { state: 'connected' } | { state: 'offline' } | { state: 'refused'; reason: string };

/** What the server says when it refuses a connection, in words. */
const REFUSALS: Record<string, string> = {
  'no-room': 'There is no class with that code any more: the session may have ended.',
  'not-teacher': 'This screen is no longer the teacher of that class.',
  forbidden: 'The class server refused this screen.',
  flood: 'Too many messages were sent too fast; reload the page to join again.',
};

function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/class`;
}

/** Calls the class server's HTTP side; its error text, or a plain one, when it refuses. */
export async function classApi<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/class/api/${path}`, { ...init, headers: { 'Content-Type': 'application/json' } });
  } catch {
    throw new Error('The class server cannot be reached. Check the connection, or ask whoever runs Standpoint here to start it (npm start or npm run serve).');
  }
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  // A plain static host answers with its own page, a 404 or a 405, never JSON, where a class server would make a room.
  if (body === null || typeof body !== 'object') {
    throw new Error(
      path === 'rooms'
        ? 'This copy of Standpoint has no class server: it is served as plain files. Start it with npm start or npm run serve to run a class session.'
        : `The class server answered ${response.status} with something it never sends.`,
    );
  }
  if (!response.ok) throw new Error(typeof body.error === 'string' ? body.error.slice(0, 300) : `The class server answered ${response.status}.`);
  return body as T;
}

type Listener = () => void;

/** One document on the class server, with its connection's state. */
class Channel {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  status: Status = { state: 'connecting' };

  constructor(name: string, token: string, onChange: Listener, onMessage?: (payload: string) => void) {
    this.provider = new HocuspocusProvider({
      url: socketUrl(),
      name,
      token,
      document: this.doc,
      onStatus: ({ status }) => {
        if (this.status.state === 'refused') return;
        this.status = status === 'connected' ? { state: 'connected' } : status === 'connecting' ? { state: 'connecting' } : { state: 'offline' };
        onChange();
      },
      onAuthenticationFailed: ({ reason }) => {
        this.status = { state: 'refused', reason: REFUSALS[reason] ?? 'The class server refused this screen.' };
        onChange();
      },
      onStateless: ({ payload }) => onMessage?.(payload),
    });
    this.doc.on('update', onChange);
    // The browser knows before the socket does when the Wi-Fi drops: wait offline, and come back at once.
    window.addEventListener('offline', this.wentOffline);
    window.addEventListener('online', this.cameOnline);
  }

  private readonly wentOffline = () => {
    void this.provider.disconnect();
  };

  private readonly cameOnline = () => {
    void this.provider.connect();
  };

  destroy(): void {
    window.removeEventListener('offline', this.wentOffline);
    window.removeEventListener('online', this.cameOnline);
    this.provider.destroy();
    this.doc.destroy();
  }
}

class Emitter {
  private readonly listeners = new Set<Listener>();
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  protected emit = (): void => {
    for (const l of this.listeners) l();
  };
}

const TEACHER_KEY = 'standpoint:class-teacher';

/** The teacher's screen: makes the room, writes the stage, reads the answers. */
export class TeacherSession extends Emitter {
  private readonly stageChannel: Channel;
  private readonly answersChannel: Channel;

  private constructor(
    readonly code: string,
    private readonly secret: string,
  ) {
    super();
    const token = JSON.stringify({ role: 'teacher', secret });
    this.stageChannel = new Channel(`stage/${code}`, token, this.emit);
    this.answersChannel = new Channel(`answers/${code}`, token, this.emit);
  }

  /** Makes a room on the class server. */
  static async start(): Promise<TeacherSession> {
    const { code, secret } = await classApi<{ code?: unknown; secret?: unknown }>('rooms', { method: 'POST' });
    if (typeof code !== 'string' || typeof secret !== 'string' || !/^[A-Z0-9]{8}$/.test(code) || !/^[0-9a-f]{32}$/.test(secret)) {
      throw new Error('The class server sent a room this app cannot read: is it the same version?');
    }
    try {
      sessionStorage.setItem(TEACHER_KEY, JSON.stringify({ code, secret }));
    } catch {
      // Storage refused: the session lasts as long as the page.
    }
    return new TeacherSession(code, secret);
  }

  /** The session this tab was teaching before a reload, if any. */
  static resume(): TeacherSession | null {
    try {
      const kept = JSON.parse(sessionStorage.getItem(TEACHER_KEY) ?? 'null') as { code?: unknown; secret?: unknown } | null;
      if (typeof kept?.code === 'string' && typeof kept.secret === 'string' && /^[A-Z0-9]{8}$/.test(kept.code) && /^[0-9a-f]{32}$/.test(kept.secret)) return new TeacherSession(kept.code, kept.secret);
    } catch {
      // Nothing usable kept.
    }
    return null;
  }

  get status(): Status {
    return this.stageChannel.status;
  }

  get stage(): Stage | null {
    return readStage(this.stageChannel.doc);
  }

  /** Writes the stage every phone reads; `scenario` is the JSON phones open (null: the built-in one). */
  setStage(stage: Stage, scenario?: string | null): void {
    const map = this.stageChannel.doc.getMap('stage');
    this.stageChannel.doc.transact(() => {
      map.set('stage', JSON.stringify(stage));
      if (scenario !== undefined && map.get('scenario') !== scenario) map.set('scenario', scenario);
    });
  }

  /** Asks a question: it becomes the stage's question, and is kept in the list of those asked (for the results file). */
  ask(q: Question, stage: Stage): void {
    const map = this.stageChannel.doc.getMap('stage');
    this.stageChannel.doc.transact(() => {
      map.set('asked', JSON.stringify([...this.asked(), q]));
      map.set('stage', JSON.stringify({ ...stage, question: q, revealed: false, tally: null }));
    });
  }

  /** Every question asked in this session, in order. */
  asked(): Question[] {
    return parseJsonWith(this.stageChannel.doc.getMap('stage').get('asked'), askedList) ?? [];
  }

  /** Every answer recorded so far, checked. */
  answers(): (RecordedAnswer & { student: string })[] {
    const out: (RecordedAnswer & { student: string })[] = [];
    this.answersChannel.doc.getMap('answers').forEach((value, key) => {
      const parsed = parseJsonWith(value, recordedAnswer);
      if (parsed) out.push({ ...parsed, student: key.slice(key.indexOf('/') + 1) });
    });
    return out.sort((a, b) => a.at - b.at);
  }

  joined(): (JoinedStudent & { student: string })[] {
    const out: (JoinedStudent & { student: string })[] = [];
    this.answersChannel.doc.getMap('joined').forEach((value, student) => {
      const parsed = parseJsonWith(value, joinedStudent);
      if (parsed) out.push({ ...parsed, student });
    });
    return out;
  }

  /** Ends the session: the phones are told, the room and its answers are removed from the server. */
  async end(): Promise<void> {
    const current = this.stage;
    if (current) this.setStage({ ...current, ended: true, question: null });
    try {
      await classApi(`rooms/${this.code}/end`, { method: 'POST', body: JSON.stringify({ secret: this.secret }) });
    } finally {
      this.destroy();
    }
  }

  destroy(): void {
    try {
      sessionStorage.removeItem(TEACHER_KEY);
    } catch {
      // As above.
    }
    this.stageChannel.destroy();
    this.answersChannel.destroy();
  }
}

interface Kept {
  value: AnswerMessage['value'];
  recorded: boolean;
}

/** A student's phone: reads the stage, sends answers, and keeps them until the server has them. */
export class StudentSession extends Emitter {
  private readonly channel: Channel;
  private readonly student: string;
  private readonly keptKey: string;
  private kept: Record<string, Kept>;
  /** The server's last word on an answer that it refused. */
  refusal: string | null = null;

  constructor(
    readonly code: string,
    readonly name: string | undefined,
  ) {
    super();
    this.student = studentId(code);
    this.keptKey = `standpoint:class-answers:${code}`;
    this.kept = readKept(this.keptKey);
    const token = JSON.stringify({ role: 'student', student: this.student, ...(name ? { name } : {}) });
    this.channel = new Channel(`stage/${code}`, token, this.emit, (payload) => this.heard(payload));
    // Back online (a phone that slept, Wi-Fi that dropped): answers not yet recorded go again.
    this.channel.provider.on('synced', () => this.resend());
  }

  get status(): Status {
    return this.channel.status;
  }

  get stage(): Stage | null {
    return readStage(this.channel.doc);
  }

  /** The scenario the teacher shows, as JSON (null: the built-in one). */
  get scenario(): string | null {
    const value = this.channel.doc.getMap('stage').get('scenario');
    return typeof value === 'string' && value.length <= CLASS_LIMITS.messageBytes ? value : null;
  }

  /** This phone's answer to a question, and whether the server has recorded it. */
  answerTo(question: string): Kept | null {
    return this.kept[question] ?? null;
  }

  answer(question: string, value: AnswerMessage['value']): void {
    if (typeof value === 'string' && value.length > CLASS_LIMITS.answerLength) value = value.slice(0, CLASS_LIMITS.answerLength);
    this.kept = { ...this.kept, [question]: { value, recorded: false } };
    this.refusal = null;
    this.save();
    this.send(question);
    this.emit();
  }

  private send(question: string): void {
    const kept = this.kept[question];
    if (!kept || this.status.state !== 'connected') return;
    const message: AnswerMessage = { type: 'answer', question, value: kept.value };
    this.channel.provider.sendStateless(JSON.stringify(message));
  }

  private resend(): void {
    const asked = this.stage?.question?.id;
    if (asked && this.kept[asked] && !this.kept[asked].recorded) this.send(asked);
  }

  private heard(payload: string): void {
    const reply = parseJsonWith(payload, serverReply);
    if (!reply || !this.kept[reply.question]) return;
    if (reply.type === 'recorded') this.kept = { ...this.kept, [reply.question]: { ...this.kept[reply.question], recorded: true } as Kept };
    else this.refusal = reply.reason;
    this.save();
    this.emit();
  }

  private save(): void {
    try {
      localStorage.setItem(this.keptKey, JSON.stringify(this.kept));
    } catch {
      // Storage refused: answers are kept while the page is open.
    }
  }

  destroy(): void {
    this.channel.destroy();
  }
}

function readStage(doc: Y.Doc): Stage | null {
  return parseJsonWith(doc.getMap('stage').get('stage'), stageSchema);
}

/** This phone's id in a room: random, kept, so a phone that reloads is the same student. */
function studentId(code: string): string {
  const key = `standpoint:class-student:${code}`;
  try {
    const kept = localStorage.getItem(key);
    if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
  } catch {
    // Storage refused: a new id for this page.
  }
  const id = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  try {
    localStorage.setItem(key, id);
  } catch {
    // As above.
  }
  return id;
}

function readKept(key: string): Record<string, Kept> {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
    if (!value || typeof value !== 'object') return {};
    const out: Record<string, Kept> = {};
    for (const [q, k] of Object.entries(value as Record<string, unknown>)) {
      const v = (k as { value?: unknown })?.value;
      if (typeof v === 'number' || typeof v === 'string') out[q] = { value: v, recorded: (k as { recorded?: unknown }).recorded === true };
    }
    return out;
  } catch {
    return {};
  }
}
