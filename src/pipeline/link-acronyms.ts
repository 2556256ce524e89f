import type { EntityType } from '../schema.js';
import type { Lexicons } from './lexicons.js';
import type { Candidate, Token } from './state.js';
import { yearsAfterNames } from './years-after-names.js';

const ACRONYM_IN_BRACKETS = /^[\p{Lu}][\p{Lu}\p{N}&.\- ]{0,14}?[\p{Lu}\p{N}]?s?$/u;
const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'against', 'to', 'in', 'de', 'du', 'des', '&']);
const LONGEST_EXPANSION = 14;

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
  // Digits in an acronym count words ("MC2CM": City-to-City), they are not letters of the name.
  const letters = acronymLetters(acronym).replace(/\p{N}/gu, '').toLowerCase();
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

/** The initials of a run of capitalised words: "Maritime Fraud Desk" → "MFD", "City-to-City" → "CC". */
function initials(words: readonly Token[]): string {
  return words
    .map((t) =>
      t.text
        .split('-')
        .map((part) => {
          // "MIgration EU eXpertise (MIEUX)": a word's inner capitals are letters of the acronym too.
          const capitals = part.replace(/[^\p{Lu}]/gu, '');
          return /^\p{Lu}/u.test(part) && capitals.length <= 1 ? part[0] : capitals;
        })
        .join(''),
    )
    .join('');
}

/** The kind a word after the bracket gives: "(MC2CM) initiative". */
function kindAfter(token: Token | undefined, lexicons: Lexicons): EntityType | undefined {
  if (!token) return undefined;
  const type = lexicons.heads.get(token.lower);
  return type === 'project' || type === 'event' || type === 'action-plan' ? type : undefined;
}

/**
 * Acronyms defined by a bracket after a name — "International Centre for Migration Policy
 * Development (ICMPD)", "Interpol's Maritime Fraud Desk (MFD)": the acronym becomes a mention of
 * the same thing, and the expansion becomes a name even where nothing else recognised it.
 */
export function linkAcronyms(
  clean: string,
  tokens: readonly Token[],
  mentions: readonly Candidate[],
  lexicons: Lexicons,
): Candidate[] {
  const endingAt = new Map(mentions.filter((m) => m.type !== 'date').map((m) => [m.end, m]));
  // Names by the end of a year written right after them: "… Action Plan 2024–2027".
  const namedBeforeYearEnding = new Map<number, Candidate>();
  for (const [i, year] of yearsAfterNames(clean, mentions)) namedBeforeYearEnding.set(year.end, mentions[i]!);
  const found: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= 4 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')') continue;
    const acronymStart = tokens[i + 1]!.start;
    const acronymEnd = tokens[close - 1]!.end;
    const acronym = clean.slice(acronymStart, acronymEnd);
    if (!ACRONYM_IN_BRACKETS.test(acronym) || acronymLetters(acronym).length < 2) continue;

    // The name right before the bracket (a closing quote may stand between).
    let last = i - 1;
    if (/^["”’»]$/u.test(tokens[last]!.text)) last--;
    const lastToken = tokens[last];
    if (!lastToken) continue;
    let known = endingAt.get(lastToken.end);
    // "the National Action Plan 2024–2027 (NAP)": the years between a name and its acronym.
    known ??= namedBeforeYearEnding.get(lastToken.end);
    if (known) {
      const expansion = clean.slice(known.start, known.end);
      // After a quoted title, a bracket gives its short name whatever its letters: "…" (ENIGMMA 2);
      // so does an unknown acronym after a body's name, as in another language: "Federal Ministry
      // for Economic Cooperation and Development (BMZ)". A known name in brackets is another thing: "(UK)".
      const foreignAcronym =
        known.type !== 'place' &&
        known.type !== 'person' &&
        acronymLetters(acronym).length >= 3 &&
        !lexicons.names.has(acronym.toLowerCase()) &&
        !lexicons.commonAcronyms.has(acronym.replace(/s$/u, ''));
      if (expansion !== acronym && (acronymFits(acronym, expansion) || known.rule === 'quoted-title' || foreignAcronym)) {
        // "Mediterranean City-to-City Migration (MC2CM) initiative": the word after the bracket types both.
        const kind = kindAfter(tokens[close + 1], lexicons);
        if (kind && kind !== known.type) found.push({ ...known, type: kind, rule: 'acronym-expansion', confidence: Math.min(1, known.confidence + 0.05) });
        found.push({
          start: acronymStart,
          end: acronymEnd,
          type: kind ?? known.type,
          rule: 'acronym-definition',
          // The text's own definition outweighs a gazetteer's other reading of the letters ("ICC").
          confidence: Math.max(known.confidence, 0.95),
          canonical: known.canonical ?? expansion,
        });
      }
      continue;
    }
    // Nothing recognised the name: read it off the capitalised words whose initials spell the acronym.
    const wanted = acronymLetters(acronym).replace(/\p{N}/gu, '');
    for (let first = Math.max(0, last - LONGEST_EXPANSION); first <= last; first++) {
      const words = tokens.slice(first, last + 1);
      if (!/^\p{Lu}/u.test(words[0]!.text) || words.some((t) => t.sentence !== lastToken.sentence)) continue;
      if (!words.every((t) => /\p{Lu}/u.test(t.text) || NAME_CONNECTORS.has(t.lower) || t.text === '-')) continue;
      if (initials(words) !== wanted) continue;
      const start = words[0]!.start;
      const expansion = clean.slice(start, lastToken.end);
      const type = kindAfter(tokens[close + 1], lexicons) ?? 'organisation';
      found.push({ start, end: lastToken.end, type, rule: 'acronym-expansion', confidence: 0.75 });
      found.push({ start: acronymStart, end: acronymEnd, type, rule: 'acronym-definition', confidence: 0.8, canonical: expansion });
      break;
    }
  }
  return [...found, ...expansionsInBrackets(clean, tokens, mentions, lexicons)];
}

/**
 * The other order: an acronym, then its expansion in brackets — "MOVE-ON (Mobility Opportunities
 * and Vocational Education for Outbound Nationals)", "the FAIRPATH project (Fair Pathways for
 * Labour Migration)". The expansion names the same thing as the acronym.
 */
function expansionsInBrackets(clean: string, tokens: readonly Token[], mentions: readonly Candidate[], lexicons: Lexicons): Candidate[] {
  const startingAt = new Map(mentions.filter((m) => m.type !== 'date').map((m) => [m.start, m]));
  const found: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]!.text !== '(') continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= LONGEST_EXPANSION + 1 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text !== ')' || close - i < 3) continue;
    const words = tokens.slice(i + 1, close);
    if (!/^\p{Lu}/u.test(words[0]!.text) || !words.every((t) => /^\p{Lu}/u.test(t.text) || NAME_CONNECTORS.has(t.lower) || t.text === '-')) continue;
    // The acronym right before the bracket, or before a kind word: "FAIRPATH project (…)".
    const kindWord = tokens[i - 1]!;
    const kind = kindAfter(kindWord, lexicons);
    const last = kind ? i - 2 : i - 1;
    if (last < 0) continue;
    // "MOVE-ON" is three tokens written as one word.
    let first = last;
    while (first > 0 && tokens[first - 1]!.end === tokens[first]!.start && first > last - 4) first--;
    const acronym = { start: tokens[first]!.start, end: tokens[last]!.end };
    const written = clean.slice(acronym.start, acronym.end);
    if (!ACRONYM_IN_BRACKETS.test(written) || acronymLetters(written).length < 3) continue;
    const expansion = clean.slice(words[0]!.start, words[words.length - 1]!.end);
    if (!acronymFits(written, expansion)) continue;
    const known = startingAt.get(acronym.start);
    const type = kind ?? (known && known.end === acronym.end && known.type !== 'place' && known.type !== 'person' ? known.type : 'organisation');
    found.push({ start: words[0]!.start, end: words[words.length - 1]!.end, type, rule: 'acronym-expansion', confidence: 0.8 });
    found.push({ ...acronym, type, rule: 'acronym-definition', confidence: 0.95, canonical: expansion });
  }
  return found;
}
