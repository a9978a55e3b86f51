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
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, like "european-allies"')
  .meta({ description: 'A stable identifier: lower-case letters, digits and hyphens, e.g. "european-allies".' });

const text = (max: number, description: string) => z.string().min(1).max(max).meta({ description });

export const basis = z.enum(BASES).meta({
  description:
    'How the source supports the claim. stated: the actor said it on the record; reported: the source reports it as fact or from others; inferred: the scenario authors conclude it from what the source says.',
});

export const ref = z
  .string()
  .max(LIMITS.idLength * 2 + 1)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "source-id#section-id", like "article#on-the-table"')
  .meta({ description: 'The source section the claim rests on, written "source-id#section-id".' });

/** A sentence about the event, with how the source supports it and where. */
export const claim = z
  .strictObject({
    text: text(LIMITS.textLength, 'The claim, in the scenario authors\u2019 own words.'),
    basis,
    ref,
  })
  .meta({ description: 'A sentence with its basis and the source section it rests on.' });


export const stance = z
  .strictObject({
    issue: id.meta({ description: 'The id of an issue in "issues".' }),
    position: z
      .int()
      .min(POSITION_MIN)
      .max(POSITION_MAX)
      .meta({ description: 'From -2 (the issue\u2019s "low" end) to +2 (its "high" end); 0 is in between or mixed.' }),
    text: text(LIMITS.textLength, 'One sentence on where the actor stands and why.'),
    basis,
    ref,
  })
  .meta({ description: 'Where an actor stands on one issue. Leave an issue out when the source is silent on it.' });

export const attitude = z.enum(ATTITUDES).meta({
  description: 'How one actor regards another, from warmest (ally) to coldest (adversary).',
});

export const perception = z
  .strictObject({
    actor: id.meta({ description: 'The id of the other actor.' }),
    attitude,
    text: text(LIMITS.textLength, 'One line on how this actor sees the other.'),
    basis,
    ref,
  })
  .meta({ description: 'How the actor sees another actor. Leave an actor out when the source is silent.' });

const claims = (description: string) => z.array(claim).min(1).max(LIMITS.listLength).meta({ description });

export const view = z
  .strictObject({
    headline: claim.meta({ description: 'Their view of the event in one line.' }),
    wants: claims('What they wanted from the event.'),
    outcome: claims('How they read the outcome.'),
    fears: claims('Their red lines and fears.'),
    stances: z.array(stance).max(LIMITS.issues).meta({ description: 'Their stance on each issue the source speaks to.' }),
    sees: z.array(perception).max(LIMITS.listLength * 4).meta({ description: 'How they see each other actor.' }),
    questions: z
      .array(text(LIMITS.textLength, 'A question for a class.'))
      .min(1)
      .max(6)
      .meta({ description: 'Two or three discussion questions about this actor\u2019s view.' }),
  })
  .meta({ description: 'The event as this actor sees it.' });


export const actor = z
  .strictObject({
    id,
    name: text(LIMITS.titleLength, 'Full name, e.g. "Vladimir Putin".'),
    label: text(LIMITS.labelLength, 'Short name for the network, e.g. "Putin".'),
    kind: z.enum(ACTOR_KINDS).meta({
      description: 'person; government (a state, an administration or a public body); or bloc (a group: of states, organisations or people).',
    }),
    role: claim.meta({ description: 'Their role in the event.' }),
    added: claim
      .optional()
      .meta({ description: 'Present when the actor was added beyond the scenario\u2019s brief: why the source supports including them.' }),
    pin: z
      .strictObject({ x: z.number().min(-10000).max(10000), y: z.number().min(-10000).max(10000) })
      .optional()
      .meta({ description: 'A fixed position in the network, overriding the force layout.' }),
    view,
  })
  .meta({ description: 'A party to the event.' });


export const relation = z
  .strictObject({
    id,
    source: id.meta({ description: 'The id of the actor the relation starts from.' }),
    target: id.meta({ description: 'The id of the actor it points to.' }),
    type: z.enum(RELATION_TYPES).meta({
      description:
        'represents: acts on behalf of; negotiates: talks with; supports: backs; opposes: is in conflict with; strains: puts pressure on or undercuts.',
    }),
    directed: z.boolean().meta({ description: 'true when the relation runs one way (drawn with an arrow).' }),
    label: text(LIMITS.titleLength, 'What the relation is, in a few words.'),
    basis,
    ref,
  })
  .meta({ description: 'A tie between two actors.' });

export const issue = z
  .strictObject({
    id,
    label: text(LIMITS.labelLength, 'Short name, e.g. "Ceasefire".'),
    question: text(LIMITS.textLength, 'What is at stake, as a question.'),
    low: text(LIMITS.titleLength, 'What position -2 means.'),
    high: text(LIMITS.titleLength, 'What position +2 means.'),
  })
  .meta({ description: 'An issue at stake, with the meaning of each end of its scale.' });

export const note = z
  .strictObject({ text: text(LIMITS.textLength, 'The note.'), ref })
  .meta({ description: 'A note about the source, tied to one of its sections.' });

export const section = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The section heading, or a short name for an unheaded part.'),
    summary: text(LIMITS.textLength, 'What the section covers, in your own words.').optional(),
  })
  .meta({ description: 'A part of a source that claims can cite.' });

export const source = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The title of the source.'),
    publisher: text(LIMITS.titleLength, 'Who published it, where known.').optional(),
    url: z.string().max(2000).optional().meta({ description: 'Where to read it. Only http(s) addresses become links.' }),
    sections: z.array(section).min(1).max(LIMITS.sections),
    about: z
      .strictObject({
        genre: text(LIMITS.textLength, 'What kind of text it is.'),
        tone: text(LIMITS.textLength, 'Its tone.'),
        unknowns: z.array(note).max(LIMITS.listLength).meta({ description: 'What the source says is not known.' }),
        caveats: z.array(note).max(LIMITS.listLength).meta({ description: 'Where its framing is dated, speculative or one-sided.' }),
      })
      .optional()
      .meta({ description: 'A reader\u2019s guide to the source.' }),
  })
  .meta({ description: 'A text the scenario rests on.' });

export const step = z
  .strictObject({
    id,
    title: text(LIMITS.titleLength, 'The step’s heading on screen.'),
    caption: text(LIMITS.textLength, 'A short caption the class reads on screen.'),
    notes: text(LIMITS.summaryLength, 'Speaker notes, shown only to the presenter.').optional(),
    actor: id.optional().meta({ description: 'The actor whose view this step opens.' }),
    compare: z
      .tuple([id, id])
      .optional()
      .meta({ description: 'Two actors to compare side by side (instead of "actor").' }),
    highlight: z
      .strictObject({
        actors: z.array(id).max(LIMITS.listLength * 4).optional(),
        relations: z.array(id).max(LIMITS.listLength * 4).optional(),
      })
      .optional()
      .meta({ description: 'Actors and relations the network brings forward in this step.' }),
  })
  .meta({ description: 'One step of a guided walk-through: it opens the event, an actor’s view or a comparison.' });

export const scenario = z
  .strictObject({
    $schema: z.string().max(2000).optional().meta({ description: 'The JSON Schema for editors.' }),
    format: z.literal(1).meta({ description: 'The version of this format: 1.' }),
    id,
    title: text(LIMITS.titleLength, 'The event.'),
    date: text(LIMITS.titleLength, 'When it happened, as the source gives it (say so if it does not).'),
    summary: text(LIMITS.summaryLength, 'What happened, in a short paragraph.'),
    sources: z.array(source).min(1).max(LIMITS.sources),
    issues: z.array(issue).min(1).max(LIMITS.issues),
    actors: z.array(actor).min(1).max(LIMITS.actors),
    relations: z.array(relation).max(LIMITS.relations),
    questions: z
      .array(text(LIMITS.textLength, 'A question for a class.'))
      .max(LIMITS.listLength)
      .optional()
      .meta({ description: 'Discussion questions about the event as a whole.' }),
    story: z
      .array(step)
      .min(1)
      .max(LIMITS.steps)
      .optional()
      .meta({ description: 'A guided walk-through for presenting, step by step. Without one, the walk visits every actor.' }),
  })
  .meta({ title: 'Standpoint scenario', description: 'One event seen from every stakeholder\u2019s side.' });

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
