import { keepNonOverlapping } from './keep-non-overlapping.js';
import type { Candidate } from './state.js';

/**
 * The one policy that decides between overlapping candidates (spaCy's filter_spans):
 * longer wins, then surer, then earlier. Recognisers never fight each other in their own code.
 */
export function settleOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  return keepNonOverlapping(
    candidates,
    textLength,
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
}
