/**
 * An arrowhead for directed relations, drawn the same in the live network, its key and the
 * printed picture. Its tip lies at the line's end.
 */
export function ArrowHead({ id, className, size }: { id: string; className: string; size: number }) {
  return (
    <marker id={id} className={className} viewBox="0 0 12 12" refX="11" refY="6" markerWidth={size} markerHeight={size} markerUnits="userSpaceOnUse" orient="auto">
      <path d="M1,1 L11,6 L1,11 Z" />
    </marker>
  );
}
