import { comparePoints } from './calendar.js';
import { isPrecededByBetween } from './candidates.js';
import type { CalendarPoint, DateCandidate } from './types.js';

const CONNECTOR_BETWEEN_DATES =
  /^(?:[^\S\r\n]{0,3}[-\u2010\u2011\u2012\u2013\u2014][^\S\r\n]{0,3}|[^\S\r\n]{1,3}(?<word>to|until|till|through|thru|and)[^\S\r\n]{1,3})$/u;
const LONGEST_CONNECTOR = 16;

function withoutYear(point: CalendarPoint): CalendarPoint {
  return { ...point, year: undefined };
}

/**
 * The end points of "30 June to 6 July 2019" or "28 December – 2 January 2019": a missing year is
 * taken from the other end, stepping a year when the calendar order demands it.
 */
function intervalEnds(first: CalendarPoint, last: CalendarPoint): [CalendarPoint, CalendarPoint] | undefined {
  const from = { ...first };
  const to = { ...last };
  const calendarOrder = comparePoints(withoutYear(from), withoutYear(to));
  if (from.year === undefined && to.year !== undefined) from.year = calendarOrder > 0 ? to.year - 1 : to.year;
  else if (to.year === undefined && from.year !== undefined) to.year = calendarOrder > 0 ? from.year + 1 : from.year;
  if (from.year === undefined) return calendarOrder === 0 ? undefined : [from, to];
  return comparePoints(from, to) < 0 ? [from, to] : undefined;
}

function join(text: string, first: DateCandidate, last: DateCandidate): DateCandidate | undefined {
  if (first.to !== undefined || last.to !== undefined || first.granularity !== last.granularity) return undefined;
  if (last.start - first.end > LONGEST_CONNECTOR) return undefined;
  const connector = CONNECTOR_BETWEEN_DATES.exec(text.slice(first.end, last.start));
  if (connector === null) return undefined;
  if (connector.groups?.word === 'and' && !isPrecededByBetween(text, first.start)) return undefined;
  const ends = intervalEnds(first.from, last.from);
  if (ends === undefined) return undefined;
  return {
    start: first.start,
    end: last.end,
    rule: `joined-${first.granularity}-range`,
    granularity: first.granularity,
    from: ends[0],
    to: ends[1],
    hasWeekday: first.hasWeekday,
  };
}

/** Joins neighbouring dates that a dash, "to", "until" or "between … and" makes one interval. */
export function joinAdjacentDates(text: string, dates: readonly DateCandidate[]): DateCandidate[] {
  const joined: DateCandidate[] = [];
  for (let index = 0; index < dates.length; index++) {
    const current = dates[index];
    if (current === undefined) continue;
    const next = dates[index + 1];
    const interval = next === undefined ? undefined : join(text, current, next);
    if (interval === undefined) {
      joined.push(current);
    } else {
      joined.push(interval);
      index++;
    }
  }
  return joined;
}
