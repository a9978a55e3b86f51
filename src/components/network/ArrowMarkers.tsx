import { ArrowHead } from './ArrowHead';

const EMPHASES = ['normal', 'focus', 'context'] as const;

/** Arrowheads for directed relations, one per emphasis so each matches its line. */
export function ArrowMarkers() {
  return (
    <defs>
      {EMPHASES.map((e) => (
        <ArrowHead key={e} id={`arrow-${e}`} className={`arrow arrow--${e}`} size={12} />
      ))}
    </defs>
  );
}
