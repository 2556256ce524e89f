import type { Candidate } from './state.js';

/** Rules too weak to hold a type against the names listed beside it. */
const WEAK_RULES = new Set(['fallback', 'place-context', 'compromise-lexicon', 'acronym', 'person-guess']);
const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)$/u;

/**
 * Names listed together are of one kind: in "Tangiers, Lyon and Madrid" the unknown "Tangiers"
 * is a place like the two cities the gazetteer knows.
 */
export function harmoniseLists(clean: string, mentions: readonly Candidate[]): Candidate[] {
  const result = [...mentions];
  let start = 0;
  while (start < result.length) {
    let end = start + 1;
    while (end < result.length && LIST_SEPARATOR.test(clean.slice(result[end - 1]!.end, result[end]!.start))) end++;
    const items = result.slice(start, end).filter((m) => m.type !== 'date');
    if (items.length >= 3) {
      const strong = items.filter((m) => !WEAK_RULES.has(m.rule));
      const counts = new Map<string, number>();
      for (const m of strong) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      const [type, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
      // Two sure items of one kind decide; so does one, where it is the only sure item and the
      // rest are guesses from capitals alone ("Kathmandu, Jhapa and Dhanusha").
      const alone = count === 1 && strong.length === 1 && items.every((m) => m === strong[0] || m.rule === 'fallback');
      if (type && count && (count >= 2 || alone) && count * 2 > strong.length) {
        for (let i = start; i < end; i++) {
          const m = result[i]!;
          if (m.type !== 'date' && WEAK_RULES.has(m.rule) && m.type !== type) {
            result[i] = { ...m, type: type as Candidate['type'], rule: 'list-member', confidence: 0.5 };
          }
        }
      }
    }
    start = end;
  }
  return result;
}
