import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath, validateScenario } from '../../src/model/validate';
import { miniScenario } from '../fixtures/mini';

const errorsOf = (value: unknown) => {
  const result = validateScenario(value);
  return result.ok ? [] : result.errors;
};

describe('validateScenario', () => {
  it('accepts the shipped default scenario', () => {
    const data: unknown = JSON.parse(readFileSync(new URL('../../data/kremlin-meeting.json', import.meta.url), 'utf8'));
    expect(errorsOf(data)).toEqual([]);
  });

  it('accepts a small valid scenario and returns it', () => {
    const result = validateScenario(miniScenario());
    expect(result.ok && result.scenario.actors.map((a) => a.id)).toEqual(['ana', 'bo', 'the-council']);
  });

  it('says what is not a scenario', () => {
    expect(errorsOf([])).toEqual(['(root): expected object, got an array']);
    expect(errorsOf(null)).toEqual(['(root): expected object, got null']);
  });

  it('names missing and wrong-typed fields by their JSON path', () => {
    const s = miniScenario() as unknown as { actors: Record<string, unknown>[] };
    delete s.actors[0]!.name;
    s.actors[1]!.label = 5;
    expect(errorsOf(s)).toEqual(['actors[0].name: is required', 'actors[1].label: expected string, got 5']);
  });

  it('names unknown keys instead of dropping them', () => {
    const s = miniScenario() as unknown as { actors: Record<string, unknown>[] };
    s.actors[0]!.nickname = 'A';
    expect(errorsOf(s)).toEqual(['actors[0]: unknown key "nickname"']);
  });

  it('lists the allowed values of a closed field', () => {
    const s = miniScenario() as unknown as { actors: { role: Record<string, unknown> }[] };
    s.actors[0]!.role.basis = 'claimed';
    expect(errorsOf(s)).toEqual(['actors[0].role.basis: expected "stated" or "reported" or "inferred", got "claimed"']);
  });

  it('keeps stance positions on the -2..2 scale of whole numbers', () => {
    const s = miniScenario();
    s.actors[0]!.view.stances[0]!.position = 3;
    s.actors[1]!.view.stances[0]!.position = 0.5;
    expect(errorsOf(s)).toEqual([
      'actors[0].view.stances[0].position: must be at most 2, got 3',
      'actors[1].view.stances[0].position: expected a whole number, got 0.5',
    ]);
  });

  it('rejects empty text and ids that are not slugs', () => {
    const s = miniScenario();
    s.title = '';
    s.actors[0]!.id = 'Ana A';
    const errors = errorsOf(s);
    expect(errors).toContain('title: must not be empty');
    expect(errors).toContain('actors[0].id: must be lower-case letters, digits and single hyphens, like "european-allies"');
  });

  it('finds duplicate ids', () => {
    const s = miniScenario();
    s.actors[1]!.id = 'ana';
    s.relations[1]!.id = 'ana-bo';
    expect(errorsOf(s)).toEqual(
      expect.arrayContaining(['actors[1].id: duplicate actor id "ana"', 'relations[1].id: duplicate relation id "ana-bo"']),
    );
  });

  it('finds relations to actors that do not exist, and self-relations', () => {
    const s = miniScenario();
    s.relations[0]!.target = 'zelensky';
    s.relations[1]!.target = 'the-council';
    expect(errorsOf(s)).toEqual([
      'relations[0].target: no actor "zelensky"',
      'relations[1].target: a relation cannot join "the-council" to itself',
    ]);
  });

  it('checks every source reference', () => {
    const s = miniScenario();
    s.actors[0]!.role.ref = 'paper#talks';
    s.actors[0]!.view.wants[0]!.ref = 'news#ending';
    s.relations[0]!.ref = 'news';
    // Shape errors come first; references are checked once the shape is right.
    expect(errorsOf(s)).toEqual(['relations[0].ref: must be "source-id#section-id", like "article#on-the-table"']);
    s.relations[0]!.ref = 'news#talks';
    expect(errorsOf(s)).toEqual(['actors[0].role.ref: no source "paper"', 'actors[0].view.wants[0].ref: no section "ending" in source "news"']);
  });

  it('checks stances and perceptions against issues and actors', () => {
    const s = miniScenario();
    s.actors[0]!.view.stances.push({ ...s.actors[0]!.view.stances[0]!});
    s.actors[1]!.view.stances[0]!.issue = 'borders';
    s.actors[2]!.view.sees = [
      { actor: 'the-council', attitude: 'ally', text: 'Itself.', basis: 'inferred', ref: 'news#talks' },
      { actor: 'cy', attitude: 'wary', text: 'Who?', basis: 'inferred', ref: 'news#talks' },
    ];
    expect(errorsOf(s)).toEqual([
      'actors[0].view.stances[1].issue: a second stance on "truce"',
      'actors[1].view.stances[0].issue: no issue "borders"',
      'actors[2].view.sees[0].actor: an actor cannot see itself',
      'actors[2].view.sees[1].actor: no actor "cy"',
    ]);
  });
});

describe('formatPath', () => {
  it('writes paths as an author reads them', () => {
    expect(formatPath(['relations', 3, 'target'])).toBe('relations[3].target');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});
