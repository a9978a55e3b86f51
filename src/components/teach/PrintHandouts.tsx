import { glyphPath } from '../../layout/glyphs';
import { indexScenario, type ScenarioIndex } from '../../model/lookup';
import { perceptionRows, stanceRows } from '../../model/perspective';
import { BASES, wholeNumber } from '../../model/constants';
import type { Actor, ActorKind, Basis, Claim, Issue, Scenario } from '../../model/schema';
import { ATTITUDE_LABEL, BASIS_HELP, BASIS_LABEL, KIND_LABEL, RELATION_LABEL, legendEntries, positionWords, scaleEnds, signedPosition } from '../../model/vocabulary';
import { BasisKey } from '../panel/claims/BasisKey';
import { TieSentence } from '../panel/claims/TieSentence';
import { StaticNetwork } from './StaticNetwork';
import type { ScenarioOrigin } from '../../store/appStore';
import { describeOrigin } from '../../store/origin';
import './print.css';

/*
 * Printed handouts: pure props → markup, with no store, so it renders anywhere. Scenario text
 * is untrusted and stays React text. Everything colour says on screen is said here in words,
 * shapes or line styles, so a black-and-white copy loses nothing.
 */

/** "[Inferred · The talks]": how a claim is supported and where, as plain words. */
function citation(index: ScenarioIndex, basis: Basis, ref: string): string {
  const found = index.sections.get(ref);
  const where = !found ? ref : index.scenario.sources.length > 1 ? `${found.source.title}, ${found.section.title}` : found.section.title;
  return `[${BASIS_LABEL[basis]} \u00b7 ${where}]`;
}

/** "+1 (leans to: Stop now)". */
function positionText(position: number, issue: Issue): string {
  const words = positionWords(position, issue.low, issue.high);
  return `${signedPosition(position)} (${words.charAt(0).toLowerCase()}${words.slice(1)})`;
}


function ClaimText({ index, text, basis, refId }: { index: ScenarioIndex; text: string; basis: Basis; refId: string }) {
  return (
    <>
      <span className="handout-claim__text">{text}</span> <span className="handout-claim__cite">{citation(index, basis, refId)}</span>
    </>
  );
}

function Claims({ index, title, claims }: { index: ScenarioIndex; title: string; claims: readonly Claim[] }) {
  return (
    <>
      <h3>{title}</h3>
      <ul className="handout-list">
        {claims.map((c, i) => (
          <li key={i}>
            <ClaimText index={index} text={c.text} basis={c.basis} refId={c.ref} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Glyph({ kind }: { kind: ActorKind }) {
  return (
    <svg className="handout-glyph" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path className={`print-shape print-shape--${kind}`} d={glyphPath(kind, 6)} />
    </svg>
  );
}

function Questions({ questions, level }: { questions: readonly string[]; level: 2 | 3 }) {
  if (questions.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>For discussion</Heading>
      <ol className="handout-questions">
        {questions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ol>
    </>
  );
}

/** What the picture's shapes, lines and the claims' basis words mean; only what the scenario uses. */
function Key({ scenario }: { scenario: Scenario }) {
  const { kinds, types, anyDirected } = legendEntries(scenario);
  return (
    <section className="handout-key" aria-label="Key">
      <h2>Key</h2>
      <ul className="handout-key__items">
        {kinds.map((k) => (
          <li key={k}>
            <Glyph kind={k} /> {KIND_LABEL[k]}
          </li>
        ))}
        {types.map((t) => (
          <li key={t}>
            <svg className="handout-swatch" width="40" height="12" aria-hidden="true" focusable="false">
              <path d="M2,6H38" className={`print-link print-link--${t}`} />
            </svg>{' '}
            {RELATION_LABEL[t]}
          </li>
        ))}
        {anyDirected && (
          <li>
            <svg className="handout-swatch" width="40" height="12" aria-hidden="true" focusable="false">
              <path d="M2,6H31" className="print-link" />
              <path d="M30,2L38,6L30,10Z" className="print-arrow" />
            </svg>{' '}
            Arrow: one way
          </li>
        )}
      </ul>
      <BasisKey className="handout-bases" term={(b) => `[${BASIS_LABEL[b]}]`} />
    </section>
  );
}

/** Where a scenario from outside came from, in full, so a printed page can be traced. */
function OriginLine({ origin }: { origin: ScenarioOrigin }) {
  if (origin.kind === 'builtin') return null;
  return (
    <p className="handout-date">
      <strong>Scenario:</strong> {describeOrigin(origin)}
      {origin.kind === 'url' && ` (${new URL(origin.url, window.location.href).href})`}
    </p>
  );
}

function Overview({ scenario, origin }: { scenario: Scenario; origin: ScenarioOrigin }) {
  return (
    <section className="handout-overview" aria-label="The event">
      <p className="handout-eyebrow">Standpoint · one event from every side</p>
      <h1>{scenario.title}</h1>
      <p className="handout-date">
        <strong>When:</strong> {scenario.date}
      </p>
      <OriginLine origin={origin} />
      <p className="handout-summary">{scenario.summary}</p>
      <figure className="handout-figure">
        <StaticNetwork scenario={scenario} width={640} height={420} title={scenario.title} />
      </figure>
      <Key scenario={scenario} />
      <h2>What is at stake</h2>
      <dl className="handout-issues">
        {scenario.issues.map((issue) => (
          <div key={issue.id}>
            <dt>{issue.label}</dt>
            <dd>{issue.question}</dd>
            <dd className="handout-muted">{scaleEnds(issue)}</dd>
          </div>
        ))}
      </dl>
      <h2>{scenario.sources.length > 1 ? 'The sources' : 'The source'}</h2>
      {scenario.sources.map((s) => (
        <div key={s.id} className="handout-source">
          <p>
            <cite>{s.title}</cite>
            {s.publisher ? `, ${s.publisher}` : ' (publisher not given)'}
          </p>
          <ol className="handout-sections">
            {s.sections.map((sec) => (
              <li key={sec.id}>{sec.title}</li>
            ))}
          </ol>
        </div>
      ))}
      <Questions questions={scenario.questions ?? []} level={2} />
    </section>
  );
}

function ActorCard({ index, actor }: { index: ScenarioIndex; actor: Actor }) {
  const { view } = actor;
  const name = (id: string) => index.actors.get(id)?.label ?? id;
  const ties = index.relationsOf.get(actor.id) ?? [];
  const perceptions = perceptionRows(index, actor);
  return (
    <section className="handout-card" aria-label={actor.name}>
      <p className="handout-eyebrow">
        {index.scenario.title} · <Glyph kind={actor.kind} /> {KIND_LABEL[actor.kind]}
      </p>
      <h2>{actor.name}</h2>
      <p className="handout-role">
        <strong>Role:</strong> <ClaimText index={index} text={actor.role.text} basis={actor.role.basis} refId={actor.role.ref} />
      </p>
      {actor.added && (
        <p className="handout-added">
          <strong>Added to the scenario:</strong> <ClaimText index={index} text={actor.added.text} basis={actor.added.basis} refId={actor.added.ref} />
        </p>
      )}
      <blockquote className="handout-headline">
        <ClaimText index={index} text={view.headline.text} basis={view.headline.basis} refId={view.headline.ref} />
      </blockquote>

      <Claims index={index} title="What they wanted" claims={view.wants} />
      <Claims index={index} title="How they read the outcome" claims={view.outcome} />
      <Claims index={index} title="Red lines and fears" claims={view.fears} />

      <h3>Where they stand</h3>
      <ul className="handout-list">
        {stanceRows(index, actor).map(({ issue, stance }) => (
          <li key={issue.id} className="handout-stance">
            <strong>{issue.label}</strong> <span className="handout-muted">({scaleEnds(issue)})</span>
            <br />
            {stance ? (
              <>
                <strong className="handout-position">{positionText(stance.position, issue)}.</strong>{' '}
                <ClaimText index={index} text={stance.text} basis={stance.basis} refId={stance.ref} />
              </>
            ) : (
              <em className="handout-silent">The source is silent on where {actor.label} stands.</em>
            )}
          </li>
        ))}
      </ul>

      <h3>How they see the others</h3>
      <ul className="handout-list">
        {perceptions.rows.map(({ other, perception }) => (
          <li key={other.id}>
            <strong>{other.name}</strong> —{' '}
            {perception ? (
              <>
                <strong className="handout-attitude">{ATTITUDE_LABEL[perception.attitude]}:</strong>{' '}
                <ClaimText index={index} text={perception.text} basis={perception.basis} refId={perception.ref} />
              </>
            ) : (
              <em className="handout-silent">The source is silent on this.</em>
            )}
          </li>
        ))}
        {perceptions.silentLeftOut > 0 && (
          <li>
            <em className="handout-silent">The source is silent on how they see the other {wholeNumber(perceptions.silentLeftOut)} actors.</em>
          </li>
        )}
      </ul>

      {ties.length > 0 && (
        <>
          <h3>Their ties in the network</h3>
          <ul className="handout-list">
            {ties.map((r) => (
              <li key={r.id}>
                <strong>
                  <TieSentence relation={r} name={name} />
                </strong>
                : <ClaimText index={index} text={r.label} basis={r.basis} refId={r.ref} />
              </li>
            ))}
          </ul>
        </>
      )}

      <Questions questions={view.questions} level={3} />

      <p className="handout-footnote">
        {BASES.map((b) => `[${BASIS_LABEL[b]}] ${BASIS_HELP[b]}`).join(' ')}
      </p>
    </section>
  );
}

/**
 * The printable document: an overview page (the event, a still network, its key, the
 * issues, the sources, questions), then one page per actor. Hidden on screen by print.css;
 * mount it beside `.app` and call `window.print()`.
 */
export function PrintHandouts({ scenario, origin = { kind: 'builtin' } }: { scenario: Scenario; origin?: ScenarioOrigin }) {
  const index = indexScenario(scenario);
  return (
    <div className="handouts">
      <Overview scenario={scenario} origin={origin} />
      {scenario.actors.map((actor) => (
        <ActorCard key={actor.id} index={index} actor={actor} />
      ))}
    </div>
  );
}
