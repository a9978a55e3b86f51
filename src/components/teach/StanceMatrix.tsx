import { scaleLinear, scaleThreshold } from 'd3-scale';
import { StanceDetail } from '../panel/claims/StanceDetail';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { indexScenario } from '../../model/lookup';
import { buildMatrix, nextSort, sortRows, type SortDirection } from '../../model/matrix';
import { POSITION_MAX, POSITION_MIN } from '../../model/constants';
import type { Actor, Issue, Scenario, Stance } from '../../model/schema';
import { positionWords, scaleEnds, signedPosition } from '../../model/vocabulary';
import { KindGlyph } from '../network/KindGlyph';
import './matrix.css';

// The glyph: an arrow from the middle of a −2…+2 track to the position. Direction and length
// carry the position, solid or hollow says firm or leaning, and the hue (one per side, from
// the theme's attitude colours, all ≥3:1 on the background) only repeats what the shape says.
const GLYPH_W = 80;
const GLYPH_H = 28;
const MID = GLYPH_H / 2;
const x = scaleLinear().domain([POSITION_MIN, POSITION_MAX]).range([6, GLYPH_W - 6]);
const hue = scaleThreshold<number, string>().domain([0, 1]).range(['var(--attitude-rival)', 'var(--muted)', 'var(--attitude-ally)']);
const TICKS = x.ticks(POSITION_MAX - POSITION_MIN);

function arrowPath(position: number): string {
  const base = x(0);
  const tip = x(position);
  const neck = tip - Math.sign(position) * 8;
  return `M${base},${MID - 5}H${neck}V${MID - 10}L${tip},${MID}L${neck},${MID + 10}V${MID + 5}H${base}Z`;
}

function diamondPath(): string {
  const c = x(0);
  return `M${c},${MID - 8}L${c + 8},${MID}L${c},${MID + 8}L${c - 8},${MID}Z`;
}

/** The drawn part of a cell (decorative: the cell's text and name say the same). */
function Glyph({ position }: { position: number }) {
  const firm = Math.abs(position) >= POSITION_MAX;
  return (
    <svg className="matrix__glyph" viewBox={`0 0 ${GLYPH_W} ${GLYPH_H}`} aria-hidden="true" focusable="false">
      <line className="matrix__track" x1={x(POSITION_MIN)} x2={x(POSITION_MAX)} y1={MID} y2={MID} />
      {TICKS.map((t) => (
        <line key={t} className="matrix__tick" x1={x(t)} x2={x(t)} y1={MID - (t === 0 ? 9 : 5)} y2={MID + (t === 0 ? 9 : 5)} />
      ))}
      <path
        className={`matrix__mark matrix__mark--${firm ? 'firm' : 'leans'}`}
        d={position === 0 ? diamondPath() : arrowPath(position)}
        stroke={hue(position)}
        fill={firm || position === 0 ? hue(position) : 'var(--bg)'}
      />
    </svg>
  );
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a cell says to a screen reader: "Putin on Territory: −1, leans to: …. <sentence>". */
function cellName(actor: Actor, issue: Issue, stance: Stance | undefined): string {
  if (!stance) return `${actor.label} on ${issue.label}: silent; the source does not say.`;
  const words = lowerFirst(positionWords(stance.position, issue.low, issue.high));
  return `${actor.label} on ${issue.label}: ${signedPosition(stance.position)}, ${words}. ${stance.text}`;
}

type Shown = { actorId: string | null; issueId: string } | null;
type Sort = { issueId: string | null; direction: SortDirection };

const LEGEND: { position: number; words: string }[] = [
  { position: 2, words: 'firmly for the issue’s high end' },
  { position: 1, words: 'leans to its high end' },
  { position: 0, words: 'in between, or mixed' },
  { position: -1, words: 'leans to its low end' },
  { position: -2, words: 'firmly for its low end' },
];

/** Where everyone stands: actors against issues, sortable by issue, each cell's sentence below. */
export function StanceMatrix({ scenario, onOpenActor }: { scenario: Scenario; onOpenActor(id: string): void }) {
  const matrix = useMemo(() => buildMatrix(indexScenario(scenario)), [scenario]);
  const [sort, setSort] = useState<Sort>({ issueId: null, direction: 'descending' });
  const [active, setActive] = useState<{ actorId: string; issueId: string } | null>(null);
  const [shown, setShown] = useState<Shown>(null);
  const cellEls = useRef(new Map<string, HTMLTableCellElement>());
  const id = useId();

  const rows = sortRows(matrix.rows, sort.issueId, sort.direction);
  const { issues } = matrix;
  const key = (actorId: string, issueId: string) => `${actorId}\u0000${issueId}`;
  const hasActive = active !== null && rows.some((r) => r.actor.id === active.actorId) && issues.some((i) => i.id === active.issueId);
  const tabStop = hasActive ? active : rows[0] && issues[0] ? { actorId: rows[0].actor.id, issueId: issues[0].id } : null;

  const onCellKey = (e: KeyboardEvent, r: number, c: number) => {
    let [nr, nc] = [r, c];
    if (e.key === 'ArrowRight') nc = c + 1;
    else if (e.key === 'ArrowLeft') nc = c - 1;
    else if (e.key === 'ArrowDown') nr = r + 1;
    else if (e.key === 'ArrowUp') nr = r - 1;
    else if (e.key === 'Home') [nr, nc] = [e.ctrlKey ? 0 : r, 0];
    else if (e.key === 'End') [nr, nc] = [e.ctrlKey ? rows.length - 1 : r, issues.length - 1];
    else if (e.key === 'Enter') {
      e.preventDefault();
      const row = rows[r];
      if (row) onOpenActor(row.actor.id);
      return;
    } else return;
    e.preventDefault();
    const row = rows[Math.max(0, Math.min(rows.length - 1, nr))];
    const issue = issues[Math.max(0, Math.min(issues.length - 1, nc))];
    if (row && issue) cellEls.current.get(key(row.actor.id, issue.id))?.focus();
  };

  const show = (actorId: string, issueId: string) => {
    setActive({ actorId, issueId });
    setShown({ actorId, issueId });
  };

  return (
    <div className="matrix">
      <h2 className="matrix__heading">Where everyone stands</h2>
      <p className="matrix__subheading">Each actor’s stance on each issue, from {signedPosition(POSITION_MIN)} to {signedPosition(POSITION_MAX)}.</p>
      <div className="matrix__scroll">
        <table className="matrix__table">
          {/* The visible heading sits outside the sideways scroll; the caption names the table. */}
          <caption className="visually-hidden">
            {`Where everyone stands: each actor’s stance on each issue, from ${signedPosition(POSITION_MIN)} to ${signedPosition(POSITION_MAX)}`}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="matrix__corner">
                Actor
              </th>
              {issues.map((issue) => {
                const sorted = sort.issueId === issue.id ? sort.direction : undefined;
                return (
                  <th key={issue.id} scope="col" aria-sort={sorted} className={`matrix__issue${sorted ? ' matrix__issue--sorted' : ''}`}>
                    <button
                      type="button"
                      className="matrix__sort"
                      onClick={() => setSort((s) => nextSort(s, issue.id))}
                      onFocus={() => setShown({ actorId: null, issueId: issue.id })}
                      onMouseEnter={() => setShown({ actorId: null, issueId: issue.id })}
                    >
                      <span className="matrix__issue-label">{issue.label}</span>
                      <span className="matrix__sort-note" aria-hidden="true">
                        {sorted === 'descending' ? '▼ +2 first' : sorted === 'ascending' ? '▲ −2 first' : '▲▼'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ actor, cells }, r) => (
              <tr key={actor.id}>
                <th scope="row" className="matrix__actor">
                  <button type="button" className="matrix__open" onClick={() => onOpenActor(actor.id)}>
                    <KindGlyph kind={actor.kind} size={22} />
                    <span>{actor.name}</span>
                  </button>
                </th>
                {cells.map(({ issue, stance }, c) => {
                  const isStop = tabStop?.actorId === actor.id && tabStop.issueId === issue.id;
                  const isShown = shown?.actorId === actor.id && shown.issueId === issue.id;
                  return (
                    <td
                      key={issue.id}
                      ref={(el) => {
                        if (el) cellEls.current.set(key(actor.id, issue.id), el);
                        else cellEls.current.delete(key(actor.id, issue.id));
                      }}
                      tabIndex={isStop ? 0 : -1}
                      aria-label={cellName(actor, issue, stance)}
                      className={`matrix__cell${isShown ? ' matrix__cell--shown' : ''}`}
                      onFocus={() => show(actor.id, issue.id)}
                      onMouseEnter={() => setShown({ actorId: actor.id, issueId: issue.id })}
                      onKeyDown={(e) => onCellKey(e, r, c)}
                    >
                      {stance ? (
                        <span className="matrix__value">
                          <Glyph position={stance.position} />
                          <span className="matrix__symbol">{signedPosition(stance.position)}</span>
                        </span>
                      ) : (
                        <span className="matrix__silent">silent</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="matrix__details" aria-live="polite">
        <Details scenario={scenario} shown={shown} />
      </div>

      <section className="matrix__legend" aria-labelledby={`${id}-legend-title`}>
        <h2 id={`${id}-legend-title`} className="matrix__legend-title">
          How to read it
        </h2>
        <ul className="matrix__key">
          {LEGEND.map(({ position, words }) => (
            <li key={position}>
              <Glyph position={position} />
              <span className="matrix__symbol">{signedPosition(position)}</span> {words}
            </li>
          ))}
          <li>
            <span className="matrix__silent">silent</span> (a blank): the source is silent
          </li>
        </ul>
        <p className="matrix__hint">
          Arrow keys move between cells; Enter or an actor’s name opens their view. Press an issue to sort by it.
        </p>
        <dl className="matrix__ends">
          {issues.map((issue) => (
            <div key={issue.id}>
              <dt>{issue.label}</dt>
              <dd>
                {scaleEnds(issue)}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** The sentence behind the cell (or the issue) last focused or hovered. */
function Details({ scenario, shown }: { scenario: Scenario; shown: Shown }) {
  const index = indexScenario(scenario);
  const issue = shown ? index.issues.get(shown.issueId) : undefined;
  const actor = shown?.actorId ? index.actors.get(shown.actorId) : undefined;
  if (!issue) return <p className="matrix__prompt">Point at or move to a cell to read where that actor stands and why.</p>;
  if (!actor) {
    return (
      <>
        <p className="matrix__details-title">
          {issue.label}: {issue.question}
        </p>
        <p>{scaleEnds(issue)}</p>
      </>
    );
  }
  const stance = actor.view.stances.find((s) => s.issue === issue.id);
  return (
    <>
      <p className="matrix__details-title">
        {actor.name} on {issue.label}
      </p>
      <StanceDetail actor={actor} issue={issue} stance={stance} silentSuffix={` on ${issue.label}`} />
    </>
  );
}
