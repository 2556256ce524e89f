import { z } from 'zod';

/** The seven kinds of thing `extract` recognises. */
export const EntityTypeSchema = z.enum([
  'person',
  'organisation',
  'place',
  'date',
  'action-plan',
  'project',
  'event',
]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** The typed relations of the annotation contract, plus untyped sentence co-occurrence. */
export const RelationTypeSchema = z.enum([
  'affiliated-with',
  'part-of',
  'member-of',
  'located-in',
  'organised-by',
  'held-in',
  'held-on',
  'adopted-by',
  'valid-during',
  'implemented-by',
  'funded-by',
  'co-occurs',
]);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** A span of the input: UTF-16 offsets, end exclusive, `text === input.slice(start, end)`. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One real-world thing named in a document, merged across all its surface forms. */
export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  /** The fullest proper form found in the text. */
  name: z.string(),
  /** Other surface forms that name the entity on their own (acronyms, surnames, short names). */
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
  /** ISO 8601 value of a date (`2021-12-01`, `2019-03`, `2021/2025`, `XXXX-05-10`). */
  value: z.string().optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A directed, typed statement between two entities of one document. */
export const RelationSchema = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  /** A role the text gives to an affiliation ("Director General"). */
  role: z.string().optional(),
  /** For `co-occurs`: the number of sentences the two entities share. */
  weight: z.number().optional(),
  /** The span of text that states the relation. */
  evidence: MentionSchema,
  confidence: z.number().min(0).max(1),
});
export type Relation = z.infer<typeof RelationSchema>;

/** Everything `extract` found in one document: plain JSON. */
export const ExtractionSchema = z.object({
  documentId: z.string(),
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** Extra names the user knows, per entity type (dates excepted: they are recognised by pattern). */
export const LexiconSchema = z
  .object({
    person: z.array(z.string().min(1)).optional(),
    organisation: z.array(z.string().min(1)).optional(),
    place: z.array(z.string().min(1)).optional(),
    'action-plan': z.array(z.string().min(1)).optional(),
    project: z.array(z.string().min(1)).optional(),
    event: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Lexicon = z.infer<typeof LexiconSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date such as 2019-03-21')
  .refine((s) => {
    const [year, month, day] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 30 February over into March: a real date survives the round trip.
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not a calendar date');

/** Options of `extract`. Unknown keys are rejected, so a typo is an error rather than a silent no-op. */
export const ExtractOptionsSchema = z
  .object({
    /** Identifier carried into the result and the graph. */
    documentId: z.string().min(1).optional(),
    /** ISO date that resolves year-less dates when the text states no date of its own. */
    referenceDate: isoDate.optional(),
    /** Read numeric dates such as 01/04/2010 as day/month (default) or month/day. */
    dateOrder: z.enum(['day-first', 'month-first']).optional(),
    /** Extra names per entity type. */
    lexicon: LexiconSchema.optional(),
  })
  .strict();
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/** Options of `createExtractor`: the lexicon is fixed for the extractor's lifetime. */
export const ExtractorOptionsSchema = z
  .object({
    lexicon: LexiconSchema.optional(),
    dateOrder: z.enum(['day-first', 'month-first']).optional(),
  })
  .strict();
export type ExtractorOptions = z.infer<typeof ExtractorOptionsSchema>;

/** Options of `toGexf`. */
export const GexfOptionsSchema = z
  .object({
    /** Text of the `<creator>` element. */
    creator: z.string().optional(),
    /** Text of the `<description>` element. */
    description: z.string().optional(),
  })
  .strict();
export type GexfOptions = z.infer<typeof GexfOptionsSchema>;

/** Attributes of a node of the graph built by `toGraph`. */
export const NodeAttributesSchema = z.object({
  type: EntityTypeSchema,
  label: z.string(),
  aliases: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  documents: z.array(z.string()),
  value: z.string().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** Attributes of an edge of the graph built by `toGraph`. */
export const EdgeAttributesSchema = z.object({
  type: RelationTypeSchema,
  weight: z.number(),
  documents: z.array(z.string()),
  roles: z.array(z.string()),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;
