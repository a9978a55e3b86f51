const EMPHASES = ['normal', 'focus', 'context'] as const;

/** Arrowheads for directed relations, one per emphasis so each matches its line. */
export function ArrowMarkers() {
  return (
    <defs>
      {EMPHASES.map((e) => (
        <marker
          key={e}
          id={`arrow-${e}`}
          className={`arrow arrow--${e}`}
          viewBox="0 0 12 12"
          refX="10"
          refY="6"
          markerWidth="12"
          markerHeight="12"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M1,1 L11,6 L1,11 Z" />
        </marker>
      ))}
    </defs>
  );
}
