/** Words the app uses for the format's fixed values: one place, so the legend and the panel agree. */
import { ACTOR_KINDS, POSITION_MAX, POSITION_MIN, RELATION_TYPES } from './constants';
import type { ActorKind, Attitude, Basis, RelationType } from './schema';

export const BASIS_LABEL: Record<Basis, string> = {
  stated: 'Stated',
  reported: 'Reported',
  inferred: 'Inferred',
};

export const BASIS_HELP: Record<Basis, string> = {
  stated: 'The actor said this themselves, as the source reports.',
  reported: 'The source reports this as fact.',
  inferred: 'Our reading of what the source says: not said outright.',
};

export const ATTITUDE_LABEL: Record<Attitude, string> = {
  ally: 'Ally',
  partner: 'Partner',
  courting: 'Courting',
  wary: 'Wary',
  rival: 'Rival',
  adversary: 'Adversary',
};

export const KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  government: 'Government',
  bloc: 'Group or bloc',
};

export const RELATION_LABEL: Record<RelationType, string> = {
  represents: 'Acts for',
  negotiates: 'Talks with',
  supports: 'Backs',
  opposes: 'In conflict with',
  strains: 'Puts strain on',
};

/** The verb between two names: "Witkoff acts for Trump". */
export const RELATION_VERB: Record<RelationType, string> = {
  represents: 'acts for',
  negotiates: 'talks with',
  supports: 'backs',
  opposes: 'is in conflict with',
  strains: 'puts strain on',
};

/** A position on an issue's scale as words, e.g. +1 → "Leans to: …". */
export function positionWords(position: number, low: string, high: string): string {
  if (position === 0) return 'In between, or mixed';
  const strength = Math.abs(position) >= 2 ? 'Firmly for' : 'Leans to';
  return `${strength}: ${position < 0 ? low : high}`;
}

/** Signed position for display: "+2", "0", "−1" (a true minus sign). */
export function signedPosition(position: number): string {
  if (position > 0) return `+${position}`;
  if (position < 0) return `\u2212${Math.abs(position)}`;
  return '0';
}

/** An issue's scale in words: "−2: Keep fighting · +2: Ceasefire now". */
export function scaleEnds(issue: { low: string; high: string }): string {
  return `${signedPosition(POSITION_MIN)}: ${issue.low} \u00b7 ${signedPosition(POSITION_MAX)}: ${issue.high}`;
}

/** What a key (the live legend, the handout's) lists: only the shapes and lines a scenario uses. */
export interface LegendEntries {
  kinds: ActorKind[];
  types: RelationType[];
  /** Some relation points one way, so the arrow needs explaining. */
  anyDirected: boolean;
}

export function legendEntries(scenario: { actors: readonly { kind: ActorKind }[]; relations: readonly { type: RelationType; directed?: boolean }[] }): LegendEntries {
  return {
    kinds: ACTOR_KINDS.filter((k) => scenario.actors.some((a) => a.kind === k)),
    types: RELATION_TYPES.filter((t) => scenario.relations.some((r) => r.type === t)),
    anyDirected: scenario.relations.some((r) => r.directed),
  };
}
