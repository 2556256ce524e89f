// Where a name starts and ends: conventional capitals, coordinations, titles, "X of Y" and
// descriptions that look like names.
import { isCommonWord, isCompromiseDemonym, isCompromiseAdjective, isCompromiseGivenName, isCompromisePlural, verbFormOf, type Lexicons } from './lexicons.js';
import { phraseKey } from './phrase-key.js';
import { ACRONYM, COORDINATORS, chunkText, headType, sliceChunk } from './name-chunk.js';
import { singular } from './singular.js';
import type { Chunk } from './name-chunk.js';

/** wink-nlp tags that a capitalised sentence-opening word never has when it is a name. */
const FUNCTION_POS = new Set(['VERB', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'ADJ', 'NUM']);
const COMPANY_FORMS = new Set(['corp', 'corporation', 'inc', 'ltd', 'limited', 'co', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'llc', 'group', 'holdings', 'spa', 'bhd']);
/**
 * "Maltese Chairmanship of the ICMPD Steering Group", "Strand C of the Mobility Partnership
 * Facility": an unnamed thing of a named one. Keeps the named part.
 */
export function trimUnheadedPrefix(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk {
  const at = chunk.firstPreposition;
  if (at <= 0 || lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return chunk;
  const pre = sliceChunk(chunk, 0, at);
  const post = sliceChunk(chunk, at, chunk.units.length);
  if (headType(pre, lexicons) || lexicons.names.has(phraseKey(chunkText(clean, pre)))) return chunk;
  // "Maltese Chairmanship …", "Strand C …": a nationality or ordinary words before the "of".
  const preIsDescription =
    lexicons.demonyms.has(pre.units[0]!.lower) ||
    pre.units.every((u) => isCommonWord(u.lower) || u.text.length === 1 || lexicons.personTitles.has(u.lower));
  const postIsName = lexicons.names.has(phraseKey(chunkText(clean, post))) || headType(post, lexicons) !== undefined;
  return preIsDescription && postIsName ? post : chunk;
}

/**
 * "Jesper Parnevik of Sweden", "Lynn Reaser of Barnett Banks Inc.", "Kia Motor Corp of South Korea":
 * a complete name, then "of" and where it belongs. Split them; "University of Oxford" stays whole.
 */
export function splitAffiliationOf(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk[] {
  const at = chunk.firstPreposition;
  if (at <= 0 || lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [chunk];
  const pre = sliceChunk(chunk, 0, at);
  const post = sliceChunk(chunk, at, chunk.units.length);
  const preKnown = lexicons.names.get(phraseKey(chunkText(clean, pre)));
  const postKnown = lexicons.names.get(phraseKey(chunkText(clean, post)));
  // "Germany against the Czech Republic": two known names facing each other are two names.
  if ((chunk.connectors.get(at) ?? []).includes('against') && preKnown && postKnown) return [pre, post];
  // "fled Sudan for Chad": two known places never make one name across "for".
  if ((chunk.connectors.get(at) ?? []).includes('for') && preKnown?.type === 'place' && postKnown?.type === 'place') return [pre, post];
  // "Santa Maria Police Station on the Island of Sal": one place on another.
  if ((chunk.connectors.get(at) ?? []).includes('on')) {
    const isPlace = (part: Chunk, known: typeof preKnown) => known?.type === 'place' || headType(part, lexicons) === 'place';
    return isPlace(pre, preKnown) && isPlace(post, postKnown) ? [pre, post] : [chunk];
  }
  if (!(chunk.connectors.get(at) ?? []).every((w) => w === 'of' || w === 'the')) return [chunk];
  // A company's legal form closes its name ("Kia Motor Corp of South Korea"); an institution's
  // country belongs to it ("Supreme Court of Kenya").
  const preIsCompany = pre.units.length >= 2 && COMPANY_FORMS.has(pre.units[pre.units.length - 1]!.lower.replace(/\.$/u, ''));
  // "Professor Amadou Diallo of …": the person is read past a leading title.
  const titled = titleLength(pre, 0, lexicons);
  const person = titled > 0 && titled < pre.units.length ? sliceChunk(pre, titled, pre.units.length) : pre;
  const preIsPerson = titled < pre.units.length && (person.units.length >= 2 || titled > 0) && looksLikePerson(person, lexicons) && !headType(person, lexicons);
  if (preIsPerson || ((preIsCompany || preKnown?.type === 'place') && postKnown?.type === 'place')) return [pre, post];
  return [chunk];
}

/** "Lebanese Ministries", "EU Member States", "Migration Routes": a plural class noun, not a name. */
export function isPluralDescription(chunk: Chunk, lexicons: Lexicons): boolean {
  if (chunk.firstPreposition >= 0 || chunk.units.length < 2) return false;
  // A class of instruments written as a name is one: "Mobility Partnerships".
  if (lexicons.heads.has(chunk.units.map((u) => u.lower).join(' '))) return false;
  const last = chunk.units[chunk.units.length - 1]!.lower;
  if (!last.endsWith('s') || lexicons.heads.has(last) || !lexicons.heads.has(singular(last))) return false;
  const modifiers = chunk.units.slice(0, -1);
  // "Western Mediterranean Routes": routes or regions of a named place are a named place.
  if (lexicons.heads.get(singular(last)) === 'place' && lexicons.names.get(phraseKey(modifiers.map((u) => u.text).join(' ')))?.type === 'place') {
    return false;
  }
  if (lexicons.demonyms.has(phraseKey(modifiers.map((u) => u.text).join(' ')))) return true;
  return modifiers.every(
    (u) => isCommonWord(u.lower) || lexicons.demonyms.has(u.lower) || ACRONYM.test(u.text) || lexicons.names.has(u.lower) || /-/u.test(u.text),
  );
}

/** Drops a capitalised sentence-opening word that is ordinary English ("Speeches", "Download"). */
export function dropConventionalCapital(chunk: Chunk, lexicons: Lexicons): Chunk | undefined {
  const first = chunk.units[0]!;
  if (!first.sentenceInitial) return chunk;
  const known = lexicons.names.has(phraseKey(first.text)) || lexicons.givenNames.has(first.lower) || isCompromiseGivenName(first.lower);
  const ordinary = lexicons.nonEntityCapitals.has(first.lower) || (!known && (isCommonWord(first.lower) || FUNCTION_POS.has(first.pos)));
  if (!ordinary) return chunk;
  // A multi-word name with a typing head keeps its first word: "National Immigration Strategy".
  if (chunk.units.length >= 2 && !chunk.connectors.has(1) && headType(chunk, lexicons) && !lexicons.nonEntityCapitals.has(first.lower)) return chunk;
  if (chunk.units.length === 1) return undefined;
  return sliceChunk(chunk, chunk.connectors.has(1) ? 1 : 1, chunk.units.length);
}

/**
 * Splits at "and"/"&" when the parts are names of their own ("France & Sweden"), and keeps
 * the coordination inside one name when it belongs to it ("Office on Drugs and Crime").
 */
export function splitCoordinations(clean: string, chunk: Chunk, lexicons: Lexicons): Chunk[] {
  if (lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [chunk];
  for (const [at, run] of chunk.connectors) {
    if (!run.some((w) => COORDINATORS.has(w))) continue;
    const left = sliceChunk(chunk, 0, at);
    const right = sliceChunk(chunk, at, chunk.units.length);
    const insidePreposition = chunk.firstPreposition >= 0 && chunk.firstPreposition < at;
    const leftHead = headType(left, lexicons);
    const rightHead = headType(right, lexicons);
    // "Border Management and Security Programme", "Migration and Development Strategy": ordinary
    // words before "and" share the head that follows; names ("France & Sweden") do not.
    const leftLast = left.units[left.units.length - 1]!;
    // A head that opens the right part ("… and Policía Nacional") is that part's alone.
    const sharedHead =
      !leftHead && rightHead && !lexicons.leadingHeads.has(right.units[0]!.lower) && isCommonWord(leftLast.lower) && !lexicons.names.has(phraseKey(chunkText(clean, left)));
    // "Office on Refugees and Returnees": after a preposition, "and" joins the name's complements,
    // unless what follows is a name of its own ("… and MIEUX", "… and Ministry of Y").
    const rightFirst = right.units[0]!;
    // "… of Hacettepe University and Marcus Whitfield": a person's name after "and" is a name of its own.
    const rightIsPerson =
      (lexicons.givenNames.has(rightFirst.lower) || isCompromiseGivenName(rightFirst.lower)) &&
      right.firstPreposition !== 1 &&
      looksLikePerson(sliceChunk(right, 0, right.firstPreposition > 0 ? right.firstPreposition : right.units.length), lexicons);
    // "Heads of State and Government", "Ministry of Foreign Affairs and Trade": inside a complement a
    // lone head word after "and" completes the phrase; it opens a name only with words of its own.
    const headOpens = lexicons.heads.has(rightFirst.lower) && (right.units.length >= 2 || !insidePreposition);
    const rightOpensName =
      headOpens || lexicons.leadingHeads.has(rightFirst.lower) || ACRONYM.test(rightFirst.text) || lexicons.names.has(phraseKey(chunkText(clean, right))) || rightIsPerson || lexicons.personTitles.has(rightFirst.lower);
    if ((insidePreposition && !rightOpensName) || sharedHead) continue;
    return [...splitCoordinations(clean, left, lexicons), ...splitCoordinations(clean, right, lexicons)];
  }
  return [chunk];
}

const ROMAN_NUMERAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/u;
/** Acronyms that describe what follows: "NGO Casa Speranței", "INGO Mercy Corps". */
const DESCRIPTOR_ACRONYMS = new Set(['NGO', 'NGOs', 'INGO', 'CSO', 'CSOs']);
const TITLE_RANKS = new Set(['senior', 'junior', 'chief', 'lead', 'principal', 'acting', 'interim', 'technical', 'legal', 'regional', 'country']);

/** The number of units, from `from`, that make a person's title ("Deputy Minister", "Swiss Special Delegate"). */
function titleLength(chunk: Chunk, from: number, lexicons: Lexicons): number {
  // "Chief Executive" is a title as written; "Senior Specialist" only past its rank word.
  const exact = exactTitleLength(chunk, from, lexicons);
  if (exact > 0) return exact;
  let i = from;
  // Nationality or "European" before a title: "European Commissioner", "Swiss Special Delegate".
  while (i < chunk.units.length && lexicons.demonyms.has(chunk.units[i]!.lower) && !chunk.connectors.has(i + 1)) i++;
  // Rank words before a title: "Senior Specialist", "Chief Technical Adviser".
  while (i + 1 < chunk.units.length && TITLE_RANKS.has(chunk.units[i]!.lower) && !chunk.connectors.has(i + 1)) i++;
  let matched = listedTitleWidth(chunk, i, lexicons, true);
  // "Policy Analyst", "Regional Programme Officer": ordinary words before an office-holder's noun.
  if (matched === 0) {
    for (let width = 2; width <= 3 && i + width <= chunk.units.length; width++) {
      const words = chunk.units.slice(i, i + width);
      const head = words[width - 1]!.lower;
      if (words.some((u, k) => k > 0 && chunk.connectors.has(i + k))) break;
      if (OFFICE_HOLDERS.has(head) && words.slice(0, -1).every((u) => isCommonWord(u.lower) && !lexicons.names.has(u.lower))) {
        matched = width;
        break;
      }
    }
  }
  return matched === 0 ? 0 : i - from + matched;
}

/**
 * The widest title of the lexicon, up to four words with their connectors, that starts at `at`
 * ("Head of Mission"); with `orShortForm`, also an honorific or a short form alone ("Dr", "DG").
 */
function listedTitleWidth(chunk: Chunk, at: number, lexicons: Lexicons, orShortForm: boolean): number {
  for (let width = Math.min(4, chunk.units.length - at); width >= 1; width--) {
    const words: string[] = [];
    for (let k = at; k < at + width; k++) {
      if (k > at) words.push(...(chunk.connectors.get(k) ?? []));
      words.push(chunk.units[k]!.lower.replace(/\.$/u, ''));
    }
    if (lexicons.personTitles.has(words.join(' '))) return width;
    if (width === 1 && orShortForm && (lexicons.honorifics.has(words[0]!) || PERSON_ABBREVIATIONS.has(chunk.units[at]!.text))) return 1;
  }
  return 0;
}

function exactTitleLength(chunk: Chunk, at: number, lexicons: Lexicons): number {
  const listed = listedTitleWidth(chunk, at, lexicons, false);
  if (listed > 0) return listed;
  // "Presidents Faye and Boateng": a plural title before several names.
  const one = chunk.units[at]!.lower.replace(/\.$/u, '');
  return one.endsWith('s') && lexicons.personTitles.has(singular(one)) && /^\p{Lu}/u.test(chunk.units[at]!.text) ? 1 : 0;
}

/** Nouns that close a job title after words naming its field: "Policy Analyst", "Protection Officer". */
const OFFICE_HOLDERS = new Set(['analyst', 'officer', 'adviser', 'advisor', 'specialist', 'coordinator', 'manager', 'researcher', 'fellow', 'expert', 'consultant', 'lecturer', 'editor', 'assistant', 'associate', 'correspondent', 'director']);

/** Short forms that stand before a name as a title: "DG Michael Spindelegger". */
const PERSON_ABBREVIATIONS = new Set(['DG', 'SG', 'CEO', 'MP', 'MEP', 'PM']);

function looksLikePerson(chunk: Chunk, lexicons: Lexicons): boolean {
  if (chunk.units.length === 0 || chunk.firstPreposition >= 0) return false;
  if (chunk.units.some((u) => lexicons.demonyms.has(u.lower) || isCompromiseDemonym(u.lower))) return false;
  const first = chunk.units[0]!;
  if (lexicons.givenNames.has(first.lower) || lexicons.ambiguousGivenNames.has(first.lower) || isCompromiseGivenName(first.lower)) return true;
  return chunk.units.every((u) => !isCommonWord(u.lower) && !ACRONYM.test(u.text)) && !headType(chunk, lexicons);
}

interface Titled {
  chunk: Chunk;
  title?: string;
}

/**
 * Separates titles from names: "Director General Spindelegger" (title kept for the role),
 * "Ambassador of Switzerland" and "Head of Europol" (the title and its "of" dropped),
 * "ICMPD Director Michael Spindelegger" (split into the organisation and the titled person).
 * A name that merely starts with a title word stays whole: "General Directorate of …".
 */
export function separateTitles(clean: string, chunk: Chunk, lexicons: Lexicons): Titled[] {
  if (lexicons.names.has(phraseKey(chunkText(clean, chunk)))) return [{ chunk }];
  // "Australian Tom Moody": a nationality before a person's name describes the person.
  if (chunk.units.length >= 3 && !chunk.connectors.has(1) && lexicons.demonyms.has(chunk.units[0]!.lower)) {
    const rest = sliceChunk(chunk, 1, chunk.units.length);
    if (looksLikePerson(rest, lexicons)) return separateTitles(clean, rest, lexicons);
  }
  const units = chunk.units;
  // A title word inside a name's complement is part of the name: "Commission on … Criminal Justice".
  const lastTitleStart = chunk.firstPreposition > 0 ? chunk.firstPreposition : units.length;
  for (let at = 0; at < lastTitleStart; at++) {
    if (at > 0 && chunk.connectors.has(at)) continue;
    const length = titleLength(chunk, at, lexicons);
    if (length === 0) continue;
    const end = at + length;
    const left = at > 0 ? [{ chunk: sliceChunk(chunk, 0, at) }] : [];
    const title = units.slice(at, end).map((u) => u.text).join(' ');
    if (end >= units.length) return left; // the title closes the chunk: no name after it
    if (chunk.connectors.has(end)) {
      // "Minister of X": the rest names where the person belongs, if it names anything.
      // "Director of the Office for Education …" names an office; "Commissioner for Digital Economy" a portfolio.
      let rest = sliceChunk(chunk, end, units.length);
      // "Head of Office of the Konrad Adenauer Foundation": a bare head before a name of its own.
      if (rest.firstPreposition === 1 && lexicons.heads.has(rest.units[0]!.lower)) {
        const inner = sliceChunk(rest, 1, rest.units.length);
        if (lexicons.names.has(phraseKey(chunkText(clean, inner))) || headType(inner, lexicons)) rest = inner;
      }
      const frontHead = rest.firstPreposition === 1 && lexicons.heads.has(rest.units[0]!.lower);
      // "Director of the Statistics Office": with "the", the title's complement is an institution.
      const definite = (chunk.connectors.get(end) ?? []).includes('the') && headType(rest, lexicons) !== undefined;
      const keep = lexicons.names.has(phraseKey(chunkText(clean, rest))) || frontHead || definite || rest.units.some((u) => !isCommonWord(u.lower));
      return [...left, ...(keep ? separateTitles(clean, rest, lexicons) : [])];
    }
    const rest = sliceChunk(chunk, end, units.length);
    if (at === 0 && !looksLikePerson(rest, lexicons)) return [{ chunk }];
    return [...left, { chunk: rest, title }];
  }
  return [{ chunk }];
}

/** Verbs of headlines that compromise lists as plural nouns only ("Launches", "Hosts"). */
const HEADLINE_VERBS = new Set([
  'launches', 'hosts', 'welcomes', 'urges', 'unveils', 'adopts', 'announces', 'approves', 'endorses', 'extends',
  'renews', 'expands', 'joins', 'opens', 'holds', 'signs', 'calls', 'backs', 'seeks', 'warns', 'presents',
]);

function headlineVerbForm(lower: string): 'infinitive' | 'present' | undefined {
  return HEADLINE_VERBS.has(lower) ? 'present' : verbFormOf(lower);
}

/**
 * A title-case headline is a clause, not a name: "Ministers Adopt Nairobi Declaration" keeps the
 * words after its verb, "BRIDGE-MED Enters Phase II" its named subject too. The verb is a
 * present-tense form ("Adopts"), or an infinitive after a plural subject ("Ministers Adopt");
 * "EU Support Programme" and "Save the Children" keep theirs.
 */
export function splitHeadlineClause(chunk: Chunk): Chunk[] {
  if (!chunk.units[0]!.inTitleCase) return [chunk];
  const namesSomething = (part: Chunk) => part.units.some((u) => !isCommonWord(u.lower) || ACRONYM.test(u.text));
  // "EU Support Programme Opens": a verb closing the chunk is the headline's predicate.
  const lastIndex = chunk.units.length - 1;
  // Not after a preposition ("Centre for Migrant Rights"), nor with one word left ("Press Releases").
  if (lastIndex >= 2 && chunk.firstPreposition < 0 && headlineVerbForm(chunk.units[lastIndex]!.lower) === 'present' && !isCompromiseAdjective(chunk.units[lastIndex - 1]!.lower)) {
    const subject = sliceChunk(chunk, 0, lastIndex);
    // A row of ordinary words ("Webinars Training Workshops Calls") is a menu, not a subject.
    if (namesSomething(subject)) return splitHeadlineClause(subject);
  }
  const beforeComplement = chunk.firstPreposition > 0 ? chunk.firstPreposition - 1 : chunk.units.length - 2;
  for (let v = Math.min(chunk.units.length - 2, beforeComplement); v >= 1; v--) {
    if (chunk.connectors.has(v)) continue;
    const form = headlineVerbForm(chunk.units[v]!.lower);
    const subjectWord = chunk.units[v - 1]!;
    // "New Models": after an adjective the word is a noun, whatever compromise lists it as.
    if (isCompromiseAdjective(subjectWord.lower)) continue;
    // "DIMR and Koç University Join Forces": two subjects take the plain verb too.
    const coordinated = [...chunk.connectors].some(([at, run]) => at < v && run.some((w) => w === 'and' || w === '&'));
    if (form === 'present' || (form === 'infinitive' && (isCompromisePlural(subjectWord.lower) || coordinated))) {
      // "BRIDGE-MED Enters Phase II": a named subject is a name too; "Ministers" is not.
      const subject = sliceChunk(chunk, 0, v);
      return [...(namesSomething(subject) ? [subject] : []), sliceChunk(chunk, v + 1, chunk.units.length)];
    }
  }
  return [chunk];
}

/**
 * "EU Member State" → "EU"; "Partner Countries" → nothing; "Member States of the Council of
 * Europe" → "Council of Europe": a class noun is no name, nor part of one. So are a section's
 * number ("IV. Conclusions") and a descriptor acronym ("NGO Casa Speranței").
 */
export function dropGenericTail(chunk: Chunk, lexicons: Lexicons): Chunk | undefined {
  const first = chunk.units[0]!;
  if (ROMAN_NUMERAL.test(first.text) && (chunk.units.length === 1 || first.nextText === '.')) {
    return chunk.units.length === 1 || chunk.connectors.has(1) ? undefined : dropGenericTail(sliceChunk(chunk, 1, chunk.units.length), lexicons);
  }
  if (chunk.units.length >= 2 && !chunk.connectors.has(1) && DESCRIPTOR_ACRONYMS.has(first.text)) {
    return dropGenericTail(sliceChunk(chunk, 1, chunk.units.length), lexicons);
  }
  if (chunk.units.length >= 3 && !chunk.connectors.has(1) && chunk.connectors.has(2) && lexicons.genericPhrases.has(`${first.lower} ${chunk.units[1]!.lower}`)) {
    return sliceChunk(chunk, 2, chunk.units.length);
  }
  const n = chunk.units.length;
  if (n < 2 || chunk.connectors.has(n - 1)) return chunk;
  const tail = `${chunk.units[n - 2]!.lower} ${chunk.units[n - 1]!.lower}`;
  if (!lexicons.genericPhrases.has(tail)) return chunk;
  return n === 2 || chunk.connectors.has(n - 2) ? undefined : sliceChunk(chunk, 0, n - 2);
}

