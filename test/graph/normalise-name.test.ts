import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/graph/normalise-name.js';

describe('normaliseName', () => {
  it.each([
    ['ICMPD', 'icmpd'],
    ['  International   Centre\tfor\nMigration ', 'international centre for migration'],
    ['the Budapest Process', 'budapest process'],
    ['The Hague', 'hague'],
    ["Europol's", 'europol'],
    ['Europol\u2019s.', 'europol'],
    ['Boa Vista,', 'boa vista'],
    ['U.S. Department of State.', 'u.s. department of state'],
    ['ＩＣＭＰＤ', 'icmpd'],
    ['Straße', 'strasse'],
    ['ẞ', 'ss'],
    ['ENIGMMA 2 (Phase 2)', 'enigmma 2 (phase 2)'],
    ['...', ''],
  ])('%j → %j', (surface, expected) => {
    expect(normaliseName(surface)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (surface) => {
        const once = normaliseName(surface);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 20000 },
    );
  });
});
