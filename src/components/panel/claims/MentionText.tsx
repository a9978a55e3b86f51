import { splitMentions } from '../../../model/mentions';
import { useAppStore, selectScenario, selectFocusActorId } from '../../../store/appStore';
import { ActorLink } from '../ActorLink';

/** Scenario text, as text, with every other actor it names turned into a link to their view. */
export function MentionText({ text }: { text: string }) {
  const scenario = useAppStore(selectScenario);
  const focusId = useAppStore(selectFocusActorId);
  if (!scenario) return <>{text}</>;
  return (
    <>
      {splitMentions(text, scenario.actors).map((seg, i) =>
        seg.actorId && seg.actorId !== focusId ? (
          <ActorLink key={i} id={seg.actorId}>
            {seg.text}
          </ActorLink>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
