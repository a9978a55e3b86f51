import { useCallback, type FocusEvent, type KeyboardEvent } from 'react';
import { RELATION_TYPES } from '../../model/constants';
import type { Actor, Relation, Scenario } from '../../model/schema';
import { raisedOf, seenByOf, shownEmphasis, type Shown } from '../../network/emphasis';
import type { NetworkController } from '../../network/controller';
import { ActorNode, RaisedActorNode } from './ActorNode';

interface Props {
  scenario: Scenario;
  /** The actors mounted so far (a big network mounts a chunk a frame). */
  actors: readonly Actor[];
  shown: Shown;
  controller: NetworkController;
  tabbableId: string | undefined;
  /** The actor whose button has the keyboard focus (focus-visible), in a big network. */
  keyFocus: string | null;
  onSelect(id: string): void;
  onKey(event: KeyboardEvent<SVGGElement>, id: string): void;
  onNodeFocus(event: FocusEvent<SVGGElement>): void;
  onNodeBlur(): void;
}

/**
 * What the network draws inside its SVG: links (or, for a big network drawn on a canvas, the
 * hidden samples its look is read from), one button per actor, and, over a big network's
 * veil, the few a spotlight brings forward. Positions are written by the controller.
 */
export function NetworkLayers({ scenario, actors, shown, controller, tabbableId, keyFocus, onSelect, onKey, onNodeFocus, onNodeBlur }: Props) {
  const register = useCallback((id: string, el: SVGGElement | null) => controller.register('node', id, el), [controller]);
  const registerRaised = useCallback((id: string, el: SVGGElement | null) => controller.register('raised', id, el), [controller]);
  const samplesRef = useCallback((el: SVGGElement | null) => controller.setSamples(el), [controller]);
  // A click on a raised copy acts as one on the actor: their button takes the keyboard focus.
  const selectFromCopy = useCallback(
    (id: string) => {
      controller.node(id)?.focus({ preventScroll: true });
      onSelect(id);
    },
    [controller, onSelect],
  );
  const raised = raisedOf(shown, scenario.actors, scenario.relations, keyFocus);
  const veil = shown.layered && shown.spotlit;
  const linkElement = (r: Relation) => (
    <path
      key={r.id}
      ref={(el) => controller.register('link', r.id, el)}
      className={`link link--${r.type} link--${shown.emphasis.link(r)}`}
      markerEnd={r.directed ? `url(#arrow-${shown.emphasis.link(r)})` : undefined}
    />
  );
  return (
    <>
      {shown.layered ? (
        // Styled like the SVG links by the same CSS; the canvas reads their computed look.
        <g ref={samplesRef} display="none" aria-hidden="true">
          {RELATION_TYPES.map((type) => (
            <path key={type} data-sample={type} className={`link link--${type} link--normal`} />
          ))}
        </g>
      ) : (
        <g className="links" aria-hidden="true">
          {scenario.relations.map(linkElement)}
        </g>
      )}
      <g className="nodes" onFocus={onNodeFocus} onBlur={onNodeBlur}>
        {actors.map((a) => (
          <ActorNode
            key={a.id}
            actor={a}
            emphasis={shownEmphasis(shown, a.id)}
            seenBy={seenByOf(shown, a.id)}
            tabbable={a.id === tabbableId}
            onSelect={onSelect}
            onKey={onKey}
            register={register}
          />
        ))}
      </g>
      {veil && <rect className="network__veil" width="100%" height="100%" aria-hidden="true" />}
      {raised.links.length > 0 && (
        <g className="links links--raised" aria-hidden="true">
          {raised.links.map(linkElement)}
        </g>
      )}
      {raised.actors.length > 0 && (
        <g className="nodes nodes--raised">
          {raised.actors.map((a) => (
            <RaisedActorNode
              key={a.id}
              actor={a}
              emphasis={shownEmphasis(shown, a.id)}
              seenBy={seenByOf(shown, a.id)}
              focused={a.id === keyFocus}
              onSelect={selectFromCopy}
              register={registerRaised}
            />
          ))}
        </g>
      )}
    </>
  );
}
