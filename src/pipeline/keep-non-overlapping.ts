/**
 * Keeps the spans that win under `preference` (best first) and overlap no better one; returns
 * them in text order. One flag per character: checking a span costs its own length, not the
 * number already kept.
 */
export function keepNonOverlapping<T extends { readonly start: number; readonly end: number }>(
  spans: readonly T[],
  textLength: number,
  preference: (a: T, b: T) => number,
): T[] {
  const taken = new Uint8Array(textLength);
  const kept: T[] = [];
  for (const span of [...spans].sort(preference)) {
    if (span.end <= span.start || span.end > textLength) continue;
    let free = true;
    for (let i = span.start; i < span.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
