import type { EntityType, RelationType } from '../../schema.js';
import type { DraftEntity, Sentence } from '../state.js';

/** A mention placed in its sentence, pointing at the entity it names. */
export interface PlacedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: DraftEntity;
  /** Stands for an entity named earlier ("the conference"): usable as an end, never output as a mention. */
  readonly anaphoric: boolean;
}

export interface RelationContext {
  readonly clean: string;
  readonly sentences: readonly Sentence[];
  /** Mentions of each sentence in text order, anaphoric ones included. */
  readonly mentionsBySentence: readonly (readonly PlacedMention[])[];
  readonly entities: readonly DraftEntity[];
}

/** A relation before ids are given: ends are entity keys. */
export interface RelationDraft {
  readonly type: Exclude<RelationType, 'co-occurs'>;
  readonly source: DraftEntity;
  readonly target: DraftEntity;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
  readonly role?: string;
}

export type RelationExtractor = (context: RelationContext) => RelationDraft[];

export function isType(mention: PlacedMention, types: readonly EntityType[]): boolean {
  return types.includes(mention.entity.type);
}
