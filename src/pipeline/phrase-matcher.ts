import { firstWordOf } from './lexicons.js';
import { asciiFold } from './ascii-fold.js';
import { phraseKey } from './phrase-key.js';
import type { Token } from './state.js';

/** Every prefix of every key, so a phrase matcher can stop as soon as no phrase can follow. */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  return prefixes;
}

/** Phrases keyed by `phraseKey`, with what the matcher needs to stay linear in the text. */
export interface PhraseIndex<T> {
  readonly get: (key: string) => T | undefined;
  /** True when some phrase starts with this key. */
  readonly isPrefix: (key: string) => boolean;
  /** First words of the phrases (`firstWordOf`): a match can only start at one of these. */
  readonly starts: ReadonlySet<string>;
  /** The most tokens a phrase may span. */
  readonly longest: number;
}

/**
 * The longest phrase of `index` that starts at token `first` and ends in its sentence, among
 * those `accept` takes; `last` is the index of its final token.
 */
export function longestPhraseAt<T>(
  clean: string,
  tokens: readonly Token[],
  first: number,
  index: PhraseIndex<T>,
  accept: (value: T, last: Token) => boolean,
): { value: T; last: number } | undefined {
  const opening = tokens[first]!;
  // Accented text is looked up as written, then folded: "Đà Nẵng" finds "Da Nang".
  const written = index.starts.has(firstWordOf(opening.lower));
  const folded = !written && index.starts.has(firstWordOf(asciiFold(opening.lower)));
  if (!written && !folded) return undefined;
  let best: { value: T; last: number } | undefined;
  for (let j = first; j < tokens.length && j < first + index.longest; j++) {
    const last = tokens[j]!;
    if (last.sentence !== opening.sentence) break;
    const surface = phraseKey(clean.slice(opening.start, last.end));
    const key = folded ? asciiFold(surface) : surface;
    if (!index.isPrefix(key)) break;
    const value = index.get(key);
    if (value !== undefined && accept(value, last)) best = { value, last: j };
  }
  return best;
}
