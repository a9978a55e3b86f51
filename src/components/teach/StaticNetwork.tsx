import { useId } from 'react';
import { networkLayout } from '../../layout/multilevel';
import { apply, fitTransform, linkPath, orientFor, parallelBends, type Margin, type Point } from '../../layout/geometry';
import type { Scenario } from '../../model/schema';
import { ActorShape } from '../network/ActorShape';
import { ArrowHead } from '../network/ArrowHead';

/** Glyph radius and label size in the picture's own units (CSS px, about 0.26 mm each in print). */
export const PRINT_NODE_RADIUS = 14;
const LABEL_SIZE = 14;
const GAP = PRINT_NODE_RADIUS + 4;

/** Room around the layout for glyphs and the names under them (names are about 0.58em a character). */
function marginFor(scenario: Scenario): Margin {
  const longest = scenario.actors.reduce((n, a) => Math.max(n, a.label.length), 0);
  const side = Math.min(160, Math.max(PRINT_NODE_RADIUS + 6, (longest * LABEL_SIZE * 0.58) / 2 + 4));
  const vertical = PRINT_NODE_RADIUS + LABEL_SIZE + 10;
  return { top: vertical, bottom: vertical, left: side, right: side };
}

/**
 * Actors whose name goes above their glyph rather than below: those with more links arriving
 * from below than from above, so a name never hides an arrowhead when it can avoid it.
 */
export function labelsAbove(at: ReadonlyMap<string, Point>, relations: readonly { source: string; target: string }[]): Set<string> {
  const score = new Map<string, number>();
  const count = (from: string, to: string) => {
    const a = at.get(from);
    const b = at.get(to);
    if (!a || !b || from === to) return;
    const dy = (b.y - a.y) / (Math.hypot(b.x - a.x, b.y - a.y) || 1);
    // Links within 60° of straight down push the name up; within 60° of straight up, down.
    if (Math.abs(dy) > 0.5) score.set(from, (score.get(from) ?? 0) + Math.sign(dy));
  };
  for (const r of relations) {
    count(r.source, r.target);
    count(r.target, r.source);
  }
  return new Set([...score].filter(([, s]) => s > 0).map(([id]) => id));
}

/**
 * The overview network as a still picture for print: the same deterministic layout as the
 * live view, fitted to `width` × `height`, with no zoom and no interaction. It reads in black
 * and white: kinds differ by shape, relation types by line style (see print.css), and
 * directed relations end in an arrowhead.
 */
export function StaticNetwork({ scenario, width, height, title }: { scenario: Scenario; width: number; height: number; title: string }) {
  // Ids must be unique in the document and safe inside url(#…): the live network uses arrow-*.
  const markerId = `print-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const size = { width, height };
  const positions = orientFor(networkLayout(scenario), size);
  const t = fitTransform(positions.values(), size, marginFor(scenario));
  const at = new Map([...positions].map(([id, p]) => [id, apply(t, p)]));
  const bends = parallelBends(scenario.relations, 16);
  const above = labelsAbove(at, scenario.relations);
  const n = scenario.actors.length;

  return (
    <svg
      className="static-network"
      role="img"
      aria-label={`${title}: network of ${n} ${n === 1 ? 'actor' : 'actors'}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <defs>
        <ArrowHead id={markerId} className="print-arrow" size={9} />
      </defs>
      <g className="static-network__links">
        {scenario.relations.map((r) => {
          const a = at.get(r.source);
          const b = at.get(r.target);
          const d = a && b ? linkPath(a, b, GAP, r.directed ? GAP + 2 : GAP, bends.get(r.id) ?? 0) : '';
          return (
            <path
              key={r.id}
              d={d}
              className={`print-link print-link--${r.type}`}
              data-relation={r.id}
              markerEnd={r.directed ? `url(#${markerId})` : undefined}
            />
          );
        })}
      </g>
      <g className="static-network__nodes">
        {scenario.actors.map((actor) => {
          const p = at.get(actor.id);
          if (!p) return null;
          return (
            <g key={actor.id} className="print-node" data-actor={actor.id} transform={`translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`}>
              <ActorShape kind={actor.kind} r={PRINT_NODE_RADIUS} className="print-shape" />
              <text
                className="print-node__label"
                y={above.has(actor.id) ? -(PRINT_NODE_RADIUS + 5) : PRINT_NODE_RADIUS + LABEL_SIZE + 2}
                textAnchor="middle"
                fontSize={LABEL_SIZE}
              >
                {actor.label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
