/**
 * The edits the editor makes to a draft: each takes a document and returns a new one,
 * sharing what did not change (so undo keeps whole documents cheaply). A document has the
 * scenario's shape, but its values may not pass the schema yet (empty text, say): the
 * editor shows that as problems and never blocks typing. Pure; no DOM.
 */
import type { Actor, Claim, Relation, Scenario } from '../model/schema';
import { slug } from '../model/slug';

/** A scenario being written: the scenario's shape, its values not yet checked. */
export type Doc = Scenario;
export type Path = readonly (string | number)[];

/** The value at `path`, or undefined. */
export function getIn(doc: unknown, path: Path): unknown {
  let at: unknown = doc;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** A copy of `doc` with `value` at `path`; the objects along the path are copied, the rest shared. */
export function setIn<T>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const here = doc as unknown;
  const child = here !== null && typeof here === 'object' ? (here as Record<string | number, unknown>)[key] : undefined;
  const next = setIn(child, rest, value);
  if (Array.isArray(here)) {
    const copy = [...(here as unknown[])];
    copy[key as number] = next;
    return copy as T;
  }
  const base = here !== null && typeof here === 'object' ? (here as Record<string, unknown>) : {};
  if (next === undefined) {
    return Object.fromEntries(Object.entries(base).filter(([k]) => k !== String(key))) as T;
  }
  return { ...base, [key]: next } as T;
}

/** `path` in the validator's notation: `actors[2].view.wants[0].text`. */
export function pathString(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}

export { slug };

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base || 'item';
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** The first section of the first source, as a claim's reference: where a new claim points until the author picks. */
export function firstRef(doc: Doc): string {
  const source = doc.sources[0];
  const section = source?.sections[0];
  return source && section ? `${source.id}#${section.id}` : '';
}

/**
 * A claim to write. It starts as "reported" (the source tells it): "stated" needs the actor's
 * own words, quoted, and "inferred" is the author's own conclusion; the author changes it where
 * either fits.
 */
export function emptyClaim(doc: Doc): Claim {
  return { text: '', basis: 'reported', ref: firstRef(doc) };
}

export function emptyActor(doc: Doc, id: string): Actor {
  const c = () => emptyClaim(doc);
  return {
    id,
    name: '',
    label: '',
    kind: 'person',
    role: c(),
    view: { headline: c(), wants: [c()], outcome: [c()], fears: [c()], stances: [], sees: [], questions: [''] },
  };
}

/**
 * A new scenario: blank, with one worked example actor to show the shape (every field
 * written, so the author sees what goes where), to be rewritten or deleted.
 */
export function blankScenario(id: string): Doc {
  const ref = 'source#part-1';
  const claim = (text: string, basis: Claim['basis'] = 'stated'): Claim => ({ text, basis, ref });
  return {
    format: 1,
    id,
    title: '',
    date: '',
    summary: '',
    sources: [{ id: 'source', title: '', sections: [{ id: 'part-1', title: 'Part 1' }] }],
    issues: [{ id: 'issue-1', label: '', question: '', low: '', high: '' }],
    actors: [
      {
        id: 'example-actor',
        name: 'Example actor',
        label: 'Example',
        kind: 'person',
        role: claim('Their part in the event, in your own words.', 'reported'),
        view: {
          headline: claim('Their view of the event in one line.', 'inferred'),
          wants: [claim('What they wanted from it, as the source tells it.', 'reported')],
          outcome: [claim('How they read the outcome.', 'inferred')],
          fears: [claim('A fear or red line the source gives.', 'reported')],
          stances: [],
          sees: [],
          questions: ['A question for the class about this view?'],
        },
      },
    ],
    relations: [],
  };
}

/** An editable copy of a scenario, with an id of its own; the original is never changed (documents are never mutated). */
export function copyForEditing(scenario: Scenario): Doc {
  return { ...structuredClone(scenario), id: slug(`${scenario.id.slice(0, 58)}-copy`) };
}

export function addActor(doc: Doc): { doc: Doc; index: number } {
  const id = uniqueId('actor', doc.actors.map((a) => a.id));
  return { doc: { ...doc, actors: [...doc.actors, emptyActor(doc, id)] }, index: doc.actors.length };
}

/** Removes an actor and everything that points at them: their relations, others' views of them, steps' mentions. */
export function removeActor(doc: Doc, index: number): Doc {
  const gone = doc.actors[index]?.id;
  if (gone === undefined) return doc;
  const actors = doc.actors
    .filter((_, i) => i !== index)
    .map((a) => (a.view.sees.some((s) => s.actor === gone) ? { ...a, view: { ...a.view, sees: a.view.sees.filter((s) => s.actor !== gone) } } : a));
  const relations = doc.relations.filter((r) => r.source !== gone && r.target !== gone);
  const story = doc.story?.map((step) => {
    const { actor, compare, highlight, ...rest } = step;
    return {
      ...rest,
      ...(actor && actor !== gone ? { actor } : {}),
      ...(compare && !compare.includes(gone) ? { compare } : {}),
      ...(highlight ? { highlight: { ...highlight, ...(highlight.actors ? { actors: highlight.actors.filter((id) => id !== gone) } : {}) } } : {}),
    };
  });
  return { ...doc, actors, relations, ...(story ? { story } : {}) };
}

/** Gives an actor a new id, and every reference to them with it. */
export function renameActorId(doc: Doc, from: string, to: string): Doc {
  if (from === to) return doc;
  const swap = (id: string) => (id === from ? to : id);
  return {
    ...doc,
    actors: doc.actors.map((a) => ({
      ...a,
      id: swap(a.id),
      view: { ...a.view, sees: a.view.sees.map((s) => ({ ...s, actor: swap(s.actor) })) },
    })),
    relations: doc.relations.map((r) => ({ ...r, source: swap(r.source), target: swap(r.target) })),
    ...(doc.story
      ? {
          story: doc.story.map((s) => ({
            ...s,
            ...(s.actor ? { actor: swap(s.actor) } : {}),
            ...(s.compare ? { compare: [swap(s.compare[0]), swap(s.compare[1])] as [string, string] } : {}),
            ...(s.highlight?.actors ? { highlight: { ...s.highlight, actors: s.highlight.actors.map(swap) } } : {}),
          })),
        }
      : {}),
  };
}

/**
 * Names an actor. While their id is still one the editor made (from the old name, or
 * "actor-N"), it follows the name, so links to them (`?actor=`) read well; an id the
 * author's file gave is kept.
 */
export function nameActor(doc: Doc, index: number, name: string): Doc {
  const actor = doc.actors[index];
  if (!actor) return doc;
  const named = setIn(doc, ['actors', index, 'name'], name);
  const made = actor.id === slug(actor.name) || /^actor(-\d+)?$/.test(actor.id);
  const wanted = slug(name);
  if (!made || !wanted) return named;
  const id = uniqueId(wanted, doc.actors.filter((_, i) => i !== index).map((a) => a.id));
  return renameActorId(named, actor.id, id);
}

export function addRelation(doc: Doc, source: string, target: string): { doc: Doc; index: number } {
  const id = uniqueId(slug(`${source}-${target}`) || 'relation', doc.relations.map((r) => r.id));
  const { basis, ref } = emptyClaim(doc);
  const relation: Relation = { id, source, target, type: 'negotiates', directed: false, label: '', basis, ref };
  return { doc: { ...doc, relations: [...doc.relations, relation] }, index: doc.relations.length };
}

/** Removes a relation and the steps' mentions of it. */
export function removeRelation(doc: Doc, index: number): Doc {
  const gone = doc.relations[index]?.id;
  if (gone === undefined) return doc;
  const story = doc.story?.map((s) =>
    s.highlight?.relations ? { ...s, highlight: { ...s.highlight, relations: s.highlight.relations.filter((id) => id !== gone) } } : s,
  );
  return { ...doc, relations: doc.relations.filter((_, i) => i !== index), ...(story ? { story } : {}) };
}

/** Appends an item to the list at `path`. */
export function appendAt(doc: Doc, path: Path, item: unknown): Doc {
  const list = getIn(doc, path);
  return setIn(doc, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Removes item `index` of the list at `path`. */
export function removeAt(doc: Doc, path: Path, index: number): Doc {
  const list = getIn(doc, path);
  return Array.isArray(list) ? setIn(doc, path, list.filter((_, i) => i !== index)) : doc;
}

export function addSection(doc: Doc, sourceIndex: number): Doc {
  const source = doc.sources[sourceIndex];
  if (!source) return doc;
  const id = uniqueId(`part-${source.sections.length + 1}`, source.sections.map((s) => s.id));
  return appendAt(doc, ['sources', sourceIndex, 'sections'], { id, title: '' });
}

export function addIssue(doc: Doc): Doc {
  const id = uniqueId(`issue-${doc.issues.length + 1}`, doc.issues.map((i) => i.id));
  return appendAt(doc, ['issues'], { id, label: '', question: '', low: '', high: '' });
}

/** Actors as the editor's choices: each by id, named (or by id until they have a name). */
export function actorChoices(actors: readonly Actor[]): { value: string; name: string }[] {
  return actors.map((a) => ({ value: a.id, name: a.name || a.id }));
}

/** Every section a claim may cite, as `source#section` with a readable name. */
export function sectionChoices(doc: Doc): { ref: string; name: string }[] {
  return doc.sources.flatMap((s) => s.sections.map((sec) => ({ ref: `${s.id}#${sec.id}`, name: `${s.title || s.id} \u00a7 ${sec.title || sec.id}` })));
}

/** The file name a download gets: from the title, else the id. */
export function fileNameFor(doc: Doc): string {
  return `${slug(doc.title) || slug(doc.id) || 'scenario'}.json`;
}

/** A new step at the end of the walk-through (the walk-through begins with its first step). */
export function addStep(doc: Doc): { doc: Doc; index: number } {
  const story = doc.story ?? [];
  const id = uniqueId(`step-${story.length + 1}`, story.map((s) => s.id));
  return { doc: { ...doc, story: [...story, { id, title: '', caption: '' }] }, index: story.length };
}

/** Removes a step; removing the last one leaves no walk-through (the default one visits every actor). */
export function removeStep(doc: Doc, index: number): Doc {
  const story = (doc.story ?? []).filter((_, i) => i !== index);
  return setIn(doc, ['story'], story.length > 0 ? story : undefined);
}

/** Moves a step `by` places (−1 earlier, +1 later), if it can go there. */
export function moveStep(doc: Doc, index: number, by: number): Doc {
  const story = doc.story;
  const to = index + by;
  if (!story || to < 0 || to >= story.length || index < 0 || index >= story.length) return doc;
  const next = [...story];
  const [step] = next.splice(index, 1);
  if (step) next.splice(to, 0, step);
  return { ...doc, story: next };
}

/**
 * What a step opens: the event (no actor), one actor's view, or two views side by side
 * (`compare`, which the format holds instead of `actor`).
 */
export function setStepOpens(doc: Doc, index: number, first: string, second: string): Doc {
  const step = doc.story?.[index];
  if (!step || !doc.story) return doc;
  const rest = setIn(setIn(step, ['actor'], undefined), ['compare'], undefined);
  const opened = first && second && first !== second ? { ...rest, compare: [first, second] as [string, string] } : first ? { ...rest, actor: first } : rest;
  return { ...doc, story: doc.story.map((s, i) => (i === index ? opened : s)) };
}

/** Sets which actors or relations a step brings forward; an empty choice leaves the key out. */
export function setStepHighlight(doc: Doc, index: number, kind: 'actors' | 'relations', ids: readonly string[]): Doc {
  const step = doc.story?.[index];
  if (!step || !doc.story) return doc;
  const highlight = setIn(step.highlight ?? {}, [kind], ids.length ? [...ids] : undefined);
  const next = setIn(step, ['highlight'], Object.keys(highlight).length ? highlight : undefined);
  return { ...doc, story: doc.story.map((s, i) => (i === index ? next : s)) };
}
