import { describe, expect, it } from 'vitest';
import { findDocumentDates, recogniseDates, type DateMatch, type DateOptions } from '../../src/pipeline/dates/index.js';

const REFERENCE_DATE = '2024-06-15';
const DAY_FIRST: DateOptions = { dateOrder: 'day-first', referenceDate: REFERENCE_DATE };
const MONTH_FIRST: DateOptions = { dateOrder: 'month-first', referenceDate: REFERENCE_DATE };

const POINT = String.raw`(?:\d{4}|XXXX)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const ISO_VALUE = new RegExp(`^${POINT}(?:/${POINT})?$`);

function found(text: string, options: DateOptions = DAY_FIRST): [string, string][] {
  return recogniseDates(text, options).map((match) => [match.text, match.value]);
}

function expectWellFormed(text: string, matches: readonly DateMatch[]): void {
  let previousEnd = 0;
  for (const match of matches) {
    expect(text.slice(match.start, match.end)).toBe(match.text);
    expect(match.value).toMatch(ISO_VALUE);
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    previousEnd = match.end;
  }
}

describe('single days', () => {
  it('reads day-month-year with full and abbreviated month names', () => {
    expect(found('The summit opened on 3 November 2016 in Rome.')).toEqual([['3 November 2016', '2016-11-03']]);
    expect(found('Filed 09 Sep 2015 by the registry.')).toEqual([['09 Sep 2015', '2015-09-09']]);
    expect(found('Received 17-Aug-2020.')).toEqual([['17-Aug-2020', '2020-08-17']]);
    expect(found('It closed on the 2nd of April 1999.')).toEqual([['2nd of April 1999', '1999-04-02']]);
  });

  it('keeps a leading weekday in the span and gives the day as value', () => {
    expect(found('Talks resumed on Tuesday, 7 June 2022 at noon.')).toEqual([['Tuesday, 7 June 2022', '2022-06-07']]);
    expect(found('Talks resumed on Wednesday 8 June 2022.')).toEqual([['Wednesday 8 June 2022', '2022-06-08']]);
  });

  it('reads month-day-year', () => {
    expect(found('The board met on August 14, 2020 and on Friday, August 21, 2020.')).toEqual([
      ['August 14, 2020', '2020-08-14'],
      ['Friday, August 21, 2020', '2020-08-21'],
    ]);
    expect(found('Signed December 1st 2021.')).toEqual([['December 1st 2021', '2021-12-01']]);
  });

  it('reads feed timestamps without their time and zone', () => {
    expect(found('Mon, 04 Nov 2019 09:15:00 +0000 Mayor opens bridge')).toEqual([['Mon, 04 Nov 2019', '2019-11-04']]);
  });

  it('reads ISO dates', () => {
    expect(found('The file was released 2020-09-30.')).toEqual([['2020-09-30', '2020-09-30']]);
  });

  it('rejects impossible calendar days', () => {
    expect(found('on 31 February 2020')).toEqual([['February 2020', '2020-02']]);
    expect(found('on 2021-02-30')).toEqual([]);
  });
});

describe('numeric dates and the dateOrder option', () => {
  it('reads day-first by default and month-first on request', () => {
    expect(found('Deadline: 02/03/2012.')).toEqual([['02/03/2012', '2012-03-02']]);
    expect(found('Deadline: 02/03/2012.', MONTH_FIRST)).toEqual([['02/03/2012', '2012-02-03']]);
    expect(found('Signed 5.9.2011 in Bern.')).toEqual([['5.9.2011', '2011-09-05']]);
    expect(found('Signed 5-9-2011 in Bern.', MONTH_FIRST)).toEqual([['5-9-2011', '2011-05-09']]);
  });

  it('falls back to the other order when the preferred one is impossible', () => {
    expect(found('Posted 12/25/2020 online.')).toEqual([['12/25/2020', '2020-12-25']]);
    expect(found('Posted 25/12/2020 online.', MONTH_FIRST)).toEqual([['25/12/2020', '2020-12-25']]);
  });

  it('does not read combinations that fit neither order', () => {
    expect(found('Codes 13/25/2020 and 31/31/2020.')).toEqual([]);
  });
});

describe('day ranges', () => {
  it('reads a shared month with hyphen, en dash and words', () => {
    expect(found('The fair ran 7-9 March 2016.')).toEqual([['7-9 March 2016', '2016-03-07/2016-03-09']]);
    expect(found('The fair ran 7–9 March 2016.')).toEqual([['7–9 March 2016', '2016-03-07/2016-03-09']]);
    expect(found('The fair ran from 11 to 13 May 2015.')).toEqual([['11 to 13 May 2015', '2015-05-11/2015-05-13']]);
    expect(found('A two-day retreat on 15 and 16 June 2021.')).toEqual([['15 and 16 June 2021', '2021-06-15/2021-06-16']]);
    expect(found('Visits on April 3-5, 2017 only.')).toEqual([['April 3-5, 2017', '2017-04-03/2017-04-05']]);
  });

  it('joins two days of different months or years', () => {
    expect(found('Open from 26 November to 2 December 2018.')).toEqual([['26 November to 2 December 2018', '2018-11-26/2018-12-02']]);
    expect(found('Open 26 November - 2 December 2018.')).toEqual([['26 November - 2 December 2018', '2018-11-26/2018-12-02']]);
    expect(found('Closed 29 December 2020 – 4 January 2021.')).toEqual([['29 December 2020 – 4 January 2021', '2020-12-29/2021-01-04']]);
    expect(found('Closed 29 December – 4 January 2021.')).toEqual([['29 December – 4 January 2021', '2020-12-29/2021-01-04']]);
  });

  it('does not make a range of two separately named days', () => {
    expect(found('Votes on 3 and 5 October 2022.')).toEqual([['5 October 2022', '2022-10-05']]);
  });
});

describe('months', () => {
  it('reads month and year', () => {
    expect(found('Launched in September 2014.')).toEqual([['September 2014', '2014-09']]);
    expect(found('Launched in Sept. 2014.')).toEqual([['Sept. 2014', '2014-09']]);
    expect(found('Launched in Jan 2013.')).toEqual([['Jan 2013', '2013-01']]);
    expect(found('Reviewed in Oct. 2022 and in MAY 2018.')).toEqual([
      ['Oct. 2022', '2022-10'],
      ['MAY 2018', '2018-05'],
    ]);
  });

  it('reads month ranges', () => {
    expect(found('Surveyed between March 2020 and June 2021.')).toEqual([['March 2020 and June 2021', '2020-03/2021-06']]);
    expect(found('Surveyed from May 2016 to August 2017.')).toEqual([['May 2016 to August 2017', '2016-05/2017-08']]);
    expect(found('Surveyed March–May 2020.')).toEqual([['March–May 2020', '2020-03/2020-05']]);
    expect(found('Surveyed November–February 2020.')).toEqual([['November–February 2020', '2019-11/2020-02']]);
  });

  it('keeps two months joined by a bare "and" apart', () => {
    expect(found('Reports of March 2020 and June 2021.')).toEqual([
      ['March 2020', '2020-03'],
      ['June 2021', '2021-06'],
    ]);
  });
});

describe('years', () => {
  it('reads bare years in running text', () => {
    expect(found('It was founded in 1998 and will expand by 2040.')).toEqual([
      ['1998', '1998'],
      ['2040', '2040'],
    ]);
    expect(found('The 2030 targets and the 2022 Presidency.')).toEqual([
      ['2030', '2030'],
      ['2022', '2022'],
    ]);
    expect(found('In 2018 migrants crossed the strait.')).toEqual([['2018', '2018']]);
    expect(found('Output for Q3 2017 and H2 2018.')).toEqual([
      ['2017', '2017'],
      ['2018', '2018'],
    ]);
  });

  it('reads year ranges', () => {
    expect(found('The Strategy 2016–2020 and the plan 2016-2020.')).toEqual([
      ['2016–2020', '2016/2020'],
      ['2016-2020', '2016/2020'],
    ]);
    expect(found('Phase two (2011-2014) ended.')).toEqual([['2011-2014', '2011/2014']]);
    expect(found('The 2019/2020 season.')).toEqual([['2019/2020', '2019/2020']]);
    expect(found('The 2019/20 season and the 2019-22 cycle.')).toEqual([
      ['2019/20', '2019/2020'],
      ['2019-22', '2019/2022'],
    ]);
    expect(found('Compare 2014 - 2050 projections.')).toEqual([['2014 - 2050', '2014/2050']]);
  });

  it('reads years joined by words', () => {
    expect(found('Growth slowed between 2005 and 2009.')).toEqual([['2005 and 2009', '2005/2009']]);
    expect(found('Growth slowed from 2012 to 2015.')).toEqual([['2012 to 2015', '2012/2015']]);
  });

  it('does not read a backwards pair as a range', () => {
    expect(found('Scores 2020-2019.')).toEqual([]);
  });

  it('reads seasons and qualified years as the year', () => {
    expect(found('Planned for autumn 2021.')).toEqual([['autumn 2021', '2021']]);
    expect(found('Planned for the Spring of 2016.')).toEqual([['Spring of 2016', '2016']]);
    expect(found('Due mid-2017, early 2010 or the end of 2012.')).toEqual([
      ['2017', '2017'],
      ['2010', '2010'],
      ['2012', '2012'],
    ]);
  });
});

describe('things that are not dates', () => {
  const negatives = [
    'Call +43 1 504 4677 or +43 1 504 2019 today.',
    'Call (020) 7946 0958 or (020) 2019 0958.',
    'It cost $2,019 in fees.',
    'A budget of EUR 2020 million was agreed.',
    'A fee of €2015 and US$ 1999 applies.',
    'They paid 2050 euros.',
    'It gathered 1400 participants and around 1900 delegates.',
    'Some 2000 people came.',
    'Between 1900 and 2000 delegates attended.',
    'The 25th anniversary of the 44th National Assembly, for the 6th time.',
    'Sessions run from 1:00 to 1:50 pm and 12:57:30.',
    'Coffee at 10.30 and dinner at 20.15.',
    'In line with UNSC 1244 and ISO 9001.',
    'Certified ISO 9001:2015 today.',
    'See No. 2019/123 and Ref. 2021-45 and A/RES/73/195.',
    'Install version 2.1.2019 now.',
    'The COVID-19 crisis hit A-1010 and A-2020 equally.',
    'It took four years, 10 years, a one-day session and a five-year plan.',
    'The 1990s and the 1980’s and the 1970\'s.',
    'It grew by 1999% overnight.',
    'About 240,000 people and 7,500 cars and 86,000 trees and 20000 bees.',
    'See https://example.org/archive/2019/05/12/report and www.example.com/2018-annual for more.',
    'Write to press2019@example.org or desk.2021@example.org.',
    'MC2CM met in room M3.',
    'Download report_2019.pdf now.',
    'It happened on Monday.',
    'The lake is 2019 km long.',
    'Hauptstraße 5, 2020 Hollabrunn.',
  ];

  it.each(negatives)('finds no date in %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('year-less dates', () => {
  it('takes the year of the nearest preceding document date', () => {
    const text = [
      'Thu, 21 Mar 2019 12:57:30 +0100',
      'The study was presented on 6th March to the press.',
      '',
      'Mon, 04 May 2020 08:00:00 +0200',
      'A workshop follows on May 10th.',
    ].join('\n');
    const matches = recogniseDates(text, DAY_FIRST);
    expect(matches.map((m) => [m.text, m.value, m.yearless])).toEqual([
      ['Thu, 21 Mar 2019', '2019-03-21', false],
      ['6th March', '2019-03-06', true],
      ['Mon, 04 May 2020', '2020-05-04', false],
      ['May 10th', '2020-05-10', true],
    ]);
  });

  it('takes the year of the first document date when none precedes', () => {
    const text = 'The expert meeting took place on May 10th.\n\nLast modified: 24/07/2023\n';
    expect(found(text)).toEqual([
      ['May 10th', '2023-05-10'],
      ['24/07/2023', '2023-07-24'],
    ]);
  });

  it('falls back to the reference date, then to XXXX', () => {
    const text = 'The expert meeting took place on 6 March.';
    expect(found(text)).toEqual([['6 March', '2024-03-06']]);
    expect(found(text, { dateOrder: 'day-first' })).toEqual([['6 March', 'XXXX-03-06']]);
  });

  it('does not take the year from a date that is merely mentioned', () => {
    const text = 'The plan was updated on 3 May 2019. A review follows on 6 March.';
    expect(findDocumentDates(text)).toEqual([]);
    expect(found(text)).toEqual([
      ['3 May 2019', '2019-05-03'],
      ['6 March', '2024-03-06'],
    ]);
  });

  it('resolves both ends of a year-less range, across New Year if needed', () => {
    expect(found('Closed from 28 December to 2 January.')).toEqual([['28 December to 2 January', '2024-12-28/2025-01-02']]);
    expect(found('Open 19-20 February.')).toEqual([['19-20 February', '2024-02-19/2024-02-20']]);
  });

  it('marks only the dates whose year was resolved as year-less', () => {
    const [range, day] = recogniseDates('From 30 June to 6 July 2019, then on 9 July.', DAY_FIRST);
    expect(range?.yearless).toBe(false);
    expect(range?.value).toBe('2019-06-30/2019-07-06');
    expect(day?.yearless).toBe(true);
  });
});

describe('findDocumentDates', () => {
  it('finds feed timestamps', () => {
    const text = 'news feed Thu, 21 Mar 2019 12:57:30 +0100 Headline';
    expect(findDocumentDates(text)).toEqual([{ start: 10, end: 26, value: '2019-03-21' }]);
  });

  it('finds labelled dates, also across blank lines', () => {
    expect(findDocumentDates('Language\nDate of upload\n\n08 Jun 2018\n\nTitle').map((d) => d.value)).toEqual(['2018-06-08']);
    expect(findDocumentDates('Published: Monday, 11 March 2019').map((d) => d.value)).toEqual(['2019-03-11']);
    expect(findDocumentDates('Posted on 2020-09-30 by the editors').map((d) => d.value)).toEqual(['2020-09-30']);
    expect(findDocumentDates('Dernière modification : 24/07/2023').map((d) => d.value)).toEqual(['2023-07-24']);
    expect(findDocumentDates('Some text.\nDate: 5 October 2021\nMore').map((d) => d.value)).toEqual(['2021-10-05']);
  });

  it('finds datelines opening a line', () => {
    expect(findDocumentDates('VIENNA, 21 March 2019 – The ministers met.').map((d) => d.value)).toEqual(['2019-03-21']);
    expect(findDocumentDates('Intro line\n14 May 2017 — The ministers met.').map((d) => d.value)).toEqual(['2017-05-14']);
  });

  it('ignores dates in running text and incomplete dates', () => {
    expect(findDocumentDates('The ministers met on 21 March 2019 – and agreed.')).toEqual([]);
    expect(findDocumentDates('Published: March 2019')).toEqual([]);
    expect(findDocumentDates('The closing date: 5 October 2021')).toEqual([]);
  });
});

describe('invariants', () => {
  it('finds nothing in empty text', () => {
    expect(recogniseDates('', DAY_FIRST)).toEqual([]);
    expect(findDocumentDates('')).toEqual([]);
  });

  it('gives spans equal to the text and values in the contract format', () => {
    const text = [
      'Thu, 21 Mar 2019 12:57:30 +0100 On 1 December 2021 and on 6th March, between 2021 and 2025,',
      'from 3 to 5 October 2022, 30 June - 6 July 2019, October–December 2022, (2016-2018), spring 2022,',
      'on May 10th, 01/04/2010, 2019-03-21, 28 December 2018 – 2 January 2019, in 1900 and by 2050.',
    ].join('\n');
    for (const options of [DAY_FIRST, MONTH_FIRST, { dateOrder: 'day-first' } as DateOptions]) {
      const matches = recogniseDates(text, options);
      expect(matches.length).toBeGreaterThan(10);
      expectWellFormed(text, matches);
    }
  });
});

describe('adversarial input', () => {
  const MEGABYTE = 1 << 20;

  function randomText(alphabet: string, seed: number): string {
    let state = seed;
    const chars: string[] = [];
    for (let index = 0; index < MEGABYTE; index++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      chars.push(alphabet.charAt(state % alphabet.length));
    }
    return chars.join('');
  }

  const inputs: [string, string][] = [
    ['digits, dashes, slashes and spaces', randomText('0123456789-/ ', 1)],
    ['digits and separators', randomText('0123456789-–/.,: \n', 2)],
    ['random printable text', randomText('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-/()+$%@\n', 3)],
    ['month names and digits', randomText('MayJuneMarchOctober 0123456789-', 4)],
    ['repeated dates', 'Mon, 1 May 2019 12:00 to 3 June 2020 - 2019-2021 '.repeat(MEGABYTE / 48)],
    ['one long digit run', '1'.repeat(MEGABYTE)],
    ['one long space run after a day', `1 ${' '.repeat(MEGABYTE)}May`],
  ];

  it.each(inputs)('terminates on 1 MB of %s', (_name, text) => {
    const matches = recogniseDates(text, DAY_FIRST);
    expectWellFormed(text, matches.slice(0, 1000));
  });

  it('finds document dates in 1 MB of digits and separators', () => {
    expect(findDocumentDates(randomText('0123456789-/: \n', 5))).toEqual([]);
  });
});

describe('a month standing alone', () => {
  it('is a date after a word of time, with the year of the document date', () => {
    const text = 'BRUSSELS, 2 March 2023 – The review follows in June, after talks since January and before mid-October.';
    expect(found(text)).toEqual([
      ['2 March 2023', '2023-03-02'],
      ['June', '2023-06'],
      ['January', '2023-01'],
      ['October', '2023-10'],
    ]);
  });

  it('takes the reference date, else no year', () => {
    expect(found('Talks resume in April.')).toEqual([['April', '2024-04']]);
    expect(found('Talks resume in April.', { dateOrder: 'day-first' })).toEqual([['April', 'XXXX-04']]);
  });

  it('counts the month but not the weekday', () => {
    // The contract's dates include a month; a weekday alone is none.
    expect(found('It happened on Monday, in March.')).toEqual([['March', '2024-03']]);
  });

  it('is no date as a verb, a name or a modifier', () => {
    expect(found('May we ask? The June meeting was moved. April Ryan spoke, and August visitors came.')).toEqual([]);
  });
});
