import { indexScenario } from '../../../model/lookup';
import { useAppStore, selectScenario } from '../../../store/appStore';

/** Names the source section a claim rests on. */
export function SourceRef({ refId }: { refId: string }) {
  const scenario = useAppStore(selectScenario);
  const found = scenario ? indexScenario(scenario).sections.get(refId) : undefined;
  if (!found) return <span className="source-ref">Source: {refId}</span>;
  const many = (scenario?.sources.length ?? 0) > 1;
  return (
    <span className="source-ref">
      <span className="visually-hidden">Source: </span>
      <span aria-hidden="true">§ </span>
      {many ? `${found.source.title}, ` : ''}
      {found.section.title}
    </span>
  );
}
