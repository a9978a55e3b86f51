/**
 * The stance matrix: every actor against every issue, as plain data. No React, no DOM.
 */
import type { ScenarioIndex } from './lookup';
import { stanceRows, type StanceRow } from './perspective';
import type { Actor, Issue } from './schema';

export type MatrixCell = StanceRow;

export interface MatrixRow {
  actor: Actor;
  /** One cell per issue, in the scenario's issue order. */
  cells: MatrixCell[];
}

export interface Matrix {
  issues: Issue[];
  /** One row per actor, in scenario order. */
  rows: MatrixRow[];
}

export type SortDirection = 'ascending' | 'descending';

/** Actors (rows) against issues (columns), with a gap where the source is silent. */
export function buildMatrix(index: ScenarioIndex): Matrix {
  const { scenario } = index;
  return {
    issues: scenario.issues,
    rows: scenario.actors.map((actor) => ({ actor, cells: stanceRows(index, actor) })),
  };
}

/**
 * Rows ordered by their position on one issue; ties keep their order, and rows where the
 * source is silent on that issue go last whichever the direction. `null` keeps the order given
 * (pass `buildMatrix(...).rows` to get scenario order back). Returns a new array.
 *
 * @example sortRows(rows, 'ceasefire', 'descending') // +2 first, then +1 … −2, then the silent
 */
export function sortRows<R extends MatrixRow>(rows: readonly R[], issueId: string | null, direction: SortDirection): R[] {
  if (issueId === null) return [...rows];
  const sign = direction === 'ascending' ? 1 : -1;
  const position = (row: R) => row.cells.find((c) => c.issue.id === issueId)?.stance?.position;
  return rows
    .map((row, order) => ({ row, order, at: position(row) }))
    .sort((a, b) => {
      if (a.at === undefined || b.at === undefined) {
        if (a.at === undefined && b.at === undefined) return a.order - b.order;
        return a.at === undefined ? 1 : -1;
      }
      return (a.at - b.at) * sign || a.order - b.order;
    })
    .map(({ row }) => row);
}

/** The next state when a column's sort button is pressed: none → descending → ascending → none. */
export function nextSort(
  current: { issueId: string | null; direction: SortDirection },
  issueId: string,
): { issueId: string | null; direction: SortDirection } {
  if (current.issueId !== issueId) return { issueId, direction: 'descending' };
  if (current.direction === 'descending') return { issueId, direction: 'ascending' };
  return { issueId: null, direction: 'descending' };
}
