import type { Candidate } from './state.js';

const YEAR_OR_RANGE = /^\d{4}(?:\s?[-–/]\s?\d{2,4})?$/u;

/**
 * Names with a year or a year range written right after them, one space apart ("Action Plan
 * 2024–2027"): mention index of the name → the year's mention.
 */
export function yearsAfterNames(clean: string, mentions: readonly Candidate[]): Map<number, Candidate> {
  const yearAt = new Map<number, Candidate>();
  for (const m of mentions) if (m.type === 'date' && YEAR_OR_RANGE.test(clean.slice(m.start, m.end))) yearAt.set(m.start, m);
  const years = new Map<number, Candidate>();
  mentions.forEach((m, i) => {
    const year = m.type !== 'date' && clean[m.end] === ' ' ? yearAt.get(m.end + 1) : undefined;
    if (year) years.set(i, year);
  });
  return years;
}
