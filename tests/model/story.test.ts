import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/schema';
import { clampStep, walkSteps } from '../../src/model/story';
import { validateScenario } from '../../src/model/validate';
import { miniScenario } from '../fixtures/mini';

describe('walkSteps', () => {
  it('uses the scenario’s own story when it has one', () => {
    const kremlin = JSON.parse(readFileSync(new URL('../../data/kremlin-meeting.json', import.meta.url), 'utf8')) as Scenario;
    expect(walkSteps(kremlin)).toBe(kremlin.story);
    expect(walkSteps(kremlin).some((s) => s.compare)).toBe(true);
  });

  it('visits the event and then every actor when there is no story', () => {
    const steps = walkSteps(miniScenario());
    expect(steps.map((s) => s.actor ?? null)).toEqual([null, 'ana', 'bo', 'the-council']);
    expect(steps[1]).toMatchObject({ title: 'Ana Alpha’s view', caption: 'Ana sees the talks as a start.' });
  });

  it('clamps step numbers into the walk', () => {
    const s = miniScenario();
    expect([clampStep(s, -3), clampStep(s, 2), clampStep(s, 99), clampStep(s, null)]).toEqual([0, 2, 3, null]);
  });
});

describe('story references', () => {
  const withStory = (story: Scenario['story']) => validateScenario({ ...miniScenario(), story });

  it('accepts steps that open an actor, a comparison or the event with highlights', () => {
    const result = withStory([
      { id: 'start', title: 'Start', caption: 'The summit.', highlight: { actors: ['ana'], relations: ['ana-bo'] } },
      { id: 'ana', title: 'Ana', caption: 'Her side.', actor: 'ana', notes: 'Ask the class.' },
      { id: 'pair', title: 'Ana and Bo', caption: 'Two sides.', compare: ['ana', 'bo'] },
    ]);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names every bad reference in a story', () => {
    const result = withStory([
      { id: 'a', title: 'A', caption: 'c', actor: 'zed' },
      { id: 'a', title: 'B', caption: 'c', compare: ['ana', 'ana'] },
      { id: 'c', title: 'C', caption: 'c', actor: 'ana', compare: ['ana', 'bo'] },
      { id: 'd', title: 'D', caption: 'c', highlight: { actors: ['nobody'], relations: ['none'] } },
    ]);
    expect(result.ok ? [] : result.errors).toEqual([
      'story[0].actor: no actor "zed"',
      'story[1].id: duplicate step id "a"',
      'story[1].compare[1]: compare "ana" with someone else',
      'story[2]: give "actor" or "compare", not both',
      'story[3].highlight.actors[0]: no actor "nobody"',
      'story[3].highlight.relations[0]: no relation "none"',
    ]);
  });
});
