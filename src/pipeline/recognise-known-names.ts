import type { Candidate, Token } from './state.js';
import { knownAsWritten, type KnownName, type Lexicons } from './lexicons.js';
import { longestPhraseAt, type PhraseIndex } from './phrase-matcher.js';
import { phraseKey } from './phrase-key.js';

/** Capitalised, a number, or an elided particle before a capital: "d'Ivoire", "l'Intégration". */
const CAPITAL_OR_DIGIT = /^(?:[\p{Lu}\p{N}]|[dl]['’]\p{Lu})/u;

/**
 * Gazetteer matches: the longest known name starting at each token, written as a name
 * (capitalised, or in a capitals headline where case says nothing).
 */
export function recogniseKnownNames(clean: string, tokens: readonly Token[], lexicons: Lexicons): Candidate[] {
  const index: PhraseIndex<KnownName> = {
    get: (key) => lexicons.names.get(key),
    isPrefix: lexicons.isNamePrefix,
    starts: lexicons.nameStarts,
    longest: lexicons.longestName,
  };
  // Lower-case words inside a name are fine ("Office on Drugs and Crime"); a lower-case last word is
  // not, but for the "'s" of names that own it ("Moody's", "McDonald's").
  const endsAsName = (_: KnownName, last: Token) => CAPITAL_OR_DIGIT.test(last.text) || /^['’]s$/u.test(last.text);
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!CAPITAL_OR_DIGIT.test(first.text)) continue;
    const match = longestPhraseAt(clean, tokens, i, index, endsAsName);
    if (!match) continue;
    const end = tokens[match.last]!.end;
    // "Cabo Verdean", "New Zealanders": a place name that opens a nationality word is not the place.
    const following = tokens[match.last + 1];
    if (following && lexicons.demonyms.has(phraseKey(clean.slice(first.start, following.end)))) continue;
    const known = knownAsWritten(match.value, clean.slice(first.start, end));
    if (!known) continue;
    // "NPR 160,000": a currency code before an amount, whatever else the letters name.
    if (match.last === i && lexicons.commonAcronyms.has(first.text) && /^\p{N}/u.test(tokens[i + 1]?.text ?? '')) continue;
    found.push({
      start: first.start,
      end,
      type: known.type,
      rule: known.source === 'user' ? 'user-lexicon' : 'lexicon',
      confidence: known.source === 'user' ? 0.97 : 0.9,
      canonical: known.canonical,
    });
  }
  return found;
}
