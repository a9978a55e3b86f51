import { memo, type KeyboardEvent } from 'react';
import { glyphPath } from '../../layout/glyphs';
import type { NodeEmphasis } from '../../model/perspective';
import { nodeName, seenWord, type SeenBy } from '../../model/nodeName';
import type { Actor } from '../../model/schema';
import { ActorShape } from './ActorShape';

export const NODE_RADIUS = 24;

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

/** What an actor looks like in the network: hit area, ring, glyph, label, and how the selected actor sees them. */
function NodeShapes({ actor, seenBy }: { actor: Actor; seenBy: SeenBy | null }) {
  const attitude = seenBy?.hidden ? undefined : seenBy?.attitude;
  return (
    <>
      <circle className="node__hit" r={NODE_RADIUS + 10} />
      <path className="node__ring" d={glyphPath(actor.kind, NODE_RADIUS + 7)} />
      <ActorShape kind={actor.kind} r={NODE_RADIUS} className="node-shape" />
      <text className="node__label" y={NODE_RADIUS + 22} textAnchor="middle">
        {actor.label}
      </text>
      {/* A space between the two words, so that the node's text reads "Biden admin. Rival" (Label in Name). */}
      {seenBy && ' '}
      {seenBy && (
        <g className={`node__seen attitude--${attitude ?? 'silent'}`} transform={`translate(0, ${NODE_RADIUS + 48})`}>
          <text textAnchor="middle">{seenWord(seenBy)}</text>
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
  return (
    <g
      ref={(el) => register(actor.id, el)}
      className={`node node--${actor.kind} node--${emphasis}`}
      data-actor={actor.id}
      role="button"
      aria-pressed={emphasis === 'focus'}
      aria-label={nodeName(actor, seenBy)}
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
