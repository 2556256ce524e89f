import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';
import { nestedRelations } from './nested-names.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'located-in',
    source: ['organisation', 'place'],
    target: ['place'],
    order: 'forward',
    // "the US Embassy in Athens", "Santa Maria Police Station on the Island of Sal", "Sofia, Bulgaria".
    gap: /^\s*(?:,\s*(?:which is\s+|is\s+)?)?(?:(?:based|located|situated|headquartered)\s+)?(?:in|on|at)\s+(?:the\s+)?$|^\s*,\s*$/iu,
    confidence: 0.6,
  },
];

/** `located-in`: place or organisation → place. */
export const relateLocatedIn: RelationExtractor = (context) =>
  [
    ...matchCuePatterns(context, PATTERNS),
    ...nestedRelations(context, 'organisation', ['place'], 'located-in', 0.55, true).filter(
      (r) => !NAMED_AFTER_PLACES.test(r.source.name),
    ),
  ].filter(
    (r) =>
      !(
        r.source.type === 'place' &&
        r.target.type === 'place' &&
        /,/u.test(context.clean.slice(r.evidenceStart, r.evidenceEnd)) &&
        isListItem(context.clean, r.evidenceStart, r.evidenceEnd)
      ),
  );

/** Bodies named after the city where they began, not where they are: "Rabat Process", "Paris Club". */
const NAMED_AFTER_PLACES = /\b(?:Process|Processes|Dialogue|Club|Group|Initiative)$/u;

/** "Greece, Bulgaria, Serbia": a comma between places in a list is not a location. */
function isListItem(clean: string, start: number, end: number): boolean {
  return /^[^\p{L}\n]{0,3}(?:,|and\b|&)/u.test(clean.slice(end, end + 8)) || /,\s*$/u.test(clean.slice(Math.max(0, start - 4), start));
}
