export interface DateMatch {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Always `text.slice(start, end)` of the input. */
  text: string;
  /** ISO 8601 value: `2021-12-01`, `2019-03`, `2019`, `2019-02-19/2019-02-20`, `XXXX-05-10`. */
  value: string;
  /** Name of the pattern that found the date, e.g. `day-month-year` or `year-range`. */
  rule: string;
  /** True when the text itself gives no year and it had to be resolved (or left as `XXXX`). */
  yearless: boolean;
}

export interface DateOptions {
  /** How to read numeric dates such as 01/04/2010. */
  dateOrder: 'day-first' | 'month-first';
  /** YYYY-MM-DD; supplies the year of year-less dates when the text states no document date. */
  referenceDate?: string;
}

export interface DocumentDate {
  start: number;
  end: number;
  /** YYYY-MM-DD */
  value: string;
}

export type DateOrder = DateOptions['dateOrder'];

/** A calendar position as precise as the text made it; a missing year is resolved later. */
export interface CalendarPoint {
  year?: number;
  month?: number;
  day?: number;
}

export type Granularity = 'day' | 'month' | 'year';

export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  granularity: Granularity;
  from: CalendarPoint;
  /** Set for intervals only. */
  to?: CalendarPoint;
  /** The span opens with a weekday name ("Thu, 21 Mar 2019"). */
  hasWeekday: boolean;
}
