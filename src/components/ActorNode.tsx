import { memo, type KeyboardEvent } from 'react';
import { glyphPath } from '../layout/glyphs';
import type { NodeEmphasis } from '../model/perspective';
import type { Actor, Perception } from '../model/schema';
import { ATTITUDE_LABEL, KIND_LABEL } from '../model/vocabulary';

export const NODE_RADIUS = 24;

interface Props {
  actor: Actor;
  emphasis: NodeEmphasis;
  /** How the selected actor sees this one, when another actor is selected. */
  seenBy: { label: string; perception: Perception | undefined; hidden?: boolean } | null;
  tabbable: boolean;
  onSelect(id: string): void;
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void;
  register(id: string, el: SVGGElement | null): void;
}

/**
 * One actor in the network: a focusable button drawn in SVG. Its position is written from
 * outside (layout and zoom), so React only renders it again when what it shows changes.
 */
export const ActorNode = memo(function ActorNode({ actor, emphasis, seenBy, tabbable, onSelect, onKey, register }: Props) {
  const attitude = seenBy?.hidden ? undefined : seenBy?.perception?.attitude;
  let seenText = '';
  if (seenBy?.hidden) seenText = `how ${seenBy.label} sees them is not revealed yet`;
  else if (seenBy) seenText = attitude ? `${seenBy.label} sees them as: ${ATTITUDE_LABEL[attitude].toLowerCase()}` : `the source is silent on how ${seenBy.label} sees them`;
  const name = [`${actor.name}, ${KIND_LABEL[actor.kind].toLowerCase()}: ${actor.role.text}`, seenText].filter(Boolean).join('. ');
  return (
    <g
      ref={(el) => register(actor.id, el)}
      className={`node node--${actor.kind} node--${emphasis}`}
      data-actor={actor.id}
      role="button"
      aria-pressed={emphasis === 'focus'}
      aria-label={name}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onSelect(actor.id)}
      onKeyDown={(e) => onKey(e, actor.id)}
    >
      <circle className="node__hit" r={NODE_RADIUS + 10} />
      <path className="node__ring" d={glyphPath(actor.kind, NODE_RADIUS + 7)} />
      <path className={`node-shape node-shape--${actor.kind}`} d={glyphPath(actor.kind, NODE_RADIUS)} />
      <text className="node__label" y={NODE_RADIUS + 22} textAnchor="middle">
        {actor.label}
      </text>
      {seenBy && (
        <g className={`node__seen attitude--${attitude ?? 'silent'}`} transform={`translate(0, ${NODE_RADIUS + 48})`}>
          <text textAnchor="middle">{seenBy.hidden ? '?' : attitude ? ATTITUDE_LABEL[attitude] : 'Silent'}</text>
        </g>
      )}
    </g>
  );
});
