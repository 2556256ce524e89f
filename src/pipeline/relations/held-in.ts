import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'held-in',
    source: ['event'],
    target: ['place'],
    order: 'forward',
    reach: 'clause',
    // "… Conference took place in Istanbul", "… was held on 4 September 2017 in Vienna", "Summit in Dakar".
    gap: /^[^.;:!?]{0,100}\b(?:held|took place|takes place|taking place|will take place|convened|hosted|organi[sz]ed|met|opened|meeting|gathered)\b[^.;:!?]{0,60}\b(?:in|at)\s+(?:the\s+)?$|^\s*(?:,\s*)?(?:in|at)\s+(?:the\s+)?$/iu,
    confidence: 0.7,
  },
  {
    relation: 'held-in',
    source: ['event'],
    target: ['place'],
    order: 'backward',
    // "the Athens conference", "In Istanbul, the … Conference".
    gap: /^\s*(?:,\s*)?$/u,
    confidence: 0.4,
  },
];

/** `held-in`: event → place. */
export const relateHeldIn: RelationExtractor = (context) => matchCuePatterns(context, PATTERNS);
