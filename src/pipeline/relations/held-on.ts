import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'held-on',
    source: ['event'],
    target: ['date'],
    order: 'forward',
    reach: 'clause',
    // "… Conference on 19-20 February 2019", "… was held in Istanbul on 5–6 July 2017", "… in 2014".
    gap: /^[^.;:!?]{0,100}\b(?:held|took place|takes place|taking place|will take place|convened|organi[sz]ed|hosted|met|opened|launched|adopted|celebrated)\b[^.;:!?]{0,80}\b(?:on|in|from|between)\s+(?:the\s+)?$|^\s*(?:,\s*)?(?:on|in|from|of|between)\s+$|^\s*\(?$/iu,
    confidence: 0.7,
  },
  {
    relation: 'held-on',
    source: ['event'],
    target: ['date'],
    order: 'backward',
    // "From 19-20 February 2019 the 6th … Conference took place", "On 4 May, the Summit opened".
    gap: /^\s*,?\s*(?:the\s+)?$/iu,
    confidence: 0.6,
  },
];

/** `held-on`: event → date. */
export const relateHeldOn: RelationExtractor = (context) => matchCuePatterns(context, PATTERNS);
