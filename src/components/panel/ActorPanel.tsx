import { indexScenario } from '../../model/lookup';
import { StanceDetail } from './claims/StanceDetail';
import { perceptionRows, stanceRows } from '../../model/perspective';
import type { Actor, Scenario } from '../../model/schema';
import { KIND_LABEL } from '../../model/vocabulary';
import { selectPredict, selectRevealed, useAppActions, useAppStore } from '../../store/appStore';
import { ActorLink } from './ActorLink';
import { ClaimLine } from './claims/ClaimLine';
import { ClaimList } from './claims/ClaimList';
import { CompareChooser } from './CompareChooser';
import { KindGlyph } from '../network/KindGlyph';
import { PerceptionItem } from './claims/PerceptionItem';
import { Questions } from './claims/Questions';
import { TiesList } from './claims/TiesList';
import { PanelTitle } from './PanelTitle';
import { JOIN } from '../../pageMode';
import { wholeNumber } from '../../model/constants';

/** One actor's view of the event: every section, every claim with its basis and source. */
export function ActorPanel({ scenario, actor }: { scenario: Scenario; actor: Actor }) {
  const index = indexScenario(scenario);
  const perceptions = perceptionRows(index, actor);
  const { view } = actor;
  const { compareWith, reveal } = useAppActions();
  const predict = useAppStore(selectPredict);
  const revealed = useAppStore(selectRevealed);
  const hidden = predict && !revealed.includes(actor.id);
  return (
    <article className="panel__body" aria-labelledby="panel-title">
      <p className="panel__eyebrow">
        <KindGlyph kind={actor.kind} /> {KIND_LABEL[actor.kind]} · their side of the event
      </p>
      <PanelTitle>
        {actor.name}
      </PanelTitle>
      <p className="claim role">
        <ClaimLine text={actor.role.text} basis={actor.role.basis} refId={actor.role.ref} />
      </p>
      {actor.added && (
        <p className="added-note">
          <strong>Added to the scenario:</strong> <ClaimLine text={actor.added.text} basis={actor.added.basis} refId={actor.added.ref} />
        </p>
      )}
      {hidden ? (
        <div className="predict">
          <p>
            What do you think {actor.label} wanted, and how did they read the outcome? Discuss, then reveal their view.
          </p>
          {JOIN === null ? (
            <button type="button" className="button" onClick={() => reveal(actor.id)}>
              Reveal {actor.label}&rsquo;s view
            </button>
          ) : (
            <p>Your teacher will reveal it.</p>
          )}
        </div>
      ) : (
        <>
      <blockquote className="headline claim">
        <ClaimLine text={view.headline.text} basis={view.headline.basis} refId={view.headline.ref} />
      </blockquote>

      <section aria-labelledby="s-wants">
        <h3 id="s-wants">What they wanted</h3>
        <ClaimList claims={view.wants} />
      </section>
      <section aria-labelledby="s-outcome">
        <h3 id="s-outcome">How they read the outcome</h3>
        <ClaimList claims={view.outcome} />
      </section>
      <section aria-labelledby="s-fears">
        <h3 id="s-fears">Red lines and fears</h3>
        <ClaimList claims={view.fears} />
      </section>

      <section aria-labelledby="s-stances">
        <h3 id="s-stances">Where they stand</h3>
        <ul className="stances">
          {stanceRows(index, actor).map(({ issue, stance }) => (
            <li key={issue.id} className="stance">
              <h4>{issue.label}</h4>
              <StanceDetail actor={actor} issue={issue} stance={stance} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="s-sees">
        <h3 id="s-sees">How they see the others</h3>
        <ul className="sees">
          {perceptions.rows.map(({ other, perception }) => (
            <PerceptionItem
              key={other.id}
              who={
                <>
                  <KindGlyph kind={other.kind} /> <ActorLink id={other.id}>{other.name}</ActorLink>
                </>
              }
              perception={perception}
              silent="The source is silent on this."
            />
          ))}
        </ul>
        {perceptions.silentLeftOut > 0 && (
          <p className="sees__rest">
            {perceptions.rows.length === 0 ? 'The source is silent on how they see any of the other ' : 'The source is silent on how they see the other '}
            {wholeNumber(perceptions.silentLeftOut)} actors.
          </p>
        )}
      </section>

      <section aria-labelledby="s-ties">
        <h3 id="s-ties">Their ties in the network</h3>
        <TiesList index={index} actor={actor} />
      </section>

      <Questions id="s-questions" questions={view.questions} />
          <CompareChooser scenario={scenario} actor={actor} onChoose={compareWith} />
        </>
      )}
    </article>
  );
}
