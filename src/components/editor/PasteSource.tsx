/**
 * "Start from the text of the source": the author pastes the article or transcript, sees
 * the sections found at its headings, and adds them; each section's text stays with the
 * draft in this browser, to read beside a claim while picking its section.
 */
import { useId, useState } from 'react';
import { addFoundSections, SOURCE_TEXT_LIMIT, splitSource, type FoundSection } from '../../editor/sourceText';
import { useEditor } from './fields';

const words = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

export function PasteSource({ sourceIndex }: { sourceIndex: number }) {
  const { session } = useEditor();
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<FoundSection[] | null>(null);
  const [said, setSaid] = useState('');

  const add = () => {
    if (!found) return;
    const { doc, texts } = addFoundSections(session.state.doc, sourceIndex, found);
    session.edit(doc);
    session.addSourceText(texts);
    setSaid(`Added ${Object.keys(texts).length} sections. Their titles can be changed above; their text stays in this browser, beside each claim that cites them.`);
    setFound(null);
    setText('');
  };

  return (
    <details className="editor__import">
      <summary>Start from the text of the source</summary>
      <p className="field__hint">
        Paste the article or transcript: it is split into sections at its headings, for claims to cite. The text is kept with your
        draft in this browser only; it is never put in the scenario or its download, which hold each section{'\u2019'}s title and
        your own summary.
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste the article or transcript</label>
        <textarea id={`${id}-text`} rows={6} maxLength={SOURCE_TEXT_LIMIT} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </div>
      <button
        type="button"
        className="button button--small"
        disabled={!text.trim()}
        onClick={() => {
          setSaid('');
          setFound(splitSource(text));
        }}
      >
        Split into sections
      </button>
      {found && (
        <>
          <p>
            Found {found.length} {found.length === 1 ? 'section' : 'sections'}:
          </p>
          <ol className="editor__import-report">
            {found.map((f, i) => (
              <li key={i}>
                {f.title} ({words(f.text)} words)
              </li>
            ))}
          </ol>
          <button type="button" className="button button--small" onClick={add}>
            Add these {found.length} sections
          </button>
        </>
      )}
      <div role="status">{said && <p>{said}</p>}</div>
    </details>
  );
}
