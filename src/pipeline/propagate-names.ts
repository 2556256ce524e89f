import type { Candidate, Token } from './state.js';
import { firstWordOf, isCommonWord, isWrittenInCapitals } from './lexicons.js';
import { phraseKey } from './phrase-key.js';
import { longestPhraseAt, prefixesOf, type PhraseIndex } from './phrase-matcher.js';

const MAX_WORDS = 12;

/**
 * One sense per document: once a form is recognised as a name, its other occurrences are
 * mentions of the same kind too, in headlines and at sentence starts included.
 */
export function propagateNames(clean: string, tokens: readonly Token[], mentions: readonly Candidate[]): Candidate[] {
  const byForm = new Map<string, Candidate>();
  for (const m of mentions) {
    if (m.type === 'date') continue;
    const surface = clean.slice(m.start, m.end);
    if (surface.length < 2 || !/^[\p{Lu}\p{N}]/u.test(surface)) continue;
    const key = phraseKey(surface);
    const seen = byForm.get(key);
    if (!seen || seen.confidence < m.confidence) byForm.set(key, m);
  }
  // A person's surname alone names the person too: "Helena Marsh … Marsh said".
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = clean.slice(m.start, m.end).split(/\s+/u);
    const surname = words[words.length - 1]!;
    if (words.length < 2 || surname.length < 3 || !/^\p{Lu}\p{Ll}/u.test(surname)) continue;
    const key = phraseKey(surname);
    if (!byForm.has(key)) byForm.set(key, { ...m, rule: 'surname', confidence: 0.6 });
  }
  if (byForm.size === 0) return [];
  const index: PhraseIndex<Candidate> = {
    get: (key) => byForm.get(key),
    isPrefix: ((prefixes) => (key: string) => prefixes.has(key))(prefixesOf(byForm.keys())),
    starts: new Set([...byForm.keys()].map(firstWordOf)),
    longest: MAX_WORDS,
  };
  const taken = new Set(mentions.map((m) => m.start));
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (taken.has(first.start) || !/^[\p{Lu}\p{N}]/u.test(first.text)) continue;
    // A one-word form that is also ordinary English says nothing where capitals are conventional.
    const informative = (_: Candidate, last: Token) =>
      last !== first || !((first.sentenceInitial || first.inHeadline) && isCommonWord(first.lower));
    const match = longestPhraseAt(clean, tokens, i, index, informative);
    if (!match) continue;
    const source = match.value;
    // An acronym marks only its own capitals: "WHO" is not "Who", "US" not "Us".
    if (isWrittenInCapitals(clean.slice(source.start, source.end)) && /\p{Ll}/u.test(clean.slice(first.start, tokens[match.last]!.end))) continue;
    found.push({
      start: first.start,
      end: tokens[match.last]!.end,
      type: source.type,
      rule: source.rule === 'surname' ? 'surname' : 'propagated',
      confidence: Math.min(source.confidence, 0.75) - 0.01,
      ...(source.canonical ? { canonical: source.canonical } : {}),
    });
  }
  return found;
}
