import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

// "funded by", "with funding from", "received financial support from", "made possible by a
// contribution from", "thanks to a grant from".
const FUNDING = String.raw`(?:(?:co-)?fund(?:ed|s)|financed|sponsored|supported|backed|paid for)\s+by|(?:with|received|receives|receiving|thanks\s+to|made\s+possible\s+by)\s+(?:the\s+|a\s+|an\s+)?(?:financial\s+|generous\s+)?(?:funding|support|assistance|contribution|grant)s?(?:\s+and\s+(?:funding|support))?\s+(?:of|from)`;

const PATTERNS: CuePattern[] = [
  {
    relation: 'funded-by',
    source: ['project', 'event'],
    target: ['organisation', 'place'],
    order: 'forward',
    reach: 'clause',
    // "… funded by the U.S. Department of State", "with funding and support from France & Sweden".
    gap: new RegExp(String.raw`^[^.;:!?]{0,120}\b${FUNDING}\s+(?:the\s+)?$`, 'iu'),
    confidence: 0.7,
    lists: true,
  },
  {
    relation: 'funded-by',
    source: ['project', 'event'],
    target: ['organisation', 'place'],
    order: 'backward',
    // "the EU-funded Mobility Partnership Facility", "Swiss-funded project X".
    gap: /^-(?:funded|financed|sponsored)\s+(?:\w+,?\s+){0,2}(?:(?:namely|including|such as)[,:]?\s+)?(?:the\s+)?[“"]?$/iu,
    confidence: 0.7,
    lists: true,
  },
];

/** `funded-by`: project or event → organisation or place. */
export const relateFundedBy: RelationExtractor = (context) => matchCuePatterns(context, PATTERNS);
