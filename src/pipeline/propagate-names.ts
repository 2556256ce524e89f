import type { Candidate, Token } from './state.js';
import { firstWordOf, isCommonWord } from './lexicons.js';
import { phraseKey } from './phrase-key.js';

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
  const starts = new Set([...byForm.keys()].map(firstWordOf));
  const prefixes = new Set<string>();
  for (const key of byForm.keys()) for (let end = 1; end <= key.length; end++) prefixes.add(key.slice(0, end));
  const taken = new Set(mentions.map((m) => m.start));
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (taken.has(first.start) || !/^[\p{Lu}\p{N}]/u.test(first.text) || !starts.has(firstWordOf(first.lower))) continue;
    let best: Candidate | undefined;
    for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
      const last = tokens[j]!;
      if (last.sentence !== first.sentence) break;
      const key = phraseKey(clean.slice(first.start, last.end));
      if (!prefixes.has(key)) break;
      const source = byForm.get(key);
      if (!source) continue;
      // A one-word form that is also ordinary English says nothing where capitals are conventional.
      if (i === j && (first.sentenceInitial || first.inHeadline) && isCommonWord(first.lower)) continue;
      best = {
        start: first.start,
        end: last.end,
        type: source.type,
        rule: source.rule === 'surname' ? 'surname' : 'propagated',
        confidence: Math.min(source.confidence, 0.75) - 0.01,
        ...(source.canonical ? { canonical: source.canonical } : {}),
      };
    }
    if (best) found.push(best);
  }
  return found;
}
