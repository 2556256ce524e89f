// Sides in a contest: in a sports report, a city or region named as one side of a match is the
// club that plays there ("Leicestershire beat Somerset", "Minnesota 6 Milwaukee 1"), an
// organisation. A country stays a place: a national side is named by, and counted as, its country.
import type { Lexicons } from './lexicons.js';
import { phraseKey } from './phrase-key.js';
import type { Candidate, Token } from './state.js';

/** One element of a line as the contest rules see it. */
type Slot =
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly first: number; readonly last: number; readonly mention?: Candidate }
  | { readonly kind: 'number'; readonly first: number }
  | { readonly kind: 'date'; readonly first: number }
  | { readonly kind: 'word'; readonly lower: string; readonly first: number };

/** Prepositions after which a place name is the place, even in a sports report: "in Leeds", "Boston at Detroit". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'of', 'across', 'around', 'throughout', 'between']);
const NAME_JOINERS = new Set(['&', "'s"]);
const NUMBER = /^[+-]?\d[\d,./-]*$|^-$/u;
const MIN_TABLE_COLUMNS = 3;
const CAPITALISED = /^\p{Lu}/u;
/** Capitalised at a line start or in shouted text, these still join rather than name: "At Hove", "NEW YORK AT BOSTON". */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'at', 'in', 'on', 'of', 'for', 'by', 'to', 'and', 'or', 'after', 'before', 'with', 'from', 'as', 'but', 'if', 'v', 'vs', 'versus']);
const isNameWord = (token: Token) => token.kind === 'word' && CAPITALISED.test(token.text) && !FUNCTION_WORDS.has(token.lower);

function isNumberToken(token: Token): boolean {
  return token.kind === 'number' || NUMBER.test(token.text);
}

/** The lines of the text as slots: mentions, runs of capitalised words, numbers, other words. */
function linesOf(clean: string, tokens: readonly Token[], mentionAt: ReadonlyMap<number, Candidate>): Slot[][] {
  const lines: Slot[][] = [];
  let line: Slot[] = [];
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (previousEnd >= 0 && clean.slice(previousEnd, token.start).includes('\n')) {
      lines.push(line);
      line = [];
    }
    const mention = mentionAt.get(token.start);
    if (mention) {
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
      line.push(mention.type === 'date' ? { kind: 'date', first: i } : { kind: 'name', start: mention.start, end: mention.end, first: i, last, mention });
      previousEnd = tokens[last]!.end;
      i = last;
      continue;
    }
    if (isNameWord(token)) {
      let last = i;
      while (last + 1 < tokens.length) {
        const next = tokens[last + 1]!;
        if (mentionAt.has(next.start) || clean.slice(tokens[last]!.end, next.start).includes('\n')) break;
        if (!isNameWord(next) && !NAME_JOINERS.has(next.text)) break;
        last++;
      }
      line.push({ kind: 'name', start: token.start, end: tokens[last]!.end, first: i, last });
      previousEnd = tokens[last]!.end;
      i = last;
      continue;
    }
    // ".474", "1/2", "-": a table's columns are numbers, whatever their punctuation.
    if (isNumberToken(token) || (token.text === '.' && tokens[i + 1] && tokens[i + 1]!.kind === 'number' && tokens[i + 1]!.start === token.end)) {
      if (line[line.length - 1]?.kind !== 'number' || token.text !== '.') line.push({ kind: 'number', first: i });
    } else line.push({ kind: 'word', lower: token.lower, first: i });
    previousEnd = token.end;
  }
  if (line.length) lines.push(line);
  return lines;
}

type NameSlot = Extract<Slot, { kind: 'name' }>;
const isName = (slot: Slot | undefined): slot is NameSlot => slot?.kind === 'name';
const isWord = (slot: Slot | undefined, words: ReadonlySet<string>): boolean => slot?.kind === 'word' && words.has(slot.lower);
const AT = new Set(['at']);
const POSSESSIVE = new Set(["'s"]);
const COLON = new Set([':']);
const OPEN = new Set(['(']);
const CLOSE = new Set([')']);
const SCORE_JOINERS = new Set(['and', 'for', '-']);
const SEPARATORS = new Set([',', ';', '.']);
const COMMA = new Set([',']);
const AND_OR = new Set(['and', 'or']);
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);
const FIXTURE_ENDS = new Set(['(', ':']);
const PUNCTUATION = new Set(['.', ',']);
const THE = new Set(['the']);

/** Two-word phrases first, so that "drew with" wins over nothing and "lost to" over "lost". */
function phraseAt(line: readonly Slot[], at: number, phrases: ReadonlySet<string>): number {
  const one = line[at];
  const two = line[at + 1];
  if (one?.kind === 'word' && two?.kind === 'word' && phrases.has(`${one.lower} ${two.lower}`)) return 2;
  return one?.kind === 'word' && phrases.has(one.lower) ? 1 : 0;
}

/** "Red Star ( Yugoslavia ) beat": the slot after a name and its bracketed country, if any. */
function afterBracket(line: readonly Slot[], at: number): number {
  if (isWord(line[at], OPEN) && isName(line[at + 1]) && isWord(line[at + 2], CLOSE)) return at + 3;
  return at;
}

/** A name and the names coordinated with it: "Essex , Derbyshire and Surrey". */
function withCoordinated(line: readonly Slot[], at: number): NameSlot[] {
  const names: NameSlot[] = [];
  let i = at;
  while (isName(line[i])) {
    names.push(line[i] as NameSlot);
    i = afterBracket(line, i + 1);
    if (isWord(line[i], LIST_JOINERS) && isName(line[i + 1])) i++;
    else if (isWord(line[i], COMMA) && isWord(line[i + 1], AND_OR) && isName(line[i + 2])) i += 2;
    else break;
  }
  return names;
}

/**
 * A results line, nothing but sides and their scores: "Torquay 2 Exeter 0", "Red Star 92 Dinamo 90
 * ( halftime 40-45 )", "At Hove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8", after an optional
 * venue. Bracketed details are skipped; any other word makes it prose.
 */
function resultSides(line: readonly Slot[]): NameSlot[] {
  const isVenue = (slot: Slot | undefined) => isName(slot) && slot.mention?.type === 'place';
  let i = line[0]?.kind === 'date' ? 1 : 0;
  if (isWord(line[i], AT) && isVenue(line[i + 1]) && isWord(line[i + 2], COLON)) i += 3;
  else if (isVenue(line[i]) && isWord(line[i + 1], COLON)) i += 2;
  const sides: NameSlot[] = [];
  while (i < line.length) {
    const side = line[i];
    if (!isName(side) || line[i + 1]?.kind !== 'number') break;
    sides.push(side);
    i += 2;
    while (line[i]?.kind === 'number' || (isWord(line[i], SCORE_JOINERS) && line[i + 1]?.kind === 'number')) i++;
    if (isWord(line[i], OPEN)) {
      const close = line.findIndex((slot, k) => k > i && isWord(slot, CLOSE));
      if (close < 0) return [];
      i = close + 1;
    }
    while (isWord(line[i], SEPARATORS)) i++;
  }
  return sides.length >= 2 && i >= line.length ? sides : [];
}

/** A fixture line: "Leeds v Chelsea", "NEW YORK AT CALIFORNIA", "May 17 v Northampton". */
function fixtureSides(line: readonly Slot[], lexicons: Lexicons): NameSlot[] {
  let i = line[0]?.kind === 'date' ? 1 : 0;
  const end = line.findIndex((s, k) => k > i && isWord(s, FIXTURE_ENDS));
  const body = line.slice(i, end < 0 ? undefined : end).filter((s) => !isWord(s, PUNCTUATION));
  if (body.length === 3 && isName(body[0]) && isName(body[2]) && (isWord(body[1], AT) || phraseAt(body, 1, lexicons.contestLinks) === 1)) {
    return [body[0], body[2]];
  }
  if (i === 1 && body.length === 2 && isName(body[1]) && phraseAt(body, 0, lexicons.contestLinks) === 1) return [body[1]];
  return [];
}

/** A standings row: a name, then nothing but numbers ("Puchon 3 1 0 6 1 10"). */
function tableSide(line: readonly Slot[]): NameSlot[] {
  const first = line[0];
  if (!isName(first) || line.length < 1 + MIN_TABLE_COLUMNS) return [];
  return line.slice(1).every((s) => s.kind === 'number') ? [first] : [];
}

/** Sides named in running text: "Kent beat Essex", "against Yorkshire", "rivals Essex , Derbyshire and Surrey". */
function proseSides(line: readonly Slot[], lexicons: Lexicons): NameSlot[] {
  const sides: NameSlot[] = [];
  for (let i = 0; i < line.length; i++) {
    const link = phraseAt(line, i, lexicons.contestLinks);
    if (link > 0) {
      let before = i - 1;
      if (isWord(line[before], CLOSE) && isName(line[before - 1]) && isWord(line[before - 2], OPEN)) before -= 3;
      if (isName(line[before]) && isName(line[i + link])) sides.push(line[before] as NameSlot, ...withCoordinated(line, i + link));
    }
    // "Norwich striker Keith O'Neill", "Surrey 's Adam Hollioake": a side's players.
    const slot = line[i];
    if (isName(slot) && (isWord(line[i + 1], lexicons.sideMembers) || (isWord(line[i + 1], POSSESSIVE) && line[i + 2] && isName(line[i + 2]) && (line[i + 2] as NameSlot).mention?.type === 'person'))) {
      sides.push(slot);
    }
    const cue = phraseAt(line, i, lexicons.sideCues);
    if (cue > 0) {
      let next = i + cue;
      if (isWord(line[next], THE)) next++;
      sides.push(...withCoordinated(line, next));
    }
  }
  return sides;
}

/** "LONDON 1996-08-30", "WIGAN , England 1996-08-31": the place a report was filed from. */
function isDateline(line: readonly Slot[]): boolean {
  if (!isName(line[0])) return false;
  const next = isWord(line[1], COMMA) && isName(line[2]) ? 3 : 1;
  return line[next]?.kind === 'date' || (line[next]?.kind === 'number' && line.length === next + 1);
}

/** "Leeds beat Derby 2-0": a contest between two names with a score is a result, in prose too. */
function hasScoredContest(line: readonly Slot[], lexicons: Lexicons): boolean {
  for (let i = 1; i < line.length; i++) {
    const link = phraseAt(line, i, lexicons.contestLinks);
    if (link > 0 && isName(line[i - 1]) && isName(line[i + link]) && line[i + link + 1]?.kind === 'number') return true;
  }
  return false;
}

function isSportsReport(tokens: readonly Token[], resultLines: number, lexicons: Lexicons): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.lower;
    if (lexicons.sportWords.has(word)) seen.add(word);
    else if (i + 1 < tokens.length && lexicons.sportWords.has(`${word} ${tokens[i + 1]!.lower}`)) seen.add(`${word} ${tokens[i + 1]!.lower}`);
  }
  return seen.size >= 2 || (seen.size >= 1 && resultLines >= 1) || resultLines >= 3;
}

/**
 * Retypes the places that play as teams in a sports report, everywhere they are so used, and adds
 * the sides of results lines and tables that nothing else recognised. Other documents are returned
 * unchanged.
 */
export function recogniseTeams(clean: string, tokens: readonly Token[], mentions: readonly Candidate[], lexicons: Lexicons): Candidate[] {
  const mentionAt = new Map<number, Candidate>();
  for (const m of mentions) mentionAt.set(m.start, m);
  const lines = linesOf(clean, tokens, mentionAt);
  const tabular = lines.map((line) => [...resultSides(line), ...fixtureSides(line, lexicons)]);
  const results = lines.filter((line, i) => tabular[i]!.length > 0 || hasScoredContest(line, lexicons)).length;
  if (!isSportsReport(tokens, results, lexicons)) return [...mentions];

  const sides: NameSlot[] = [];
  lines.forEach((line, i) => sides.push(...tabular[i]!, ...tableSide(line), ...proseSides(line, lexicons)));

  const keyOf = (slot: { start: number; end: number }) => phraseKey(clean.slice(slot.start, slot.end));
  const teams = new Set<string>();
  const added: Candidate[] = [];
  const addedAt = new Set<number>();
  for (const side of sides) {
    const key = keyOf(side);
    if (lexicons.countryNames.has(key)) continue;
    if (side.mention) {
      if (side.mention.type === 'place' || side.mention.type === 'organisation') teams.add(key);
    } else if (!addedAt.has(side.start) && /\p{L}\p{L}/u.test(clean.slice(side.start, side.end))) {
      teams.add(key);
      addedAt.add(side.start);
      added.push({ start: side.start, end: side.end, type: 'organisation', rule: 'team', confidence: 0.5 });
    }
  }
  if (teams.size === 0) return [...mentions];

  // "LONDON 1996-08-30": a dateline names the place the report was filed from.
  const datelines = new Set(lines.filter(isDateline).map((line) => (line[0] as NameSlot).start));
  const previousWord = new Map<number, string>();
  for (let i = 1; i < tokens.length; i++) {
    if (!clean.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n')) previousWord.set(tokens[i]!.start, tokens[i - 1]!.lower);
  }
  const retyped = mentions.map((m): Candidate => {
    if ((m.type !== 'place' && m.type !== 'organisation') || !teams.has(keyOf(m))) return m;
    const before = previousWord.get(m.start);
    if ((before && LOCATIVE.has(before)) || datelines.has(m.start)) return m;
    // The team is another entity than the city: it keeps no link to the city's canonical name.
    const { canonical: _city, ...team } = m;
    return { ...team, type: 'organisation', rule: 'team', confidence: Math.max(m.confidence, 0.6) };
  });
  return [...retyped, ...added];
}
