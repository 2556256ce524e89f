import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'valid-during',
    source: ['action-plan'],
    target: ['date'],
    order: 'forward',
    // "Action Plan 2021-2025", "… against Migrant Smuggling (2021-2025)", "the Strategy for 2020–2024".
    gap: /^\s*(?:\(\s*|for\s+(?:the\s+(?:period\s+)?)?|covering\s+(?:the\s+(?:period\s+)?)?|,\s*)?$/iu,
    confidence: 0.7,
  },
];

/** `valid-during`: action plan → the period it covers. */
export const relateValidDuring: RelationExtractor = (context) =>
  matchCuePatterns(context, PATTERNS).filter((r) => r.target.value?.includes('/') || /^\d{4}$/u.test(r.target.value ?? ''));
