import type { Ref } from 'react';
import type { Actor } from '../../model/schema';

interface Props {
  /** The actor whose view the network shows, or the pair compared. */
  lens: { actor: Actor; hidden: boolean } | { pair: [Actor | undefined, Actor | undefined] };
  onShowEveryone(): void;
  ref?: Ref<HTMLDivElement>;
}

/** Says whose view the network shows (or which two are compared), over the top of the network, with the way back. */
export function LensBanner({ lens, onShowEveryone, ref }: Props) {
  return (
    <div className="network__lens" ref={ref}>
      {'actor' in lens ? (
        <p>
          Seen from <strong>{lens.actor.label}</strong>&rsquo;s side.{' '}
          {lens.hidden
            ? 'How they see the others stays hidden until their view is revealed.'
            : `The word under each actor says how ${lens.actor.label} sees them; the closer they stand, the warmer the view.`}
        </p>
      ) : (
        <p>
          Comparing <strong>{lens.pair[0]?.label}</strong> and <strong>{lens.pair[1]?.label}</strong>: the two and the ties between them stand out.
        </p>
      )}
      <button type="button" className="button no-audience" onClick={onShowEveryone}>
        Show everyone <kbd>Esc</kbd>
      </button>
    </div>
  );
}
