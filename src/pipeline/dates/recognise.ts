import { collectCandidates, keepLongest } from './candidates.js';
import { documentDatesAmong } from './document-date.js';
import { joinAdjacentDates } from './ranges.js';
import { resolvingYear, toDateMatch, yearOfReferenceDate } from './resolve.js';
import type { DateMatch, DateOptions } from './types.js';

/**
 * Calendar expressions of `text`, sorted by position and non-overlapping (the longest reading
 * wins). Year-less days and months take their year from the text's document dates, else from
 * `options.referenceDate`, else `XXXX`.
 */
export function recogniseDates(text: string, options: DateOptions): DateMatch[] {
  const singles = keepLongest(collectCandidates(text, options.dateOrder), text.length);
  const documentDates = documentDatesAmong(text, singles);
  const referenceYear = yearOfReferenceDate(options.referenceDate);
  return joinAdjacentDates(text, singles).map((date) =>
    toDateMatch(text, date, resolvingYear(date.start, documentDates, referenceYear)),
  );
}
