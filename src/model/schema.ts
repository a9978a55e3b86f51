/**
 * The scenario format: the one source of truth.
 *
 * The TypeScript types below are inferred from these zod schemas, the app validates every
 * scenario with them (see `validate.ts`), and `data/scenario.schema.json` is generated from
 * them (`npm run schema`). Change the format here and nowhere else.
 */
import { ACTOR_KINDS, ATTITUDES, BASES, LIMITS, POSITION_MAX, POSITION_MIN, RELATION_TYPES } from './constants';
import { z } from './zod';

export { ACTOR_KINDS, ATTITUDES, BASES, LIMITS, POSITION_MAX, POSITION_MIN, RELATION_TYPES };

const id = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "european-allies"'),
    z.describe('A stable identifier: lower-case letters, digits and hyphens, e.g. "european-allies".'),
  );

/** The id of something else, described where it is used. */
const idOf = (description: string) => id.check(z.describe(description));

const text = (max: number, description: string) => z.string().check(z.minLength(1), z.maxLength(max), z.describe(description));

/** A list of `item`, at least `min` and at most `max` long. */
const list = <T extends z.core.SomeType>(item: T, min: number, max: number, description?: string) =>
  z.array(item).check(...(min > 0 ? [z.minLength(min)] : []), z.maxLength(max), ...(description ? [z.describe(description)] : []));

export const basis = z
  .enum(BASES)
  .check(
    z.describe(
      'How the source supports the claim. stated: the actor said it on the record; reported: the source reports it as fact or from others; inferred: the scenario authors conclude it from what the source says.',
    ),
  );

export const ref = z
  .string()
  .check(
    z.maxLength(LIMITS.idLength * 2 + 1),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "source-id#section-id", like "article#on-the-table"'),
    z.describe('The source section the claim rests on, written "source-id#section-id".'),
  );

/** A sentence about the event, with how the source supports it and where. */
export const claim = z
  .strictObject({
    text: text(LIMITS.textLength, 'The claim, in the scenario authors\u2019 own words.'),
    basis,
    ref,
  })
  .check(z.describe('A sentence with its basis and the source section it rests on.'));

export const stance = z
  .strictObject({
    issue: idOf('The id of an issue in "issues".'),
    position: z
      .int()
      .check(
        z.gte(POSITION_MIN),
        z.lte(POSITION_MAX),
        z.describe('From -2 (the issue\u2019s "low" end) to +2 (its "high" end); 0 is in between or mixed.'),
      ),
    text: text(LIMITS.textLength, 'One sentence on where the actor stands and why.'),
    basis,
    ref,
  })
  .check(z.describe('Where an actor stands on one issue. Leave an issue out when the source is silent on it.'));

export const attitude = z.enum(ATTITUDES).check(z.describe('How one actor regards another, from warmest (ally) to coldest (adversary).'));

export const perception = z
  .strictObject({
    actor: idOf('The id of the other actor.'),
    attitude,
    text: text(LIMITS.textLength, 'One line on how this actor sees the other.'),
    basis,
    ref,
  })
  .check(z.describe('How the actor sees another actor. Leave an actor out when the source is silent.'));

const claims = (description: string) => list(claim, 1, LIMITS.listLength, description);

export const view = z
  .strictObject({
    headline: claim.check(z.describe('Their view of the event in one line.')),
    wants: claims('What they wanted from the event.'),
    outcome: claims('How they read the outcome.'),
    fears: claims('Their red lines and fears.'),
    stances: list(stance, 0, LIMITS.issues, 'Their stance on each issue the source speaks to.'),
    sees: list(perception, 0, LIMITS.listLength * 4, 'How they see each other actor.'),
    questions: list(text(LIMITS.textLength, 'A question for a class.'), 1, 6, 'Two or three discussion questions about this actor\u2019s view.'),
  })
  .check(z.describe('The event as this actor sees it.'));

const coordinate = z.number().check(z.gte(-10000), z.lte(10000));

export const actor = z
  .strictObject({
    id,
    name: text(LIMITS.titleLength, 'Full name, e.g. "Vladimir Putin".'),
    label: text(LIMITS.labelLength, 'Short name for the network, e.g. "Putin".'),
    kind: z
      .enum(ACTOR_KINDS)
      .check(z.describe('person; government (a state, an administration or a public body); or bloc (a group: of states, organisations or people).')),
    role: claim.check(z.describe('Their role in the event.')),
    added: z
      .optional(claim)
      .check(z.describe('Present when the actor was added beyond the scenario\u2019s brief: why the source supports including them.')),
    pin: z
      .optional(z.strictObject({ x: coordinate, y: coordinate }))
      .check(z.describe('A fixed position in the network, overriding the force layout.')),
    view,
  })
  .check(z.describe('A party to the event.'));

export const relation = z
  .strictObject({
    id,
    source: idOf('The id of the actor the relation starts from.'),
    target: idOf('The id of the actor it points to.'),
    type: z
      .enum(RELATION_TYPES)
      .check(
        z.describe(
          'represents: acts on behalf of; negotiates: talks with; supports: backs; opposes: is in conflict with; strains: puts pressure on or undercuts.',
        ),
      ),
    directed: z.boolean().check(z.describe('true when the relation runs one way (drawn with an arrow).')),
    label: text(LIMITS.titleLength, 'What the relation is, in a few words.'),
    basis,
    ref,
  })
  .check(z.describe('A tie between two actors.'));

export const issue = z
  .strictObject({
    id,
    label: text(LIMITS.labelLength, 'Short name, e.g. "Ceasefire".'),
    question: text(LIMITS.textLength, 'What is at stake, as a question.'),
    low: text(LIMITS.titleLength, 'What position -2 means.'),
    high: text(LIMITS.titleLength, 'What position +2 means.'),
  })
  .check(z.describe('An issue at stake, with the meaning of each end of its scale.'));

export const note = z
  .strictObject({ text: text(LIMITS.textLength, 'The note.'), ref })
  .check(z.describe('A note about the source, tied to one of its sections.'));

export const section = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The section heading, or a short name for an unheaded part.'),
    summary: z.optional(text(LIMITS.textLength, 'What the section covers, in your own words.')),
  })
  .check(z.describe('A part of a source that claims can cite.'));

export const source = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The title of the source.'),
    publisher: z.optional(text(LIMITS.titleLength, 'Who published it, where known.')),
    url: z.optional(z.string().check(z.maxLength(2000))).check(z.describe('Where to read it. Only http(s) addresses become links.')),
    sections: list(section, 1, LIMITS.sections),
    about: z
      .optional(
        z.strictObject({
          genre: text(LIMITS.textLength, 'What kind of text it is.'),
          tone: text(LIMITS.textLength, 'Its tone.'),
          unknowns: list(note, 0, LIMITS.listLength, 'What the source says is not known.'),
          caveats: list(note, 0, LIMITS.listLength, 'Where its framing is dated, speculative or one-sided.'),
        }),
      )
      .check(z.describe('A reader\u2019s guide to the source.')),
  })
  .check(z.describe('A text the scenario rests on.'));

export const step = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The step’s heading on screen.'),
    caption: text(LIMITS.textLength, 'A short caption the class reads on screen.'),
    notes: z.optional(text(LIMITS.summaryLength, 'Speaker notes, shown only to the presenter.')),
    actor: z.optional(id).check(z.describe('The actor whose view this step opens.')),
    compare: z.optional(z.tuple([id, id])).check(z.describe('Two actors to compare side by side (instead of "actor").')),
    highlight: z
      .optional(
        z.strictObject({
          actors: z.optional(list(id, 0, LIMITS.listLength * 4)),
          relations: z.optional(list(id, 0, LIMITS.listLength * 4)),
        }),
      )
      .check(z.describe('Actors and relations the network brings forward in this step.')),
  })
  .check(z.describe('One step of a guided walk-through: it opens the event, an actor’s view or a comparison.'));

export const scenario = z
  .strictObject({
    $schema: z.optional(z.string().check(z.maxLength(2000))).check(z.describe('The JSON Schema for editors.')),
    format: z.literal(1).check(z.describe('The version of this format: 1.')),
    id,
    title: text(LIMITS.titleLength, 'The event.'),
    date: text(LIMITS.titleLength, 'When it happened, as the source gives it (say so if it does not).'),
    summary: text(LIMITS.summaryLength, 'What happened, in a short paragraph.'),
    sources: list(source, 1, LIMITS.sources),
    issues: list(issue, 1, LIMITS.issues),
    actors: list(actor, 1, LIMITS.actors),
    relations: list(relation, 0, LIMITS.relations),
    questions: z
      .optional(list(text(LIMITS.textLength, 'A question for a class.'), 0, LIMITS.listLength))
      .check(z.describe('Discussion questions about the event as a whole.')),
    story: z
      .optional(list(step, 1, LIMITS.steps))
      .check(z.describe('A guided walk-through for presenting, step by step. Without one, the walk visits every actor.')),
  })
  .check(z.meta({ title: 'Standpoint scenario', description: 'One event seen from every stakeholder\u2019s side.' }));

export type Basis = z.infer<typeof basis>;
export type Claim = z.infer<typeof claim>;
export type Stance = z.infer<typeof stance>;
export type Attitude = z.infer<typeof attitude>;
export type Perception = z.infer<typeof perception>;
export type View = z.infer<typeof view>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Actor = z.infer<typeof actor>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Relation = z.infer<typeof relation>;
export type Issue = z.infer<typeof issue>;
export type Note = z.infer<typeof note>;
export type Section = z.infer<typeof section>;
export type Source = z.infer<typeof source>;
export type Step = z.infer<typeof step>;
export type Scenario = z.infer<typeof scenario>;

/** The JSON Schema published for authors' editors, generated from the zod schema. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenario, { target: 'draft-2020-12', io: 'input' });
}
