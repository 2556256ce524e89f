// Names that share one plural head: "the Rabat and Khartoum Processes" names the Rabat Process and
// the Khartoum Process; "Central and Western Mediterranean Routes" two routes.
import type { EntityType } from '../schema.js';
import type { Lexicons } from './lexicons.js';
import { isCommonWord } from './lexicons.js';
import { singular } from './singular.js';
import type { Candidate, Token } from './state.js';

const COORDINATORS = new Set(['and', '&']);
/** Compass words coordinate in lower case too: "along the central and western Mediterranean routes". */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
const MAX_SHARED_WORDS = 4;
const CAPITALISED = /^\p{Lu}/u;

/** The type and singular of a plural head word ("Processes" → organisation, "Process"). */
function pluralHead(token: Token, lexicons: Lexicons): { type: EntityType; singular: string } | undefined {
  if (!/s$/u.test(token.lower) || lexicons.heads.has(token.lower)) return undefined;
  const type = lexicons.heads.get(singular(token.lower));
  if (!type || type === 'person' || type === 'date') return undefined;
  return { type, singular: singular(token.text) };
}

const isModifier = (token: Token | undefined, lexicons: Lexicons): token is Token =>
  !!token &&
  token.kind === 'word' &&
  (CAPITALISED.test(token.text) || COMPASS.has(token.lower)) &&
  !lexicons.heads.has(token.lower) &&
  !pluralHead(token, lexicons);

/** A place, a body's own name or a compass word; not an ordinary or a nationality word ("European"). */
function standsForName(token: Token, lexicons: Lexicons): boolean {
  if (COMPASS.has(token.lower)) return true;
  if (lexicons.demonyms.has(token.lower) || lexicons.languages.has(token.lower)) return false;
  return lexicons.names.has(token.lower) || !isCommonWord(token.lower);
}

/**
 * "A and B [C …] Heads": a mention for A and one for "B … Heads", each with the full name it
 * stands for. A place head keeps the number written ("Mediterranean Routes" is a name of its own);
 * other heads are made singular ("Khartoum Process").
 */
export function recogniseSharedHeads(clean: string, tokens: readonly Token[], lexicons: Lexicons): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!COORDINATORS.has(tokens[i]!.lower)) continue;
    const first = tokens[i - 1]!;
    if (!isModifier(first, lexicons) || (i >= 2 && isModifier(tokens[i - 2], lexicons))) continue;
    // "Migration and Development Strategies" is one name with ordinary words: only a name or a
    // compass word stands for a name of its own.
    if (!standsForName(first, lexicons)) continue;
    let last = i + 1;
    while (last < tokens.length && last - i <= MAX_SHARED_WORDS && isModifier(tokens[last], lexicons)) last++;
    const head = tokens[last];
    if (!head || last === i + 1 || clean.slice(first.start, head.end).includes('\n')) continue;
    const plural = pluralHead(head, lexicons);
    if (!plural) continue;
    // A lower-case head is no part of the names ("Ouaddaï and Wadi Fira provinces"), but for
    // compass words: "the central and western Mediterranean routes".
    if (!CAPITALISED.test(head.text) && !COMPASS.has(first.lower)) continue;
    // Both conjuncts capitalised, or both compass words: "Rabat and Khartoum", "central and western".
    const second = tokens[i + 1]!;
    if (!standsForName(second, lexicons) || COMPASS.has(first.lower) !== COMPASS.has(second.lower)) continue;
    const shared = clean.slice(tokens[i + 2]?.start ?? head.start, head.start);
    const headWord = plural.type === 'place' ? head.text : plural.singular;
    const sharedTail = last > i + 2 ? `${shared}${headWord}` : headWord;
    found.push(
      { start: first.start, end: first.end, type: plural.type, rule: 'shared-head', confidence: 0.95, canonical: `${first.text} ${sharedTail}` },
      { start: second.start, end: head.end, type: plural.type, rule: 'shared-head', confidence: 0.95, canonical: `${second.text} ${sharedTail}` },
    );
  }
  return found;
}
