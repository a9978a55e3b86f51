/**
 * Adding actors or relations from a spreadsheet: paste CSV text or open a .csv file; the
 * report says how many were added, which lines were not used and why, and which columns
 * were left out. The whole addition is one edit, so Undo takes it back.
 */
import { useId, useState } from 'react';
import { addActorsFromCsv, addRelationsFromCsv, type CsvReport } from '../../editor/csv';
import { useEditor } from './fields';

const KINDS = {
  actors: {
    summary: 'Add actors from a spreadsheet (CSV)',
    columns: 'A header row with a "name" column; it also reads "short name", "kind" (person, government or bloc), "role" and "id".',
    add: addActorsFromCsv,
    noun: (n: number) => (n === 1 ? 'actor' : 'actors'),
  },
  relations: {
    summary: 'Add relations from a spreadsheet (CSV)',
    columns: 'A header row with "from" and "to" (names or ids of actors); it also reads "type", "label" and "one way" (yes or no).',
    add: addRelationsFromCsv,
    noun: (n: number) => (n === 1 ? 'relation' : 'relations'),
  },
} as const;

function describe(report: CsvReport, noun: (n: number) => string): string[] {
  return [
    ...report.problems,
    `Added ${report.added} ${noun(report.added)}.`,
    ...report.rejected.map((r) => `Not added, ${r}.`),
    ...(report.unknownColumns.length ? [`Columns left out (not known): ${report.unknownColumns.join(', ')}.`] : []),
  ];
}

export function SpreadsheetImport({ kind }: { kind: keyof typeof KINDS }) {
  const { session } = useEditor();
  const k = KINDS[kind];
  const id = useId();
  const [text, setText] = useState('');
  const [said, setSaid] = useState<string[]>([]);

  const add = (csv: string) => {
    const { doc, report } = k.add(session.state.doc, csv);
    if (report.added > 0) session.edit(doc);
    setSaid(describe(report, k.noun));
  };

  return (
    <details className="editor__import">
      <summary>{k.summary}</summary>
      <p className="field__hint">{k.columns} Rows are added to what is here; Undo takes them back.</p>
      <div className="field">
        <label htmlFor={`${id}-text`}>Paste the CSV</label>
        <textarea id={`${id}-text`} rows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      </div>
      <button type="button" className="button button--small" disabled={!text.trim()} onClick={() => add(text)}>
        Add the pasted {kind}
      </button>
      <div className="field">
        <label htmlFor={`${id}-file`}>Or open a .csv file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            if (file.size > 2 * 1024 * 1024) return setSaid([`\u201c${file.name}\u201d is over 2 MiB: a spreadsheet of actors or relations is far smaller.`]);
            void file.text().then(add, () => setSaid([`\u201c${file.name}\u201d could not be read.`]));
          }}
        />
      </div>
      <div role="status">
        {said.length > 0 && (
          <ul className="editor__import-report">
            {said.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
