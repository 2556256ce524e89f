import type { EntityType } from '../schema.js';
import type { Candidate, Token } from './state.js';
import type { Lexicons } from './lexicons.js';
import { QUOTE_PAIRS } from './segment.js';
import { singular } from './singular.js';

const MAX_TITLE_TOKENS = 24;
/** Words a title leaves in lower case. */
const TITLE_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'into', 'against', 'among', 'along', 'across', 'between']);

/** The kind of thing a word next to a quoted title names: `the "…" project`, `adopts the "…" declaration`. */
function cueType(word: string | undefined, lexicons: Lexicons): EntityType | undefined {
  if (!word) return undefined;
  const type = lexicons.heads.get(word.toLowerCase()) ?? lexicons.heads.get(singular(word.toLowerCase()));
  return type === 'place' || type === 'person' ? undefined : type;
}

const PREPOSITIONS = new Set(['of', 'for', 'on', 'against', 'to', 'in', 'with', 'at', ':', '–', '-']);

/** The type the title's own head gives it: the last words before its first preposition. */
function ownHead(inner: readonly Token[], lexicons: Lexicons): EntityType | undefined {
  const cut = inner.findIndex((t) => PREPOSITIONS.has(t.lower));
  const pre = inner.slice(0, cut < 0 ? inner.length : cut).map((t) => t.lower);
  for (const width of [3, 2, 1]) {
    if (pre.length < width) continue;
    const type = cueType(pre.slice(-width).join(' '), lexicons);
    if (type) return type;
  }
  return undefined;
}

const SUBTITLE_SEPARATORS = new Set([':', '–', '—', '-']);
const LINKING_WORDS = new Set(['on', 'entitled', 'titled', 'called', 'named', 'of']);

/**
 * Titles in quotation marks, typed by the head word in them or next to them:
 * the "Sustaining Migration Management in Georgia" (ENIGMMA 2) project;
 * adopted the "Istanbul Commitments on the Silk Routes Partnership for Migration".
 */
export function recogniseQuotedTitles(clean: string, tokens: readonly Token[], lexicons: Lexicons): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const close = QUOTE_PAIRS[tokens[i]!.text];
    if (!close) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_TITLE_TOKENS && tokens[j]!.text !== close && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    const last = tokens[j];
    if (!last || last.text !== close || j - i < 2) continue;
    const inner = tokens.slice(i + 1, j);
    const words = inner.filter((t) => /^\p{L}/u.test(t.text) && !TITLE_FUNCTION_WORDS.has(t.lower));
    // A title capitalises its words; a quoted sentence does not. A subtitle after a colon or a
    // dash may be in sentence case: "A Call for Action – a five year plan".
    const subtitleAt = inner.findIndex((t, k) => k > 0 && SUBTITLE_SEPARATORS.has(t.text));
    const mainWords = subtitleAt < 0 ? words : words.filter((t) => t.start < inner[subtitleAt]!.start);
    const capitalised = mainWords.filter((t) => /^\p{Lu}/u.test(t.text));
    if (!words[0] || !/^\p{Lu}/u.test(words[0].text) || capitalised.length < Math.ceil(mainWords.length * 0.6) || words.length > 18) continue;
    const firstWord = inner[0]!;
    const lastWord = inner[inner.length - 1]!;
    // The word after the quote, skipping a bracketed acronym: "…" (MOBILAZE) project.
    let after = j + 1;
    if (tokens[after]?.text === '(') {
      while (after < tokens.length && tokens[after]!.text !== ')' && after - j < 8) after++;
      after++;
    }
    // The kind word before the quote may stand a preposition away: a roundtable on "…", the project "…".
    const before = tokens[i - 1];
    const twoBefore = tokens[i - 2] && before ? `${tokens[i - 2]!.text} ${before.text}` : undefined;
    const cueBefore =
      cueType(twoBefore, lexicons) ??
      cueType(before?.text, lexicons) ??
      (before && LINKING_WORDS.has(before.lower) ? cueType(tokens[i - 2]?.text, lexicons) : undefined);
    const type = cueType(tokens[after]?.text, lexicons) ?? cueBefore ?? ownHead(inner, lexicons);
    if (!type) continue;
    found.push({
      start: firstWord.start,
      end: lastWord.end,
      type,
      rule: 'quoted-title',
      confidence: 0.7,
    });
    i = j;
  }
  return found;
}
