import type { Candidate } from './state.js';

/**
 * The one policy that decides between overlapping candidates (spaCy's filter_spans):
 * longer wins, then surer, then earlier. Recognisers never fight each other in their own code.
 */
export function settleOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  // One flag per character: checking a candidate costs its own length, not the number already taken.
  const occupied = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start || candidate.end > textLength) continue;
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) free = occupied[i] === 0;
    if (!free) continue;
    occupied.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
