import { z } from 'zod';
import {
  ExtractOptionsSchema,
  ExtractorOptionsSchema,
  type Entity,
  type Extraction,
  type ExtractOptions,
  type ExtractorOptions,
  type Relation,
} from '../schema.js';
import { buildLexicons, defaultLexicons } from './build-lexicons.js';
import type { Lexicons } from './lexicons.js';
import { harmoniseLists } from './harmonise-lists.js';
import { linkAcronyms } from './link-acronyms.js';
import { prepareText } from './prepare-text.js';
import { propagateNames } from './propagate-names.js';
import { recogniseDates } from './recognise-dates.js';
import { recogniseKnownNames } from './recognise-known-names.js';
import { recogniseProperNames } from './recognise-proper-names.js';
import { recogniseQuotedTitles } from './recognise-quoted-titles.js';
import { recogniseSharedHeads } from './recognise-shared-heads.js';
import { recogniseTeams } from './recognise-teams.js';
import { relate } from './relations/index.js';
import { resolveEntities } from './resolve-entities.js';
import { segment } from './segment.js';
import { settleOverlaps } from './settle-overlaps.js';
import type { DraftEntity } from './state.js';
import { toOutput } from './to-output.js';

/** Thrown for arguments of the wrong type or unknown options; odd text never throws. */
export class ExtractOptionsError extends Error {
  override readonly name = 'ExtractOptionsError';
  constructor(
    message: string,
    /** The zod issues, each with its `code` and `path`. */
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ExtractOptionsError(`Invalid ${what}: ${z.prettifyError(parsed.error)}`, parsed.error.issues);
  return parsed.data;
}

interface RunSettings {
  readonly documentId: string;
  readonly referenceDate?: string;
  readonly dateOrder: 'day-first' | 'month-first';
  readonly lexicons: Lexicons;
}

/**
 * The pipeline, top to bottom: prepare → segment → recognise → settle overlaps → harmonise
 * lists → link acronyms and propagate names → settle again → teams in sports reports → resolve
 * entities → relate → output.
 */
function run(text: string, settings: RunSettings): Extraction {
  const { lexicons } = settings;
  const clean = prepareText(text, lexicons.furniture, lexicons.sharingChannels);
  const { tokens, sentences } = segment(clean);

  const dates = recogniseDates(clean, { dateOrder: settings.dateOrder, referenceDate: settings.referenceDate });
  const candidates = [
    ...dates,
    ...recogniseKnownNames(clean, tokens, lexicons),
    ...recogniseQuotedTitles(clean, tokens, lexicons),
    ...recogniseProperNames(clean, tokens, sentences, lexicons),
    ...recogniseSharedHeads(clean, tokens, lexicons),
  ];
  const settled = harmoniseLists(clean, settleOverlaps(candidates, clean.length));

  const acronyms = linkAcronyms(clean, tokens, settled, lexicons);
  const withAcronyms = settleOverlaps([...settled, ...acronyms], clean.length);
  const propagated = propagateNames(clean, tokens, withAcronyms);
  const named = settleOverlaps([...withAcronyms, ...propagated], clean.length);
  const mentions = settleOverlaps(recogniseTeams(clean, tokens, named, lexicons), clean.length);

  const entities: DraftEntity[] = resolveEntities(clean, mentions);
  const { typed, coOccurring } = relate(clean, sentences, entities, lexicons);
  return toOutput(text, settings.documentId, entities, typed, coOccurring);
}

function settingsFrom(options: ExtractOptions, lexicons: Lexicons, dateOrder: RunSettings['dateOrder']): RunSettings {
  return {
    documentId: options.documentId ?? 'document',
    dateOrder: options.dateOrder ?? dateOrder,
    lexicons: options.lexicon ? buildLexicons(options.lexicon, lexicons) : lexicons,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  };
}

/**
 * Finds the organisations, people, places, dates, action plans, projects and events in `text`,
 * merges each across its surface forms, and relates them.
 *
 * Pure and deterministic: the same text and options give the same result.
 *
 * @example
 * const { entities, relations } = extract('ICMPD hosted the 6th Budapest Process Ministerial Conference in Istanbul.');
 * @throws {ExtractOptionsError} when `text` is not a string or an option is unknown or malformed.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const input = parseOrThrow(z.string(), text, 'text: extract() takes a string');
  const parsed = parseOrThrow(ExtractOptionsSchema, options, 'options');
  return run(input, settingsFrom(parsed, defaultLexicons(), 'day-first'));
}

/** An `extract` bound to its own lexicon: extractors never see each other's words. */
export type Extractor = (text: string, options?: ExtractOptions) => Extraction;

/**
 * Returns an `extract` that also knows the user's names per entity type. The default `extract`
 * and every other extractor stay unchanged.
 *
 * @example
 * const extractAcme = createExtractor({ lexicon: { organisation: ['Acme Widgets'] } });
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const parsed = parseOrThrow(ExtractorOptionsSchema, options, 'extractor options');
  const lexicons = parsed.lexicon ? buildLexicons(parsed.lexicon, defaultLexicons()) : defaultLexicons();
  const dateOrder = parsed.dateOrder ?? 'day-first';
  return (text, callOptions = {}) => {
    const input = parseOrThrow(z.string(), text, 'text: extract() takes a string');
    const callParsed = parseOrThrow(ExtractOptionsSchema, callOptions, 'options');
    return run(input, settingsFrom(callParsed, lexicons, dateOrder));
  };
}

export type { Entity, Relation };
