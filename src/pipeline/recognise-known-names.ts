import type { Candidate, Token } from './state.js';
import { firstWordOf, type Lexicons } from './lexicons.js';
import { phraseKey } from './phrase-key.js';

const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Gazetteer matches: the longest known name starting at each token, written as a name
 * (capitalised, or in a capitals headline where case says nothing).
 */
export function recogniseKnownNames(clean: string, tokens: readonly Token[], lexicons: Lexicons): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!CAPITAL_OR_DIGIT.test(first.text) || !lexicons.nameStarts.has(firstWordOf(first.lower))) continue;
    let best: Candidate | undefined;
    let bestLast = i;
    for (let j = i; j < tokens.length && j < i + lexicons.longestName; j++) {
      const last = tokens[j]!;
      if (last.sentence !== first.sentence) break;
      const key = phraseKey(clean.slice(first.start, last.end));
      if (!lexicons.isNamePrefix(key)) break;
      const known = lexicons.names.get(key);
      if (!known) continue;
      // Lower-case words inside a name are fine ("Office on Drugs and Crime"); a lower-case last word is
      // not, but for the "'s" of names that own it ("Moody's", "McDonald's").
      if (!CAPITAL_OR_DIGIT.test(last.text) && !/^['’]s$/u.test(last.text)) continue;
      bestLast = j;
      best = {
        start: first.start,
        end: last.end,
        type: known.type,
        rule: known.source === 'user' ? 'user-lexicon' : 'lexicon',
        confidence: known.source === 'user' ? 0.97 : 0.9,
        canonical: known.canonical,
      };
    }
    // "Cabo Verdean", "New Zealanders": a place name that opens a nationality word is not the place.
    const following = best ? tokens[bestLast + 1] : undefined;
    if (best && following && lexicons.demonyms.has(phraseKey(clean.slice(best.start, following.end)))) continue;
    if (best) found.push(best);
  }
  return found;
}
