import type { Candidate, Sentence, Token } from './state.js';
import { isCommonWord, isCompromiseActor, type Lexicons } from './lexicons.js';
import { nameUnits, type NameUnit } from './name-units.js';
import { ACRONYM, ORDINAL, findChunks, type Chunk } from './name-chunk.js';
import { dropConventionalCapital, dropGenericTail, splitHeadlineClause, isPluralDescription, separateTitles, splitAffiliationOf, splitCoordinations, trimUnheadedPrefix } from './name-boundaries.js';
import { UNIT_WORDS, typeChunk } from './type-name.js';

/** Rules that rest on capitalisation alone, and so say nothing inside a title-case heading. */
const WEAK_IN_TITLE_CASE = new Set(['fallback', 'place-context', 'neighbouring-head']);
/**
 * "Sahel and West Africa Club (SWAC)": an acronym right after the chunk whose letters are the
 * initials of every word of it says the whole chunk is one name, "and" included.
 */
function definedWhole(chunk: Chunk, units: readonly NameUnit[], position: ReadonlyMap<NameUnit, number>): boolean {
  if (chunk.connectors.size === 0) return false;
  const next = position.get(chunk.units[chunk.units.length - 1]!)! + 1;
  const acronym = units[next + 1];
  if (units[next]?.text !== '(' || units[next + 2]?.text !== ')' || !acronym || !ACRONYM.test(acronym.text)) return false;
  const initials = chunk.units.map((u) => u.text[0]).join('');
  return initials.length >= 3 && acronym.text.replace(/s$/u, '') === initials;
}

/** "Human Trafficking and Migrant Smuggling section": the lower-case unit word is the head of the whole. */
function namesUnit(chunk: Chunk, units: readonly NameUnit[], position: ReadonlyMap<NameUnit, number>): boolean {
  const next = units[position.get(chunk.units[chunk.units.length - 1]!)! + 1];
  return !!next && UNIT_WORDS.has(next.text);
}

/** Proper-noun chunks typed by lexicon, head word, person evidence and context. */
export function recogniseProperNames(
  clean: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lexicons: Lexicons,
): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    const units = nameUnits(
      clean,
      tokens,
      sentence.firstToken,
      sentence.endToken,
      (lower) => lexicons.heads.has(lower),
      (lower) => isCompromiseActor(lower) || lexicons.personTitles.has(lower),
    );
    const position = new Map(units.map((u, i) => [u, i]));
    for (const raw of findChunks(units, lexicons)) {
      const withoutClass = dropGenericTail(raw, lexicons);
      const capitalOpened = withoutClass && dropConventionalCapital(withoutClass, lexicons);
      if (!capitalOpened) continue;
      const parts = splitHeadlineClause(capitalOpened)
        .flatMap((opened) => (definedWhole(opened, units, position) || namesUnit(opened, units, position) ? [opened] : splitCoordinations(clean, opened, lexicons)))
        .flatMap((part) => splitAffiliationOf(clean, part, lexicons))
        .flatMap((part) => separateTitles(clean, part, lexicons));
      for (const { chunk: whole, title } of parts) {
        if (whole.units.length === 0) continue;
        const chunk = trimUnheadedPrefix(clean, whole, lexicons);
        if (chunk.units.length === 0 || isPluralDescription(chunk, lexicons)) continue;
        const firstIndex = position.get(chunk.units[0]!)!;
        const lastIndex = position.get(chunk.units[chunk.units.length - 1]!)!;
        const before = units[firstIndex - 1];
        const after = units.slice(lastIndex + 1, lastIndex + 8);
        const typed = typeChunk(clean, chunk, lexicons, units.slice(Math.max(0, firstIndex - 3), firstIndex), after, title);
        if (!typed) continue;
        // In a title-case heading every word is capitalised: only a name's own evidence counts,
        // and a name made only of ordinary words ("Improving Services") is no name there.
        if (chunk.units[0]!.inTitleCase && typed.rule !== 'lexicon') {
          if (WEAK_IN_TITLE_CASE.has(typed.rule) || chunk.units.every((u) => isCommonWord(u.lower))) continue;
        }
        let start = chunk.units[0]!.start;
        let end = chunk.units[chunk.units.length - 1]!.end;
        // Ordinal titles belong to events: "6th Budapest Process Ministerial Conference"; the year
        // belongs to an annual edition: "2021 Annual Policy Initiative".
        if (typed.type === 'event' && before && ORDINAL.test(before.text)) start = before.start;
        if ((typed.type === 'event' || typed.type === 'project') && before && /^\d{4}$/u.test(before.text) && chunk.units[0]!.lower === 'annual') {
          start = before.start;
        }
        const next = after[0];
        if ((typed.type === 'organisation' && next && UNIT_WORDS.has(next.text)) || typed.rule === 'place-tail') end = next!.end;
        found.push({
          start,
          end,
          type: typed.type,
          rule: typed.rule,
          confidence: typed.confidence,
          ...(title ? { title } : {}),
        });
      }
    }
  }
  return found;
}
