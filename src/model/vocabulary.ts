/** Words the app uses for the format's fixed values: one place, so the legend and the panel agree. */
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
