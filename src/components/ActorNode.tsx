import { memo, type KeyboardEvent } from 'react';
import { glyphPath } from '../layout/glyphs';
import type { NodeEmphasis } from '../model/perspective';
import type { Actor, Perception } from '../model/schema';
import { ATTITUDE_LABEL, KIND_LABEL } from '../model/vocabulary';

export const NODE_RADIUS = 24;

interface SeenBy {
  label: string;
  perception: Perception | undefined;
  hidden?: boolean;
}

interface Props {
  actor: Actor;
  emphasis: NodeEmphasis;
  /** How the selected actor sees this one, when another actor is selected. */
  seenBy: SeenBy | null;
  tabbable: boolean;
  onSelect(id: string): void;
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void;
  register(id: string, el: SVGGElement | null): void;
}

function seenText(seenBy: SeenBy | null): string {
  if (seenBy?.hidden) return `how ${seenBy.label} sees them is not revealed yet`;
  if (!seenBy) return '';
  const attitude = seenBy.perception?.attitude;
  return attitude ? `${seenBy.label} sees them as: ${ATTITUDE_LABEL[attitude].toLowerCase()}` : `the source is silent on how ${seenBy.label} sees them`;
}

/** What an actor looks like in the network: hit area, ring, glyph, label, and how the selected actor sees them. */
function NodeShapes({ actor, seenBy }: { actor: Actor; seenBy: SeenBy | null }) {
  const attitude = seenBy?.hidden ? undefined : seenBy?.perception?.attitude;
  return (
    <>
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
    </>
  );
}

/**
 * One actor in the network: a focusable button drawn in SVG. Its position is written from
 * outside (layout and zoom), so React only renders it again when what it shows changes.
 */
export const ActorNode = memo(function ActorNode({ actor, emphasis, seenBy, tabbable, onSelect, onKey, register }: Props) {
  const name = [`${actor.name}, ${KIND_LABEL[actor.kind].toLowerCase()}: ${actor.role.text}`, seenText(seenBy)].filter(Boolean).join('. ');
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
      <NodeShapes actor={actor} seenBy={seenBy} />
    </g>
  );
});

/**
 * A copy of an actor drawn over the rest of a crowded network, so the selected actor and
 * those they see are never hidden behind others. Only a picture: the actor's button stays
 * in its place for the keyboard and assistive technology; a click on the copy still selects.
 */
export const RaisedActorNode = memo(function RaisedActorNode({
  actor,
  emphasis,
  seenBy,
  focused,
  onSelect,
  register,
}: Pick<Props, 'actor' | 'emphasis' | 'seenBy' | 'onSelect' | 'register'> & {
  /** The actor's button has the keyboard focus: the copy shows the focus ring, which the button's is under. */
  focused: boolean;
}) {
  return (
    <g
      ref={(el) => register(actor.id, el)}
      className={`node node--${actor.kind} node--${emphasis} node--raised`}
      data-focused={focused ? '' : undefined}
      aria-hidden="true"
      onClick={() => onSelect(actor.id)}
    >
      <NodeShapes actor={actor} seenBy={seenBy} />
    </g>
  );
});
