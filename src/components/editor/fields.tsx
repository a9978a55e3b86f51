/**
 * The editor's fields, each bound to a JSON path of the draft: it shows the value, writes
 * each keystroke as an edit, and shows the schema's problems at that path (named by the
 * path too, so the list of problems can jump to it). Never blocks typing.
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { BASES } from '../../model/constants';
import { appendAt, emptyClaim, getIn, pathString, removeAt, sectionChoices, setIn, type Doc, type Path } from '../../editor/edits';
import { fieldId, problemsAt, type Problem } from '../../editor/problems';
import type { DraftSession } from '../../editor/session';

export interface EditorContextValue {
  session: DraftSession;
  doc: Doc;
  problems: readonly Problem[];
  /** The source's own text by section reference, where pasted (read beside a claim). */
  sourceText: Readonly<Record<string, string>>;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('an editor field outside the editor');
  return value;
}

/** What each basis means, shown where one is picked. */
export const BASIS_RULES: Record<(typeof BASES)[number], string> = {
  stated: 'Stated: the actor said it on the record, as the source quotes or reports it.',
  reported: 'Reported: the source tells it as fact, or from others.',
  inferred: 'Inferred: you conclude it from what the source says; the source does not say it.',
};

function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <p className="field__problem" id={id}>
      {problems.map((p) => `${p.message} (${p.path})`).join('; ')}
    </p>
  );
}

interface TextProps {
  label: string;
  path: Path;
  multiline?: boolean;
  hint?: string;
  /** Writes the value some other way than at `path` (naming an actor also renames their id). */
  onValue?: (doc: Doc, value: string) => Doc;
}

export function TextField({ label, path, multiline = false, hint, onValue }: TextProps) {
  const { session, doc, problems } = useEditor();
  const p = pathString(path);
  const id = fieldId(p);
  const mine = problemsAt(problems, p);
  const value = getIn(doc, path);
  const hintId = useId();
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    'aria-invalid': mine.length > 0 ? true : undefined,
    'aria-describedby': [hint ? hintId : '', mine.length ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined,
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      const current = session.state.doc;
      session.edit(onValue ? onValue(current, v) : setIn(current, path, v), p, v);
    },
    onBlur: () => session.settle(),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}

interface SelectProps {
  label: string;
  path: Path;
  options: readonly { value: string; name: string }[];
  hint?: ReactNode;
  /** What a picked option is stored as (a number for a position); the text itself if not given. */
  toValue?: (picked: string) => unknown;
}

export function SelectField({ label, path, options, hint, toValue }: SelectProps) {
  const { session, doc, problems } = useEditor();
  const p = pathString(path);
  const id = fieldId(p);
  const mine = problemsAt(problems, p);
  const stored = getIn(doc, path);
  const value = typeof stored === 'string' || typeof stored === 'number' ? String(stored) : undefined;
  const known = options.some((o) => o.value === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={mine.length > 0 ? true : undefined}
        aria-describedby={mine.length ? `${id}-problem` : undefined}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          session.edit(setIn(session.state.doc, path, toValue ? toValue(picked) : picked));
        }}
      >
        {!known && <option value={value ?? ''}>{value ? `${value} (not found)` : 'Choose\u2026'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.name}
          </option>
        ))}
      </select>
      {hint && <div className="field__hint">{hint}</div>}
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}

/**
 * A claim: its text, its basis (with the rule shown), and the source section it rests on;
 * `before` holds fields of its own kind (a stance's issue and position).
 */
export function ClaimField({ label, path, onRemove, before, legend = label }: { label: string; path: Path; onRemove?: () => void; before?: ReactNode; legend?: string }) {
  const { doc, sourceText } = useEditor();
  const basis = getIn(doc, [...path, 'basis']);
  const rule = typeof basis === 'string' && basis in BASIS_RULES ? BASIS_RULES[basis as keyof typeof BASIS_RULES] : 'Pick how the source supports it.';
  const sections = sectionChoices(doc).map((s) => ({ value: s.ref, name: s.name }));
  return (
    <fieldset className="claim-field">
      <legend>{legend}</legend>
      {before}
      <TextField label={`${label}: text`} path={[...path, 'text']} multiline />
      <div className="claim-field__row">
        <SelectField label={`${label}: basis`} path={[...path, 'basis']} options={BASES.map((b) => ({ value: b, name: b }))} hint={rule} />
        <SelectField label={`${label}: source section`} path={[...path, 'ref']} options={sections} />
      </div>
      <SectionText reference={getIn(doc, [...path, 'ref'])} sourceText={sourceText} name={sections} />
      {onRemove && (
        <button type="button" className="button button--small" onClick={onRemove}>
          Remove {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

/** The pasted text of the section a claim cites, to read while writing it. */
function SectionText({ reference, sourceText, name }: { reference: unknown; sourceText: Readonly<Record<string, string>>; name: readonly { value: string; name: string }[] }) {
  const text = typeof reference === 'string' ? sourceText[reference] : undefined;
  if (!text) return null;
  const title = name.find((n) => n.value === reference)?.name ?? String(reference);
  return (
    <details className="claim-field__source">
      <summary>Read the section: {title}</summary>
      {/* Focusable, so a long section scrolls by keyboard too. */}
      <p tabIndex={0}>{text}</p>
    </details>
  );
}

/** A list of claims (wants, fears…): each removable while more than `min` remain, and one more to add. */
export function ClaimList({ label, path, itemLabel, min = 1 }: { label: string; path: Path; itemLabel: string; min?: number }) {
  const { session, doc } = useEditor();
  const list = getIn(doc, path);
  const items = Array.isArray(list) ? list : [];
  return (
    <div className="field-list">
      <h4>{label}</h4>
      {items.map((_, i) => (
        <ClaimField
          key={i}
          label={`${itemLabel} ${i + 1}`}
          path={[...path, i]}
          onRemove={items.length > min ? () => session.edit(removeAt(session.state.doc, path, i)) : undefined}
        />
      ))}
      <button type="button" className="button button--small" onClick={() => session.edit(appendAt(session.state.doc, path, emptyClaim(session.state.doc)))}>
        Add {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}

/** A list of plain texts (discussion questions). */
export function TextList({ label, path, itemLabel, min = 1 }: { label: string; path: Path; itemLabel: string; min?: number }) {
  const { session, doc } = useEditor();
  const list = getIn(doc, path);
  const items = Array.isArray(list) ? list : [];
  return (
    <div className="field-list">
      <h4>{label}</h4>
      {items.map((_, i) => (
        <div key={i} className="field-list__item">
          <TextField label={`${itemLabel} ${i + 1}`} path={[...path, i]} />
          {items.length > min && (
            <button type="button" className="button button--small" onClick={() => session.edit(removeAt(session.state.doc, path, i))}>
              Remove {itemLabel.toLowerCase()} {i + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => session.edit(appendAt(session.state.doc, path, ''))}>
        Add {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}
