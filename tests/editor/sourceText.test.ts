import { describe, expect, it } from 'vitest';
import { blankScenario } from '../../src/editor/edits';
import { checkDraft } from '../../src/editor/problems';
import { addFoundSections, replaceRef, splitSource } from '../../src/editor/sourceText';
import { LIMITS } from '../../src/model/constants';
import { miniScenario } from '../fixtures/mini';

const ARTICLE = `The envoys flew in on Tuesday. Nobody said why.

The meeting

It lasted five hours, by one account. The room was small.
A second line of the same paragraph.

What was on the table

A plan, in outline only.

# Reactions

Allies were not told in advance.`;

describe('splitSource', () => {
  it('splits at plain and Markdown headings, with the opening before the first', () => {
    expect(splitSource(ARTICLE)).toEqual([
      { title: 'Opening', text: 'The envoys flew in on Tuesday. Nobody said why.' },
      { title: 'The meeting', text: 'It lasted five hours, by one account. The room was small.\nA second line of the same paragraph.' },
      { title: 'What was on the table', text: 'A plan, in outline only.' },
      { title: 'Reactions', text: 'Allies were not told in advance.' },
    ]);
  });

  it('does not take a sentence, or a line inside a paragraph, for a heading', () => {
    const found = splitSource('First paragraph ends here.\nShort line inside\nmore of it.\n\nA closing sentence.');
    expect(found.map((f) => f.title)).toEqual(['Part 1']);
  });

  it('cuts a text without headings into parts of a few paragraphs', () => {
    const text = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} says something.`).join('\n\n');
    const found = splitSource(text);
    expect(found.map((f) => f.title)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(found[2]?.text).toBe('Paragraph 9 says something.');
  });

  it(`keeps at most ${LIMITS.sections} sections, the rest joined to the last`, () => {
    const text = Array.from({ length: LIMITS.sections + 5 }, (_, i) => `# Heading ${i + 1}\n\nText ${i + 1}.`).join('\n\n');
    const found = splitSource(text);
    expect(found).toHaveLength(LIMITS.sections);
    expect(found.at(-1)?.text).toContain('Text 65.');
  });
});

describe('addFoundSections', () => {
  it('replaces a new scenario\u2019s placeholder section, and what cited it cites the first new one', () => {
    const { doc, texts } = addFoundSections(blankScenario('s'), 0, splitSource(ARTICLE));
    expect(doc.sources[0]?.sections.map((s) => s.id)).toEqual(['opening', 'the-meeting', 'what-was-on-the-table', 'reactions']);
    expect(doc.actors[0]?.role.ref).toBe('source#opening');
    expect(texts['source#reactions']).toBe('Allies were not told in advance.');
    expect(JSON.stringify(doc)).not.toContain('five hours');
  });

  it('adds to sections that are already written, with fresh ids', () => {
    const s = miniScenario();
    const { doc } = addFoundSections(s, 0, [{ title: 'The talks', text: 'x' }]);
    expect(doc.sources[0]?.sections.map((x) => x.id)).toEqual(['talks', 'after', 'the-talks']);
    expect(checkDraft(doc).ok).toBe(true);
  });

  it('points every reference, wherever it is, and leaves the rest shared', () => {
    const s = miniScenario();
    const moved = replaceRef(s, 'news#talks', 'news#after');
    expect(JSON.stringify(moved)).not.toContain('news#talks');
    expect(replaceRef(s, 'news#nothing', 'news#after')).toBe(s);
  });
});
