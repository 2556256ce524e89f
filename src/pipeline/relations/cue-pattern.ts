import type { EntityType } from '../../schema.js';
import { isType, type PlacedMention, type RelationContext, type RelationDraft } from './context.js';

/**
 * A relation stated by words between two mentions of one sentence: "<event> held in <place>",
 * "<organisation> hosted <event>". The cue is matched against the whole gap between them.
 */
export interface CuePattern {
  readonly relation: RelationDraft['type'];
  readonly source: readonly EntityType[];
  readonly target: readonly EntityType[];
  /** The source comes first in the text (`forward`) or the target does (`backward`). */
  readonly order: 'forward' | 'backward';
  /** Matched against the text between the two mentions; must match it whole. */
  readonly gap: RegExp;
  readonly confidence: number;
  /** Further targets joined by a list ("by A, B and C") get the relation too. */
  readonly lists?: boolean;
  /**
   * `nearest` (default): only the nearest mention of the second end's kind is tried, against the
   * whole gap. `clause`: the cue may bind a farther mention when it stands right before it:
   * "X, implemented by A, is funded by B".
   */
  readonly reach?: 'nearest' | 'clause';
}

/** How far apart, in characters, two ends of one stated relation may be. */
const MAX_REACH = 250;

// Between list items: a bracketed acronym, a closing quote and a kind word may stand before the separator:
// "the “A” (ACR) project, the “B” project and the “C” initiative".
const LIST_GAP = /^\s*[”"’)]?\s*[”"’)]?\s*(?:\([^()]{0,40}\))?\s*(?:project|programme|program|initiative|facility)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+as well as\s+|\s+and\s+(?:co-)?(?:organi[sz]ed|hosted|funded|supported|implemented|financed)\s+by\s+)(?:the\s+)?[“"‘]?$/iu;

/** Applies cue patterns sentence by sentence. */
export function matchCuePatterns(context: RelationContext, patterns: readonly CuePattern[]): RelationDraft[] {
  const found: RelationDraft[] = [];
  for (const mentions of context.mentionsBySentence) {
    for (const pattern of patterns) {
      const [firstTypes, secondTypes] = pattern.order === 'forward' ? [pattern.source, pattern.target] : [pattern.target, pattern.source];
      for (let i = 0; i < mentions.length; i++) {
        const first = mentions[i]!;
        if (!isType(first, firstTypes)) continue;
        for (let j = i + 1; j < mentions.length; j++) {
          const second = mentions[j]!;
          // Reach first: a long run of one entity's mentions must not make this loop quadratic.
          if (second.start - first.end > MAX_REACH) break;
          // Stand-ins for one plural description share a span: siblings, not a closer mention.
          if (second.entity === first.entity || second.start < first.end) continue;
          if (/[.;!?]\s/u.test(context.clean.slice(first.end, second.start))) break;
          const wanted = isType(second, secondTypes);
          if (pattern.reach === 'clause') {
            // Another mention of the first end's kind in between is closer to the second: it takes the relation.
            if (!wanted) {
              if (isType(second, firstTypes)) break;
              continue;
            }
            // The cue must stand right before this end: "X, implemented by A, is funded by B" funds B, not A.
            const previous = mentions[j - 1]!;
            const localGap = context.clean.slice(previous === first ? first.end : Math.max(first.end, previous.end), second.start);
            if (!pattern.gap.test(localGap)) {
              if (isType(second, firstTypes)) break;
              continue;
            }
          } else {
            if (!wanted) continue;
            if (!pattern.gap.test(context.clean.slice(first.end, second.start))) break;
          }
          const emit = (other: PlacedMention) => {
            const [source, target] = pattern.order === 'forward' ? [first, other] : [other, first];
            if (source.entity === target.entity) return;
            found.push({
              type: pattern.relation,
              source: source.entity,
              target: target.entity,
              evidenceStart: Math.min(first.start, other.start),
              evidenceEnd: Math.max(first.end, other.end),
              confidence: pattern.confidence,
            });
          };
          emit(second);
          if (pattern.lists) {
            let previous = second;
            for (let k = j + 1; k < mentions.length; k++) {
              const next = mentions[k]!;
              if (next.entity === previous.entity) {
                previous = next;
                continue;
              }
              if (!isType(next, secondTypes) || !LIST_GAP.test(context.clean.slice(previous.end, next.start))) break;
              emit(next);
              previous = next;
            }
          }
          break;
        }
      }
    }
  }
  return found;
}
