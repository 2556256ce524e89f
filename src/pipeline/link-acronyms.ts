import type { Candidate } from './state.js';

const BRACKETED = /^[”"’»]?\s*\(\s*([\p{Lu}][\p{Lu}\p{N}&.\- ]{0,14}?[\p{Lu}\p{N}]?s?)\s*[)–-]/u;

/** Capital letters and digits of an acronym, without a plural s: "CAMMs" → "CAMM". */
function acronymLetters(acronym: string): string {
  return acronym.replace(/s$/u, '').replace(/[^\p{Lu}\p{N}]/gu, '');
}

/**
 * True when the acronym's letters can be read, in order, out of the name, starting with its
 * first letter: "EMSC" ← "European Migrant Smuggling Centre", "DG NEAR" ← "Directorate-General
 * for Neighbourhood and Enlargement Negotiations".
 */
export function acronymFits(acronym: string, name: string): boolean {
  const letters = acronymLetters(acronym).toLowerCase();
  const words = name.replace(/^the\s+/iu, '').toLowerCase();
  if (letters.length < 2 || !words || letters[0] !== words[0]) return false;
  let at = 0;
  for (const ch of letters) {
    const found = words.indexOf(ch, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * Acronyms defined by a bracket after a name, "International Centre for Migration Policy
 * Development (ICMPD)": the acronym becomes a mention of the same thing, whatever recognised it.
 */
export function linkAcronyms(clean: string, mentions: readonly Candidate[]): Candidate[] {
  const defined: Candidate[] = [];
  for (const mention of mentions) {
    if (mention.type === 'date') continue;
    const following = BRACKETED.exec(clean.slice(mention.end, mention.end + 24));
    if (!following) continue;
    const acronym = following[1]!.trim();
    const expansion = clean.slice(mention.start, mention.end);
    if (acronym === expansion || !acronymFits(acronym, expansion)) continue;
    const start = clean.indexOf(acronym, mention.end);
    defined.push({
      start,
      end: start + acronym.length,
      type: mention.type,
      rule: 'acronym-definition',
      confidence: Math.max(mention.confidence, 0.8),
      canonical: mention.canonical ?? expansion,
    });
  }
  return defined;
}
