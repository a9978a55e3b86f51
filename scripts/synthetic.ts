/**
 * Synthetic scenarios for the performance benchmark: any number of actors, deterministic by
 * seed, valid against the schema and its reference checks, and shaped like a real network
 * (clusters of 8–30 actors, most ties inside a cluster, a few bridges between clusters,
 * about three relations per actor).
 *
 *   npx tsx scripts/synthetic.ts 1000 [seed] > synthetic-1000.json
 *
 * Each actor's id starts with its cluster ("c12-kora"): `clusterOf(id)` reads it back.
 */
import { pathToFileURL } from 'node:url';
import { mulberry32 } from './lib/random';
import type { Actor, Attitude, Basis, Claim, Issue, Perception, Relation, RelationType, Scenario, Stance } from '../src/model/schema';

/** The cluster an actor of a synthetic scenario belongs to, read from its id; null for other ids. */
export function clusterOf(actorId: string): number | null {
  const m = /^c(\d+)-/.exec(actorId);
  return m ? Number(m[1]) : null;
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'st', 'th', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const SYLLABLES = ONSETS.flatMap((o) => VOWELS.map((v) => o + v)); // 100
const CODAS = ['', 'n', 'r', 'l', 's'];

/** items[i], or a RangeError: every index here is in range by construction. */
function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new RangeError(`index ${i} out of range`);
  return v;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A bijection from 0..9,999 onto two-syllable names, scrambled by seed: unique given names. */
function givenName(index: number, mult: number, offset: number): string {
  const space = SYLLABLES.length * SYLLABLES.length; // 10,000 ≥ the schema's 5,000 actors
  const k = (index * mult + offset) % space;
  return capital(at(SYLLABLES, Math.floor(k / SYLLABLES.length)) + at(SYLLABLES, k % SYLLABLES.length));
}

/** A family name per cluster (unique: clusters ≤ 625 at 5,000 actors). */
function familyName(cluster: number, offset: number): string {
  const k = (cluster * 37 + offset) % (SYLLABLES.length * SYLLABLES.length);
  const coda = at(CODAS, cluster % CODAS.length);
  return capital(at(SYLLABLES, k % SYLLABLES.length) + at(SYLLABLES, Math.floor(k / SYLLABLES.length)) + coda);
}

const ISSUES: Issue[] = [
  { id: 'water', label: 'Water rights', question: 'Who controls the river?', low: 'Local control', high: 'Shared control' },
  { id: 'tariffs', label: 'Tariffs', question: 'Should tariffs fall?', low: 'Raise them', high: 'Drop them' },
  { id: 'border', label: 'Border', question: 'Should the border open?', low: 'Keep it closed', high: 'Open it' },
  { id: 'aid', label: 'Aid', question: 'Should aid continue?', low: 'Stop aid', high: 'Expand aid' },
  { id: 'ports', label: 'Ports', question: 'Who runs the ports?', low: 'The state', high: 'A consortium' },
  { id: 'elections', label: 'Elections', question: 'Hold early elections?', low: 'Wait', high: 'Vote now' },
];

const SECTIONS = [
  { id: 's1', title: 'The meeting' },
  { id: 's2', title: 'The sides' },
  { id: 's3', title: 'The deal' },
  { id: 's4', title: 'The reaction' },
];

const TYPE_WEIGHTS: [RelationType, number][] = [
  ['negotiates', 0.3],
  ['supports', 0.25],
  ['opposes', 0.15],
  ['strains', 0.15],
  ['represents', 0.15],
];
const TYPE_LABEL: Record<RelationType, string> = {
  represents: 'Speaks for',
  negotiates: 'Talks with',
  supports: 'Backs',
  opposes: 'Opposes',
  strains: 'Presses',
};
const ATTITUDE_FOR: Record<RelationType, Attitude[]> = {
  represents: ['ally', 'partner'],
  supports: ['ally', 'partner'],
  negotiates: ['partner', 'courting', 'wary'],
  opposes: ['rival', 'adversary'],
  strains: ['wary', 'rival'],
};
const ATTITUDES: Attitude[] = ['ally', 'partner', 'courting', 'wary', 'rival', 'adversary'];
const BASES: Basis[] = ['stated', 'reported', 'inferred'];

const HEADLINES = ['A fair start.', 'A bad deal.', 'Too early to tell.', 'A win for us.', 'A trap.', 'A lost chance.'];
const WANTS = ['A seat at the table.', 'Lower costs.', 'A quick deal.', 'More time.', 'Guarantees.', 'Public credit.'];
const OUTCOMES = ['Nothing changed.', 'We gained ground.', 'We lost ground.', 'A pause, no more.'];
const FEARS = ['Being left out.', 'Losing face.', 'A split at home.', 'Broken promises.'];
const QUESTIONS = ['What does this side gain?', 'Who could change their mind?', 'What would they trade?'];

interface Edge {
  a: number;
  b: number;
}

/**
 * A valid synthetic scenario with exactly `actors` actors (1..5,000) and about three
 * relations per actor, the same for the same seed.
 */
export function syntheticScenario(actors: number, seed = 1): Scenario {
  if (!Number.isInteger(actors) || actors < 1 || actors > 5000) throw new RangeError(`actors must be a whole number from 1 to 5000, got ${actors}`);
  const rnd = mulberry32(Math.imul(seed, 0x9e3779b1) ^ actors);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = <T>(items: readonly T[]): T => at(items, Math.floor(rnd() * items.length));
  const shuffled = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [at(out, j), at(out, i)];
    }
    return out;
  };
  const ref = () => `brief#${pick(SECTIONS).id}`;
  const claim = (text: string): Claim => ({ text, basis: pick(BASES), ref: ref() });

  // Clusters of 8–30; a short remainder joins the last cluster.
  const clusters: number[][] = [];
  for (let next = 0; next < actors; ) {
    let size = int(8, 30);
    if (actors - next - size < 8) size = actors - next;
    clusters.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  const clusterIndex = new Array<number>(actors);
  clusters.forEach((members, k) => members.forEach((m) => (clusterIndex[m] = k)));

  // Names: a unique given name per actor and a family name per cluster.
  const mults = [7, 13, 17, 19, 23, 29, 31, 37, 41, 43];
  const mult = at(mults, Math.abs(seed) % mults.length) * 101; // odd, not a multiple of 5: coprime with 10,000
  const offset = int(0, 9999);
  const famOffset = int(0, 9999);
  const given = Array.from({ length: actors }, (_, i) => givenName(i, mult, offset));
  const ids = given.map((g, i) => `c${clusterIndex[i]}-${g.toLowerCase()}`);

  // Relations: a spanning tree per cluster, more ties inside each cluster, and bridges
  // (a chain that connects every cluster, plus some random ones): about 10% of all ties.
  const total = Math.round(actors * 3);
  const bridges = clusters.length > 1 ? Math.max(clusters.length - 1, Math.round(total * 0.1)) : 0;
  const edges: Edge[] = [];
  const pairCount = new Map<string, number>();
  const add = (a: number, b: number): boolean => {
    if (a === b) return false;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    const n = pairCount.get(key) ?? 0;
    if (n >= 2) return false; // at most two ties (of different types) between one pair
    pairCount.set(key, n + 1);
    edges.push({ a, b });
    return true;
  };
  const intra = total - bridges;
  clusters.forEach((members, k) => {
    const s = members.length;
    for (let i = 1; i < s; i++) add(at(members, i), at(members, int(0, i - 1)));
    const share = k === clusters.length - 1 ? intra - edges.length + (s - 1) : Math.round((intra * s) / actors);
    const want = Math.min(Math.max(share, s - 1), s * (s - 1)); // ≤ two ties per pair
    for (let made = s - 1, guard = 0; made < want && guard < want * 20; guard++) {
      if (add(pick(members), pick(members))) made++;
    }
  });
  for (let k = 1; k < clusters.length; k++) add(pick(at(clusters, k)), pick(at(clusters, int(0, k - 1))));
  for (let made = clusters.length - 1, guard = 0; made < bridges && guard < bridges * 20; guard++) {
    const k1 = int(0, clusters.length - 1);
    const k2 = int(0, clusters.length - 1);
    if (k1 !== k2 && add(pick(at(clusters, k1)), pick(at(clusters, k2)))) made++;
  }

  const typeFor = (i: number): RelationType => {
    if (i < TYPE_WEIGHTS.length) return at(TYPE_WEIGHTS, i)[0]; // every type appears
    let r = rnd();
    for (const [type, w] of TYPE_WEIGHTS) {
      if ((r -= w) < 0) return type;
    }
    return 'negotiates';
  };
  const usedTypes = new Map<string, RelationType>();
  const neighbours: Map<number, RelationType>[] = Array.from({ length: actors }, () => new Map());
  const relations: Relation[] = edges.map((e, i) => {
    const key = e.a < e.b ? `${e.a}:${e.b}` : `${e.b}:${e.a}`;
    let type = typeFor(i);
    const earlier = usedTypes.get(key);
    if (earlier === type) type = at(TYPE_WEIGHTS, (TYPE_WEIGHTS.findIndex(([t]) => t === type) + 1) % TYPE_WEIGHTS.length)[0];
    usedTypes.set(key, type);
    at(neighbours, e.a).set(e.b, type);
    at(neighbours, e.b).set(e.a, type);
    const directed = type === 'represents' || type === 'strains' || (type === 'supports' && rnd() < 0.7) || (type === 'opposes' && rnd() < 0.3);
    return { id: `r${i}`, source: at(ids, e.a), target: at(ids, e.b), type, directed, label: TYPE_LABEL[type], basis: pick(BASES), ref: ref() };
  });

  const issueCount = int(4, 6);
  const issues = ISSUES.slice(0, issueCount);
  const kinds = ['person', 'person', 'person', 'government', 'bloc'] as const;

  const actorList: Actor[] = given.map((g, i) => {
    const k = at(clusterIndex, i);
    const family = familyName(k, famOffset);
    const label = `${g} ${family}`;
    const kind = pick(kinds);
    const name = kind === 'person' ? label : kind === 'government' ? `The ${g} office of ${family}` : `The ${g} group of ${family}`;

    const stanceIssues = shuffled(issues).slice(0, int(2, 3));
    const stances: Stance[] = stanceIssues.map((iss) => {
      const position = int(-2, 2);
      return { issue: iss.id, position, text: `${position < 0 ? 'Against' : position > 0 ? 'For' : 'Torn on'} ${iss.label.toLowerCase()}.`, basis: pick(BASES), ref: ref() };
    });

    // How they see 2–4 others: their direct ties first, then others in their cluster.
    const wantSees = Math.min(int(2, 4), actors - 1);
    const seenIds: number[] = [...at(neighbours, i).keys()].slice(0, wantSees);
    const pool = at(clusters, k).length > 1 ? at(clusters, k) : Array.from({ length: actors }, (_, j) => j);
    for (let guard = 0; seenIds.length < wantSees && guard < 50; guard++) {
      const j = pick(pool);
      if (j !== i && !seenIds.includes(j)) seenIds.push(j);
    }
    const sees: Perception[] = seenIds.map((j) => {
      const tie = at(neighbours, i).get(j);
      const attitude = pick(tie ? ATTITUDE_FOR[tie] : ATTITUDES);
      return { actor: at(ids, j), attitude, text: `Sees ${given[j]} as ${attitude === 'ally' || attitude === 'adversary' ? 'an' : 'a'} ${attitude}.`, basis: pick(BASES), ref: ref() };
    });

    return {
      id: at(ids, i),
      name,
      label,
      kind,
      role: claim(`A voice of the ${family} camp.`),
      view: {
        headline: claim(pick(HEADLINES)),
        wants: [claim(pick(WANTS))],
        outcome: [claim(pick(OUTCOMES))],
        fears: [claim(pick(FEARS))],
        stances,
        sees,
        questions: [pick(QUESTIONS)],
      },
    };
  });

  return {
    format: 1,
    id: `synthetic-${actors}`,
    title: `A synthetic event with ${actors} actors`,
    date: 'Undated (synthetic)',
    summary: `A generated network of ${actors} actors in ${clusters.length} clusters, for measuring performance (seed ${seed}).`,
    sources: [{ id: 'brief', title: 'A generated brief', sections: SECTIONS.map((s) => ({ ...s })) }],
    issues: issues.map((iss) => ({ ...iss })),
    actors: actorList,
    relations,
  };
}

// CLI: `npx tsx scripts/synthetic.ts 1000 [seed] > file.json`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2]);
  const seed = process.argv[3] === undefined ? 1 : Number(process.argv[3]);
  if (!Number.isInteger(n) || n < 1 || n > 5000 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npx tsx scripts/synthetic.ts <actors 1..5000> [seed] > file.json\n');
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(syntheticScenario(n, seed))}\n`);
}
