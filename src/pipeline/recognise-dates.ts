import { recogniseDates as findDates, type DateOptions } from './dates/index.js';
import type { Candidate } from './state.js';

/** Date mentions with ISO values; a bare year is the least certain kind of date. */
export function recogniseDates(clean: string, options: DateOptions): Candidate[] {
  return findDates(clean, options).map((d) => ({
    start: d.start,
    end: d.end,
    type: 'date' as const,
    rule: `date:${d.rule}`,
    confidence: /^\d{4}$/u.test(d.value) ? 0.6 : 0.95,
    value: d.value,
  }));
}
