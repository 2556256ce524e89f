import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './state.js';

// Created once at start-up and never changed afterwards: no custom entities, no learned words.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'vs', 'v',
  'de', 'du', 'la', 'le', 'des', 'del', 'its', 'is', 'are', 'into', 'over', 'after', 'up',
]);

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

export interface Segmentation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

interface RawToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  kind: string;
  sentence: number;
  /** Made of pieces wink split apart at a letter it does not know. */
  glued?: boolean;
}

const LETTER_END = /[\p{L}\p{M}]$/u;
const LETTER_START = /^[\p{L}\p{M}]/u;

/** wink-nlp gives token values, not offsets: find each value in the text from a moving cursor. */
function locateTokens(clean: string): RawToken[] {
  const doc = nlp.readDoc(clean);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const sentenceOf = new Array<number>(values.length).fill(0);
  doc.sentences().each((sentence, index) => {
    sentence.tokens().each((token: { index(): number }) => {
      sentenceOf[token.index()] = index;
    });
  });
  const located: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (!value.trim()) continue;
    const at = clean.indexOf(value, cursor);
    // A token wink normalised beyond recognition is skipped rather than given a wrong offset.
    // Blanked boilerplate leaves long runs of spaces: a far match is right only across whitespace.
    if (at < 0 || (at - cursor > 64 && clean.slice(cursor, at).trim() !== '')) continue;
    cursor = at + value.length;
    // wink splits words at letters outside its alphabet ("Deli" "ć", "Chi" "ș" "in" "ă" "u"): glue
    // the pieces of one word back together.
    const previous = located[located.length - 1];
    if (previous && previous.end === at && (kinds[i] === 'unk' || previous.kind === 'unk' || previous.glued) && LETTER_END.test(previous.text) && LETTER_START.test(value)) {
      // A full stop wink read as part of an abbreviation ("i." of "Nội.") ends the sentence.
      const piece = value.length > 1 && value.endsWith('.') ? value.slice(0, -1) : value;
      previous.end = at + piece.length;
      previous.text += piece;
      previous.kind = 'word';
      previous.glued = true;
      if (piece !== value) {
        located.push({ start: previous.end, end: cursor, text: '.', pos: 'PUNCT', kind: 'punctuation', sentence: sentenceOf[i] ?? 0 });
      }
      continue;
    }
    located.push({
      start: at,
      end: cursor,
      text: value,
      pos: tags[i] ?? 'X',
      kind: kinds[i] ?? 'word',
      sentence: sentenceOf[i] ?? 0,
    });
  }
  return located;
}

/** Opening quotation marks and the marks that close them. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '‘': '’' };

/** True for a run of words whose content words are all capitalised, as titles and headings are. */
function isTitleCase(words: readonly string[], minimumContentWords: number): boolean {
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return content.length >= minimumContentWords && content.every((w) => UPPER_START.test(w) || /^\p{N}/u.test(w));
}

/**
 * Spans whose capitals carry no signal: lines in capitals; title-case lines that are not
 * sentences (no final full stop), as headlines and headings are; title-case phrases in quotes.
 */
function headlineSpans(clean: string): { headlines: Array<[number, number]>; titleCase: Array<[number, number]> } {
  const ranges: Array<[number, number]> = [];
  const titleCase: Array<[number, number]> = [];
  const line = /[^\n]+/gu;
  for (let m = line.exec(clean); m; m = line.exec(clean)) {
    const words = m[0].match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    if (words.length < 2) continue;
    const letters = m[0].replace(/[^\p{L}]/gu, '');
    const allCaps = letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    // A bullet item of two capitalised words ("• Opening Statement") is a heading as well.
    const bullet = /^\s*[•·*▪‣◦-]\s/u.test(m[0]) && words.length <= 8 && isTitleCase(words, 2);
    const heading =
      bullet ||
      words.length <= 20 &&
      !/[.!?;]["”’)]?\s*$/u.test(m[0]) &&
      isTitleCase(words, 3) &&
      words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || words.length >= 4);
    if (allCaps) ranges.push([m.index, m.index + m[0].length]);
    else if (heading) titleCase.push([m.index, m.index + m[0].length]);
  }
  const quoted = /["“«‘]([^"“”«»‘’\n]{3,200})["”»’]/gu;
  for (let m = quoted.exec(clean); m; m = quoted.exec(clean)) {
    const open = m[0][0]!;
    if (QUOTE_PAIRS[open] !== m[0][m[0].length - 1]) continue;
    const words = m[1]!.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    if (isTitleCase(words, 3)) ranges.push([m.index, m.index + m[0].length]);
  }
  return { headlines: mergeSpans(ranges), titleCase: mergeSpans(titleCase) };
}

/** Membership is all that matters: overlapping spans merge, so that a token meets at most one. */
function mergeSpans(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const range of ranges.sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Walks sorted, disjoint spans alongside increasing offsets. */
function spanCursor(spans: ReadonlyArray<[number, number]>): (offset: number) => boolean {
  let index = 0;
  return (offset) => {
    while (spans[index] && spans[index]![1] <= offset) index++;
    const span = spans[index];
    return span !== undefined && span[0] <= offset && offset < span[1];
  };
}

/** Tokens and sentences with character offsets; a line break always ends a sentence. */
export function segment(clean: string): Segmentation {
  const raw = locateTokens(clean);
  const spans = headlineSpans(clean);
  const isInHeadline = spanCursor(spans.headlines);
  const isInTitleCase = spanCursor(spans.titleCase);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceStartToken = 0;
  let expectInitial = true;
  const closeSentence = (endToken: number) => {
    if (endToken <= sentenceStartToken) return;
    const first = tokens[sentenceStartToken];
    const last = tokens[endToken - 1];
    if (first && last) {
      sentences.push({
        index: sentences.length,
        start: first.start,
        end: last.end,
        firstToken: sentenceStartToken,
        endToken,
      });
    }
    sentenceStartToken = endToken;
  };
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    const previous = raw[i - 1];
    const newLine = previous !== undefined && clean.slice(previous.end, t.start).includes('\n');
    if (previous && (newLine || previous.sentence !== t.sentence)) {
      closeSentence(tokens.length);
      expectInitial = true;
    }
    const inHeadline = isInHeadline(t.start);
    const inTitleCase = isInTitleCase(t.start);
    const isWord = LETTER.test(t.text);
    const sentenceInitial = expectInitial && isWord;
    if (isWord) expectInitial = false;
    // After a colon, a bullet or an opening quote, a capital is again conventional.
    if (/^[:•·"“‘(]$/u.test(t.text) || (t.text === '-' && (previous === undefined || newLine))) expectInitial = true;
    tokens.push({
      index: tokens.length,
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase().replace(/’/gu, "'"),
      pos: t.pos,
      kind: t.kind,
      sentence: sentences.length,
      sentenceInitial,
      inHeadline,
      inTitleCase,
    });
  }
  closeSentence(tokens.length);
  return { tokens, sentences };
}
