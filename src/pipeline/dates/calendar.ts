import type { CalendarPoint } from './types.js';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Without a year, 29 February is allowed: the year resolved later may well be a leap year. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2 && year !== undefined && !isLeapYear(year)) return 28;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

export function isValidMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

export function isValidDay(day: number, month: number, year?: number): boolean {
  return isValidMonth(month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** Years a month name or a day makes believable; bare numbers need the narrower `isPlausibleBareYear`. */
export function isPlausibleYearWithMonth(year: number): boolean {
  return year >= 1000 && year <= 2999;
}

/** Outside this window a lone four-digit number is far more often a count, code or reference. */
export function isPlausibleBareYear(year: number): boolean {
  return year >= 1800 && year <= 2099;
}

/** Orders points that share a granularity; a missing year compares as equal. */
export function comparePoints(a: CalendarPoint, b: CalendarPoint): number {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return a.year - b.year;
  if ((a.month ?? 0) !== (b.month ?? 0)) return (a.month ?? 0) - (b.month ?? 0);
  return (a.day ?? 0) - (b.day ?? 0);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatPoint(point: CalendarPoint): string {
  let iso = point.year === undefined ? 'XXXX' : pad(point.year, 4);
  if (point.month !== undefined) iso += `-${pad(point.month, 2)}`;
  if (point.day !== undefined) iso += `-${pad(point.day, 2)}`;
  return iso;
}
