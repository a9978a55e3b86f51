import { describe, expect, it } from 'vitest';
import { checkDraft, fieldId, problemsAt, toProblem } from '../../src/editor/problems';
import { miniScenario } from '../fixtures/mini';

describe('draft problems', () => {
  it('a valid draft is a scenario', () => {
    const checked = checkDraft(miniScenario());
    expect(checked.ok).toBe(true);
  });

  it('names each problem with the JSON path of its field', () => {
    const s = miniScenario();
    s.actors[1]!.name = '';
    s.relations[0]!.ref = 'news';
    const checked = checkDraft(s);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([
      { path: 'actors[1].name', message: 'must not be empty' },
      { path: 'relations[0].ref', message: 'must be "source-id#section-id", like "article#on-the-table"' },
    ]);
  });

  it('checks references once the shapes are right', () => {
    const s = miniScenario();
    s.relations[0]!.target = 'nobody';
    const checked = checkDraft(s);
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual(['relations[0].target']);
  });

  it('finds the problems at a field and within it', () => {
    const problems = [toProblem('actors[1].name: must not be empty'), toProblem('actors[10].label: must not be empty'), toProblem('odd line')];
    expect(problems[2]).toEqual({ path: '(root)', message: 'odd line' });
    expect(problemsAt(problems, 'actors[1]', true).map((p) => p.path)).toEqual(['actors[1].name']);
    expect(problemsAt(problems, 'actors[1].name')).toHaveLength(1);
    expect(problemsAt(problems, 'actors[1]')).toHaveLength(0);
  });

  it('gives each path a field id an element can carry', () => {
    expect(fieldId('actors[2].view.wants[0].text')).toBe('edit-actors-2-view-wants-0-text');
  });
});
