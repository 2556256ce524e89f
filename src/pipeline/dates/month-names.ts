/** Full name first, then the abbreviations news and feeds use; the index + 1 is the month number. */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];

const WEEKDAY_SPELLINGS: readonly (readonly string[])[] = [
  ['Monday', 'Mon'],
  ['Tuesday', 'Tues', 'Tue'],
  ['Wednesday', 'Wed'],
  ['Thursday', 'Thurs', 'Thur', 'Thu'],
  ['Friday', 'Fri'],
  ['Saturday', 'Sat'],
  ['Sunday', 'Sun'],
];

const SEASON_NAMES = ['spring', 'summer', 'autumn', 'fall', 'winter'] as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * Only Title case and UPPER case: lower-case "may" and "march" are a verb far more often than a month.
 * An abbreviation may carry its full stop ("Oct. 2022"); a full name may not, so a sentence-final
 * full stop stays out of the span.
 */
function nameAlternation(spellings: readonly (readonly string[])[]): string {
  const alternatives: string[] = [];
  for (const forms of spellings) {
    forms.forEach((form, index) => {
      const dot = index === 0 ? '' : '\\.?';
      alternatives.push(`${capitalise(form)}${dot}`, `${form.toUpperCase()}${dot}`);
    });
  }
  // Longest first so that "Sept." is preferred over "Sep" when both fit.
  alternatives.sort((a, b) => b.length - a.length);
  return `(?:${alternatives.join('|')})(?!\\p{L})`;
}

export const MONTH_NAME_PATTERN = nameAlternation(MONTH_SPELLINGS);
/** Full names only: a month standing alone is written out ("in June"), never "in Jun". */
export const FULL_MONTH_NAME_PATTERN = nameAlternation(MONTH_SPELLINGS.map((forms) => [forms[0]!]));
export const WEEKDAY_NAME_PATTERN = nameAlternation(WEEKDAY_SPELLINGS);
export const SEASON_NAME_PATTERN = `(?:${SEASON_NAMES.flatMap((s) => [s, capitalise(s), s.toUpperCase()]).join('|')})(?!\\p{L})`;

const MONTH_NUMBER_BY_SPELLING = new Map<string, number>(
  MONTH_SPELLINGS.flatMap((forms, index) => forms.map((form) => [form.toLowerCase(), index + 1] as const)),
);

export function monthNumberOf(name: string): number | undefined {
  return MONTH_NUMBER_BY_SPELLING.get(name.replace(/\.$/, '').toLowerCase());
}
