/**
 * The source the scenario rests on: its title, where to read it, the sections claims cite
 * (each with an optional summary), and a reader's guide (what kind of text it is, its tone,
 * what it says is not known, and where its framing needs care).
 */
import { addSection, appendAt, firstRef, getIn, removeAt, sectionChoices, setIn, type Doc, type Path } from '../../editor/edits';
import { SelectField, TextField, useEditor } from './fields';
import { PasteSource } from './PasteSource';

/** Notes about the source (unknowns, caveats): each a sentence tied to a section. */
function NoteList({ path, label, itemLabel }: { path: Path; label: string; itemLabel: string }) {
  const { session, doc } = useEditor();
  const list = getIn(doc, path);
  const items = Array.isArray(list) ? list : [];
  const sections = sectionChoices(doc).map((c) => ({ value: c.ref, name: c.name }));
  return (
    <div className="field-list">
      <h5>{label}</h5>
      {items.map((_, i) => (
        <div key={i} className="field-list__item">
          <TextField label={`${itemLabel} ${i + 1}`} path={[...path, i, 'text']} multiline />
          <SelectField label={`${itemLabel} ${i + 1}: source section`} path={[...path, i, 'ref']} options={sections} />
          <button type="button" className="button button--small" onClick={() => session.edit(removeAt(session.state.doc, path, i))}>
            Remove {itemLabel.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => session.edit(appendAt(session.state.doc, path, { text: '', ref: firstRef(session.state.doc) }))}>
        Add {itemLabel.toLowerCase()}
      </button>
    </div>
  );
}

/** A field the format may leave out: emptied, it is left out rather than kept as "". */
const optional = (path: Path) => (d: Doc, v: string) => setIn(d, path, v === '' ? undefined : v);

export function SourceFields() {
  const { session, doc } = useEditor();
  return (
    <section className="editor__part" aria-labelledby="edit-part-sources">
      <h3 id="edit-part-sources">The source</h3>
      {doc.sources.map((source, s) => (
        <div key={s} className="field-list">
          <TextField label={`Source ${s + 1}: title`} path={['sources', s, 'title']} />
          <TextField label={`Source ${s + 1}: publisher`} path={['sources', s, 'publisher']} hint="Where known; may stay empty." onValue={optional(['sources', s, 'publisher'])} />
          <TextField
            label={`Source ${s + 1}: web address`}
            path={['sources', s, 'url']}
            hint="Where to read it (https://…); may stay empty. Only http and https addresses become links."
            onValue={optional(['sources', s, 'url'])}
          />
          <h4>Its sections (claims cite them)</h4>
          {source.sections.map((_, i) => (
            <div key={i} className="field-list__item">
              <TextField label={`Section ${i + 1}`} path={['sources', s, 'sections', i, 'title']} />
              <TextField
                label={`Section ${i + 1}: what it covers`}
                path={['sources', s, 'sections', i, 'summary']}
                multiline
                hint="In your own words; may stay empty."
                onValue={optional(['sources', s, 'sections', i, 'summary'])}
              />
              {source.sections.length > 1 && (
                <button type="button" className="button button--small" onClick={() => session.edit(removeAt(session.state.doc, ['sources', s, 'sections'], i))}>
                  Remove section {i + 1}
                </button>
              )}
            </div>
          ))}
          <button type="button" className="button button--small" onClick={() => session.edit(addSection(session.state.doc, s))}>
            Add a section
          </button>
          <PasteSource sourceIndex={s} />
          <h4>A reader{'\u2019'}s guide to the source</h4>
          {source.about ? (
            <>
              <TextField label={`Source ${s + 1}: what kind of text`} path={['sources', s, 'about', 'genre']} hint="A news report, an interview, minutes of a meeting…" />
              <TextField label={`Source ${s + 1}: tone`} path={['sources', s, 'about', 'tone']} />
              <NoteList path={['sources', s, 'about', 'unknowns']} label="What it says is not known" itemLabel="Unknown" />
              <NoteList path={['sources', s, 'about', 'caveats']} label="Where its framing needs care (dated, speculative, one-sided)" itemLabel="Caveat" />
              <button type="button" className="button button--small" onClick={() => session.edit(setIn(session.state.doc, ['sources', s, 'about'], undefined))}>
                Remove the reader{'\u2019'}s guide
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small"
              onClick={() => session.edit(setIn(session.state.doc, ['sources', s, 'about'], { genre: '', tone: '', unknowns: [], caveats: [] }))}
            >
              Add a reader{'\u2019'}s guide
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
