import {
  AGREEMENTS,
  AGREEMENT_LABEL,
  AGREEMENT_HELP,
  AGREEMENT_SYMBOL,
  agreementCounts,
  agreementSummary,
  agreementWords,
  compareStances,
  mutualPerceptions,
  relationsBetween,
  type Agreement,
} from '../../model/compare';
import { indexScenario } from '../../model/lookup';
import { PerceptionItem } from './claims/PerceptionItem';
import { StanceDetail } from './claims/StanceDetail';
import type { Actor, Issue, Perception, Scenario, Stance } from '../../model/schema';
import { TieSentence } from './claims/TieSentence';
import { ActorLink } from './ActorLink';
import { ClaimLine } from './claims/ClaimLine';
import { KindGlyph } from '../network/KindGlyph';
import './compare.css';
import { PanelTitle } from './PanelTitle';

/** Two actors side by side: issue by issue, how they see each other, and the ties between them. */
export function ComparePanel({ scenario, a, b }: { scenario: Scenario; a: Actor; b: Actor }) {
  const index = indexScenario(scenario);
  const rows = compareStances(index, a, b);
  const { aSeesB, bSeesA } = mutualPerceptions(index, a, b);
  const ties = relationsBetween(index, a.id, b.id);
  const mark = (agreement: Agreement) => agreementWords(agreement, a.label, b.label);
  return (
    <article className="panel__body compare" aria-labelledby="panel-title">
      <p className="panel__eyebrow">Compare two sides</p>
      <PanelTitle>
        {a.name} and {b.name}
      </PanelTitle>
      <p className="compare__open">
        Open one side:{' '}
        <span className="compare__who">
          <KindGlyph kind={a.kind} /> <ActorLink id={a.id}>{a.name}</ActorLink>
        </span>{' '}
        <span className="compare__who">
          <KindGlyph kind={b.kind} /> <ActorLink id={b.id}>{b.name}</ActorLink>
        </span>
      </p>
      <p className="compare__summary">{agreementSummary(agreementCounts(rows), a.label, b.label)}</p>
      <details className="compare__key">
        <summary>What the marks mean</summary>
        <dl>
          {AGREEMENTS.filter((k) => k !== 'only-b').map((k) => (
            <div key={k}>
              <dt>
                <span className={`agreement__symbol agreement__symbol--${k}`} aria-hidden="true">
                  {AGREEMENT_SYMBOL[k]}
                </span>{' '}
                {AGREEMENT_LABEL[k]}
              </dt>
              <dd>{AGREEMENT_HELP[k]}</dd>
            </div>
          ))}
        </dl>
      </details>

      <section aria-labelledby="s-issues">
        <h3 id="s-issues">Issue by issue</h3>
        <ul className="compare-rows">
          {rows.map((row) => (
            <li key={row.issue.id} className={`compare-row compare-row--${row.agreement}`}>
              <div className="compare-row__head">
                <h4>{row.issue.label}</h4>
                <p className={`agreement agreement--${row.agreement}`}>
                  <span className={`agreement__symbol agreement__symbol--${row.agreement}`} aria-hidden="true">
                    {AGREEMENT_SYMBOL[row.agreement]}
                  </span>{' '}
                  <span className="agreement__words">{mark(row.agreement)}</span>
                </p>
              </div>
              <StanceSide actor={a} issue={row.issue} stance={row.a} side="a" />
              <StanceSide actor={b} issue={row.issue} stance={row.b} side="b" />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="s-each-other">
        <h3 id="s-each-other">How they see each other</h3>
        <ul className="sees">
          <PerceptionLine from={a} to={b} perception={aSeesB} />
          <PerceptionLine from={b} to={a} perception={bSeesA} />
        </ul>
      </section>

      <section aria-labelledby="s-between">
        <h3 id="s-between">Their ties</h3>
        {ties.length === 0 ? (
          <p className="silent">No tie is drawn between them.</p>
        ) : (
          <ul className="claims">
            {ties.map((r) => (
              <li key={r.id} className="claim">
                <strong>
                  <TieSentence relation={r} name={(id) => index.actors.get(id)?.label ?? id} />
                </strong>
                : <ClaimLine text={r.label} basis={r.basis} refId={r.ref} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

function StanceSide({ actor, issue, stance, side }: { actor: Actor; issue: Issue; stance: Stance | undefined; side: 'a' | 'b' }) {
  return (
    <div className={`compare-side compare-side--${side}`}>
      <p className="compare-side__who">
        <KindGlyph kind={actor.kind} /> {actor.label}
      </p>
      <StanceDetail actor={actor} issue={issue} stance={stance} />
    </div>
  );
}

function PerceptionLine({ from, to, perception }: { from: Actor; to: Actor; perception: Perception | undefined }) {
  return (
    <PerceptionItem
      who={
        <>
          <KindGlyph kind={from.kind} /> <ActorLink id={from.id}>{from.label}</ActorLink> on <ActorLink id={to.id}>{to.label}</ActorLink>
        </>
      }
      perception={perception}
      silent={`The source is silent on how ${from.label} sees ${to.label}.`}
    />
  );
}
