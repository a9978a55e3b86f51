import { describe, expect, it } from 'vitest';
import {
  addActor,
  addIssue,
  addRelation,
  addSection,
  addStep,
  appendAt,
  blankScenario,
  copyForEditing,
  fileNameFor,
  getIn,
  moveStep,
  nameActor,
  removeActor,
  removeAt,
  removeRelation,
  removeStep,
  sectionChoices,
  setIn,
  setStepHighlight,
  setStepOpens,
  slug,
  uniqueId,
} from '../../src/editor/edits';
import { checkDraft } from '../../src/editor/problems';
import type { Scenario } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

function withStory(): Scenario {
  const s = miniScenario();
  s.story = [
    { id: 'one', title: 'Bo', caption: 'Bo', actor: 'bo' },
    { id: 'two', title: 'Pair', caption: 'Pair', compare: ['ana', 'bo'], highlight: { actors: ['ana', 'bo'], relations: ['ana-bo'] } },
  ];
  s.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'ally', text: 'Trusts Bo.', basis: 'stated', ref: 'news#talks' }];
  return s;
}

describe('paths', () => {
  it('sets a value deep inside a copy and shares everything else', () => {
    const s = miniScenario();
    const next = setIn(s, ['actors', 1, 'role', 'text'], 'Guest of honour.');
    expect(next.actors[1]!.role.text).toBe('Guest of honour.');
    expect(s.actors[1]!.role.text).toBe('A guest.');
    expect(next.actors[0]).toBe(s.actors[0]);
    expect(next.relations).toBe(s.relations);
    expect(getIn(next, ['actors', 1, 'role', 'text'])).toBe('Guest of honour.');
    expect(getIn(next, ['actors', 9, 'role'])).toBeUndefined();
  });

  it('removes a key set to undefined', () => {
    const next = setIn({ a: 1, b: 2 }, ['b'], undefined);
    expect(next).toEqual({ a: 1 });
  });

  it('appends to and removes from lists', () => {
    const s = miniScenario();
    const more = appendAt(s, ['actors', 0, 'view', 'questions'], 'Why now?');
    expect(more.actors[0]!.view.questions).toEqual(['What does Ana gain?', 'Why now?']);
    expect(removeAt(more, ['actors', 0, 'view', 'questions'], 0).actors[0]!.view.questions).toEqual(['Why now?']);
  });
});

describe('ids', () => {
  it('makes ids from names', () => {
    expect(slug('Biden admin.')).toBe('biden-admin');
    expect(slug('  Élysée Palace ')).toBe('elysee-palace');
    expect(slug('!!!')).toBe('');
    expect(uniqueId('ana', ['ana', 'ana-2'])).toBe('ana-3');
    expect(uniqueId('', [])).toBe('item');
  });

  it('an actor the editor made follows their name, and every reference follows them', () => {
    let s = miniScenario();
    const added = addActor(s);
    s = added.doc;
    expect(s.actors[3]!.id).toBe('actor');
    s = addRelation(s, 'ana', 'actor').doc;
    s = nameActor(s, 3, 'Cy Gamma');
    expect(s.actors[3]!.id).toBe('cy-gamma');
    expect(s.relations.at(-1)).toMatchObject({ source: 'ana', target: 'cy-gamma' });
    // Renamed again: the id still follows, since it came from the old name.
    s = nameActor(s, 3, 'Ana Alpha');
    expect(s.actors[3]!.id).toBe('ana-alpha');
  });

  it('keeps an id the scenario file gave', () => {
    // "ana" is not made from "Ana Alpha": the file chose it, and links may use it.
    const s = nameActor(miniScenario(), 0, 'Ana Omega');
    expect(s.actors[0]!.id).toBe('ana');
    expect(s.actors[0]!.name).toBe('Ana Omega');
  });
});

describe('actors and relations', () => {
  it('removing an actor removes their relations, others\u2019 views of them and the steps\u2019 mentions', () => {
    const s = removeActor(withStory(), 1);
    expect(s.actors.map((a) => a.id)).toEqual(['ana', 'the-council']);
    expect(s.relations.map((r) => r.id)).toEqual(['council-ana']);
    expect(s.actors[0]!.view.sees).toEqual([]);
    expect(s.story![0]).toEqual({ id: 'one', title: 'Bo', caption: 'Bo' });
    expect(s.story![1]).toEqual({ id: 'two', title: 'Pair', caption: 'Pair', highlight: { actors: ['ana'], relations: ['ana-bo'] } });
  });

  it('removing a relation removes the steps\u2019 mentions of it', () => {
    const s = removeRelation(withStory(), 0);
    expect(s.relations.map((r) => r.id)).toEqual(['council-ana']);
    expect(s.story![1]!.highlight!.relations).toEqual([]);
  });

  it('a new actor has every field the format asks for, empty, and the draft says what is missing', () => {
    const { doc, index } = addActor(miniScenario());
    expect(index).toBe(3);
    const checked = checkDraft(doc);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.path)).toEqual([
      'actors[3].name',
      'actors[3].label',
      'actors[3].role.text',
      'actors[3].view.headline.text',
      'actors[3].view.wants[0].text',
      'actors[3].view.outcome[0].text',
      'actors[3].view.fears[0].text',
      'actors[3].view.questions[0]',
    ]);
    // Claims point at the first section until the author picks another.
    expect(doc.actors[3]!.role.ref).toBe('news#talks');
  });

  it('a new relation links two actors with the first section as its reference', () => {
    const { doc } = addRelation(miniScenario(), 'bo', 'the-council');
    expect(doc.relations[2]).toEqual({ id: 'bo-the-council', source: 'bo', target: 'the-council', type: 'negotiates', directed: false, label: '', basis: 'reported', ref: 'news#talks' });
  });
});

describe('sources, issues and the rest', () => {
  it('adds sections and issues with fresh ids, and lists what claims may cite', () => {
    let s = addSection(miniScenario(), 0);
    s = addIssue(s);
    expect(s.sources[0]!.sections.map((x) => x.id)).toEqual(['talks', 'after', 'part-3']);
    expect(s.issues.map((i) => i.id)).toEqual(['truce', 'issue-2']);
    expect(sectionChoices(s)[0]).toEqual({ ref: 'news#talks', name: 'A news story \u00a7 The talks' });
  });

  it('a new scenario shows the shape with one worked example, and says what is left to write', () => {
    const s = blankScenario('my-event');
    const checked = checkDraft(s);
    expect(checked.ok ? [] : checked.problems.map((p) => p.path).sort()).toEqual(
      ['date', 'issues[0].high', 'issues[0].label', 'issues[0].low', 'issues[0].question', 'sources[0].title', 'summary', 'title'].sort(),
    );
  });

  it('an editable copy has its own id and leaves the original alone', () => {
    const original = miniScenario();
    const copy = copyForEditing(original);
    copy.actors[0]!.name = 'Changed';
    expect(copy.id).toBe('mini-copy');
    expect(original.actors[0]!.name).toBe('Ana Alpha');
    expect(checkDraft(copyForEditing(original)).ok).toBe(true);
  });

  it('names a download from the title', () => {
    expect(fileNameFor({ ...miniScenario(), title: 'A small summit!' })).toBe('a-small-summit.json');
    expect(fileNameFor({ ...miniScenario(), title: '' })).toBe('mini.json');
  });
});

describe('the walk-through', () => {
  it('a first step starts a walk-through; removing the last one leaves none, so the default walk returns', () => {
    const { doc, index } = addStep(miniScenario());
    expect(index).toBe(0);
    expect(doc.story).toEqual([{ id: 'step-1', title: '', caption: '' }]);
    const gone = removeStep(doc, 0);
    expect('story' in gone).toBe(false);
    expect(checkDraft(gone).ok).toBe(true);
  });

  it('new steps get fresh ids, and steps move earlier and later within the list', () => {
    const two = addStep(withStory()).doc;
    expect(two.story?.map((s) => s.id)).toEqual(['one', 'two', 'step-3']);
    expect(moveStep(two, 2, -1).story?.map((s) => s.id)).toEqual(['one', 'step-3', 'two']);
    expect(moveStep(two, 0, -1)).toBe(two);
    expect(moveStep(two, 2, 1)).toBe(two);
  });

  it('a step opens the event, one view, or two side by side, and never both an actor and a pair', () => {
    const s = withStory();
    const pair = setStepOpens(s, 0, 'ana', 'bo').story?.[0];
    expect(pair).toEqual({ id: 'one', title: 'Bo', caption: 'Bo', compare: ['ana', 'bo'] });
    const one = setStepOpens(s, 1, 'bo', '').story?.[1];
    expect(one).toEqual({ id: 'two', title: 'Pair', caption: 'Pair', actor: 'bo', highlight: { actors: ['ana', 'bo'], relations: ['ana-bo'] } });
    const event = setStepOpens(s, 0, '', '').story?.[0];
    expect(event).toEqual({ id: 'one', title: 'Bo', caption: 'Bo' });
    // The same actor twice is one view, not a comparison with themselves.
    expect(setStepOpens(s, 0, 'bo', 'bo').story?.[0]).toEqual({ id: 'one', title: 'Bo', caption: 'Bo', actor: 'bo' });
    expect(checkDraft(setStepOpens(s, 0, 'ana', 'bo')).ok).toBe(true);
  });
});

describe('what a step brings forward', () => {
  it('sets and clears the actors and relations a step highlights, leaving out what is empty', () => {
    const s = withStory();
    const one = setStepHighlight(s, 0, 'actors', ['ana']);
    expect(one.story?.[0]?.highlight).toEqual({ actors: ['ana'] });
    const both = setStepHighlight(one, 0, 'relations', ['ana-bo']);
    expect(both.story?.[0]?.highlight).toEqual({ actors: ['ana'], relations: ['ana-bo'] });
    const cleared = setStepHighlight(setStepHighlight(both, 0, 'actors', []), 0, 'relations', []);
    expect(cleared.story?.[0]).toEqual({ id: 'one', title: 'Bo', caption: 'Bo', actor: 'bo' });
    expect(checkDraft(both).ok).toBe(true);
  });
});

