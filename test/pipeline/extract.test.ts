import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract, ExtractOptionsError } from '../../src/index.js';
import { ExtractionSchema, type Extraction } from '../../src/schema.js';

const seedDir = join(__dirname, '../../fixtures/seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }));

/** The invariants every result keeps, whatever the input. */
function expectWellFormed(text: string, result: Extraction): void {
  ExtractionSchema.parse(result);
  const ids = new Set(result.entities.map((e) => e.id));
  expect(ids.size).toBe(result.entities.length);
  for (const entity of result.entities) {
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const m of entity.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const r of result.relations) {
    expect(ids.has(r.source)).toBe(true);
    expect(ids.has(r.target)).toBe(true);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  }
  // After settling, no two mentions overlap.
  const spans = result.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
}

describe('extract on the seed texts', () => {
  for (const seed of seeds) {
    it(`keeps every offset exact in ${seed.name}`, () => {
      const result = extract(seed.text, { documentId: seed.name });
      expectWellFormed(seed.text, result);
      expect(result.entities.length).toBeGreaterThan(0);
      expect(result.documentId).toBe(seed.name);
    });
  }

  it('is deterministic', () => {
    const text = seeds[1]!.text;
    expect(JSON.stringify(extract(text))).toBe(JSON.stringify(extract(text)));
  });

  it('returns plain JSON', () => {
    const result = extract(seeds[0]!.text);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('extract on hostile input', () => {
  const hostile: Record<string, string> = {
    empty: '',
    spaces: '   \n\n\t  ',
    html: '<html><body><p class="x">Dr Jane Doe of the <b>World Bank</b> &amp; UNICEF</p><script>var a = "<p>";</script></body></html>',
    controls: 'ICMPD\u0000met\u0001in\u001fVienna\u0007 on 3 May 2020\u007f.',
    loneSurrogates: 'Ministry \ud800 of Health \udc00 in Paris \ud83d.',
    emoji: '🇦🇹 Austria 👩‍💻 hosted the Vienna Summit 🎉 with ICMPD 😀😀😀',
    unbalancedQuotes: '“The “Global Compact on Migration" was adopted by "the UN in « Marrakesh ‘ 2018',
    brackets: '((((((((ICMPD (((( International Centre (ICMPD)) )))))',
    digits: '1/2/3/4/5 12:30:45 2020-2021-2022-2023 +43 1 504 4677 $2,019 1990s 25th',
    binary: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
  };
  for (const [name, text] of Object.entries(hostile)) {
    it(`does not throw on ${name}`, () => {
      expectWellFormed(text, extract(text));
    });
  }

  it('handles 1 MB of text', () => {
    let text = '';
    while (text.length < 1_000_000) text += `${seeds[2]!.text}\n`;
    const result = extract(text);
    expectWellFormed(text, result);
    expect(result.entities.length).toBeGreaterThan(5);
  });

  it('handles 200 kB runs of one repeated pattern without hanging', () => {
    // One long sentence of one entity's mentions once made relation matching quadratic.
    for (const unit of ['a.', 'A ', '(', 'x@', '-1', 'Aa ', 'Ab ( AB ) and ', 'Leeds 2 Derby 1\n', 'Aa and Bb Processes and ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      expectWellFormed(text, extract(text));
    }
  });

  it('keeps offsets exact on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(text, extract(text));
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ICMPD', 'the', 'Office', 'of', 'Dr', 'Jane', 'Smith', '(', ')', 'in', 'Vienna', '2019', 'May', '10th', ',', '.', '\n', '’s', 'Action', 'Plan', '“', '”'), { maxLength: 60 }),
        (words) => {
          const text = words.join(' ');
          expectWellFormed(text, extract(text));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('extract arguments', () => {
  it('rejects a non-string text with a typed error', () => {
    expect(() => extract(42 as unknown as string)).toThrow(ExtractOptionsError);
    expect(() => extract(undefined as unknown as string)).toThrow(ExtractOptionsError);
  });

  it('rejects unknown and malformed options with zod issues', () => {
    try {
      extract('x', { documentID: 'a' } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExtractOptionsError);
      expect((error as ExtractOptionsError).issues[0]?.code).toBe('unrecognized_keys');
    }
    expect(() => extract('x', { referenceDate: '21/03/2019' })).toThrow(ExtractOptionsError);
    expect(() => extract('x', { referenceDate: '2019-02-30' })).toThrow(ExtractOptionsError);
    expect(() => extract('x', { dateOrder: 'year-first' } as never)).toThrow(ExtractOptionsError);
    expect(() => extract('x', { lexicon: { person: 'Jane' } } as never)).toThrow(ExtractOptionsError);
    expect(() => createExtractor({ lexicon: { date: ['x'] } } as never)).toThrow(ExtractOptionsError);
  });
});

describe('options', () => {
  it('resolves year-less dates against referenceDate when the text has no date of its own', () => {
    const text = 'The board met on May 10th to discuss the budget.';
    const withReference = extract(text, { referenceDate: '2023-02-01' });
    expect(withReference.entities.find((e) => e.type === 'date')?.value).toBe('2023-05-10');
    expect(extract(text).entities.find((e) => e.type === 'date')?.value).toBe('XXXX-05-10');
  });

  it('reads numeric dates day-first unless told otherwise', () => {
    const text = 'The contract was signed on 01/04/2010 in Geneva.';
    expect(extract(text).entities.find((e) => e.type === 'date')?.value).toBe('2010-04-01');
    expect(extract(text, { dateOrder: 'month-first' }).entities.find((e) => e.type === 'date')?.value).toBe('2010-01-04');
  });

  it('applies a user lexicon to one extractor only', () => {
    const text = 'Engineers from Zorblax Quintet visited Lisbon.';
    const custom = createExtractor({ lexicon: { organisation: ['Zorblax Quintet'] } });
    const other = createExtractor({ lexicon: { person: ['Zorblax Quintet'] } });
    const typeIn = (r: Extraction) => r.entities.find((e) => e.name === 'Zorblax Quintet')?.type;
    expect(typeIn(custom(text))).toBe('organisation');
    expect(typeIn(other(text))).toBe('person');
    expect(typeIn(custom(text))).toBe('organisation');
    expect(typeIn(extract(text, { lexicon: { project: ['Zorblax Quintet'] } }))).toBe('project');
    expect(typeIn(extract(text))).not.toBe('project');
  });
});
