import { isCommonWord, isCompromiseActor } from './lexicons.js';
import type { Token } from './state.js';

/** A word as names see it: tokens glued by hyphens without spaces ("City-to-City") form one unit. */
export interface NameUnit {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly sentenceInitial: boolean;
  readonly inHeadline: boolean;
  readonly inTitleCase: boolean;
  /** wink-nlp's part of speech for the first token. */
  readonly pos: string;
  /** The text of the token right after the unit, if any: "Thu" before "," is a weekday, before "Trang" a name. */
  readonly nextText?: string;
}

// Not '/': "MPs/CAMMs" is two names.
const GLUE = new Set(['-', '‐', '‑', '&']);

/** Splits a sentence's tokens into name units. */
export function nameUnits(
  clean: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  /** Head words ("Round-table", "University"): a hyphenated one is a name word, and a possessive before one may open a name. */
  isHeadWord: (lower: string) => boolean = () => false,
  /** Nouns for people and offices ("bishop", "prosecutor"): their possessive may open a name. */
  isPersonNoun: (lower: string) => boolean = isCompromiseActor,
): NameUnit[] {
  const units: NameUnit[] = [];
  let i = from;
  while (i < to) {
    const head = tokens[i]!;
    let last = i;
    // Glue "X-Y" and "X&Y" written without spaces into one unit ("UN-Habitat", "City-to-City", "AT&T").
    while (
      last + 2 < to &&
      GLUE.has(tokens[last + 1]!.text) &&
      tokens[last + 1]!.start === tokens[last]!.end &&
      tokens[last + 2]!.start === tokens[last + 1]!.end &&
      /^[\p{L}\p{N}]/u.test(tokens[last + 2]!.text)
    ) {
      last += 2;
    }
    // "EU-funded", "Local-level", "Whole-of-route": a lower-case tail makes a modifier, not a name.
    // "Hyun-joo", "Seo-yeon": a short capitalised part and a short part that is no English word is a given name.
    const givenNameParts = last === i + 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(head.text) && /^\p{Ll}{2,4}$/u.test(tokens[last]!.text) && !isCommonWord(tokens[last]!.text);
    if (last > i && /^\p{Lu}/u.test(head.text) && /^\p{Ll}/u.test(tokens[last]!.text) && !givenNameParts) {
      // …unless the whole is a name word in its own right: "Round-table".
      if (!isHeadWord(clean.slice(head.start, tokens[last]!.end).toLowerCase())) last = i;
    }
    // "Bishop's University", "Women's Refugee Commission": a possessive inside a name, before a head
    // word or a capitalised word and a head word; "Europol's European Migrant …" keeps its owner apart.
    const possessive = tokens[last + 1];
    const nextWord = tokens[last + 2];
    if (
      possessive &&
      nextWord &&
      last + 2 < to &&
      // A noun for people owns it ("Bishop", "Women"): not a body, as in "Department of State's Office".
      last === i &&
      isPersonNoun(head.text.toLowerCase()) &&
      /^['’]s$/u.test(possessive.text) &&
      possessive.start === tokens[last]!.end &&
      /^\p{Lu}/u.test(tokens[last]!.text) &&
      /^\p{Lu}/u.test(nextWord.text) &&
      (isHeadWord(nextWord.text.toLowerCase()) ||
        (last + 3 < to && /^\p{Lu}/u.test(tokens[last + 3]!.text) && isHeadWord(tokens[last + 3]!.text.toLowerCase())))
    ) {
      last += 1;
    }
    // "Mayors' Summit", "Workers' Party": a plural possessive's apostrophe stays with its word
    // when a capitalised word follows.
    const apostrophe = tokens[last + 1];
    if (
      apostrophe &&
      last + 2 < to &&
      /^['’]$/u.test(apostrophe.text) &&
      apostrophe.start === tokens[last]!.end &&
      /s$/u.test(tokens[last]!.text) &&
      /^\p{Lu}/u.test(tokens[last]!.text) &&
      tokens[last + 2]!.start > apostrophe.end &&
      /^\p{Lu}/u.test(tokens[last + 2]!.text)
    ) {
      last += 1;
    }
    const tail = tokens[last]!;
    const text = clean.slice(head.start, tail.end);
    units.push({
      first: i,
      last,
      start: head.start,
      end: tail.end,
      text,
      lower: text.toLowerCase().replace(/’/gu, "'"),
      sentenceInitial: head.sentenceInitial,
      inHeadline: head.inHeadline,
      inTitleCase: head.inTitleCase,
      pos: head.pos,
      ...(tokens[last + 1] ? { nextText: tokens[last + 1]!.text } : {}),
    });
    i = last + 1;
  }
  return units;
}
