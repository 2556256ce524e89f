import type { EntityType, Relation } from '../schema.js';

/** A word or punctuation token with exact offsets into the input. */
export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  readonly lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, ADP, …). */
  readonly pos: string;
  /** wink-nlp token type (word, number, punctuation, …). */
  readonly kind: string;
  readonly sentence: number;
  /** First token of its sentence or line: its capital letter says nothing. */
  readonly sentenceInitial: boolean;
  /** The token is in a line in capitals or a quoted title: only known names count there. */
  readonly inHeadline: boolean;
  /** The token's line is a title-case heading or list row: capitals there are weak evidence. */
  readonly inTitleCase: boolean;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Token range, end exclusive. */
  readonly firstToken: number;
  readonly endToken: number;
}

/** A possible entity mention, before overlaps are settled. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** The rule that found it, for debugging and for the settling policy. */
  readonly rule: string;
  /** 0..1: how sure the rule is. Settling prefers longer, then surer. */
  readonly confidence: number;
  /** ISO value, dates only. */
  readonly value?: string;
  /** Role or title read next to a person ("Director General"). */
  readonly title?: string;
  /** The full name a lexicon or definition gives for this form ("ICMPD" → its expansion). */
  readonly canonical?: string;
}

/** An entity under construction inside one document. */
export interface DraftEntity {
  readonly key: number;
  type: EntityType;
  name: string;
  readonly forms: Set<string>;
  readonly mentions: Candidate[];
  value?: string;
  titles: string[];
}

/** Everything a stage may read. Stages return new values and change nothing they are given. */
export interface DocumentState {
  readonly text: string;
  /** The text with URLs, e-mail addresses, markup and page furniture blanked: same length, same offsets. */
  readonly clean: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token index by character offset of its start. */
  readonly tokenAt: ReadonlyMap<number, number>;
  readonly candidates: readonly Candidate[];
  readonly mentions: readonly Candidate[];
  readonly entities: readonly DraftEntity[];
  readonly relations: readonly Omit<Relation, 'id'>[];
}
