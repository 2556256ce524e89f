import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';
import { nestedRelations } from './nested-names.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'part-of',
    source: ['organisation'],
    target: ['organisation'],
    order: 'backward',
    // "Europol's European Migrant Smuggling Centre", "UNODC's … section".
    gap: /^['’]s\s+(?:own\s+|new\s+)?$/u,
    confidence: 0.75,
  },
  {
    relation: 'part-of',
    source: ['organisation'],
    target: ['organisation'],
    order: 'forward',
    // "the Directorate … of the French Ministry of the Interior", "a unit within the Commission".
    gap: /^\s*(?:of|within|at)\s+(?:the\s+)?$/iu,
    confidence: 0.5,
  },
  {
    relation: 'part-of',
    source: ['organisation'],
    target: ['organisation'],
    order: 'backward',
    // "EU institutions (Europol, European Commission)", "UN agencies such as UNHCR and IOM".
    gap: /^\s+(?:institutions|agencies|bodies|entities|organisations|organizations|departments|units)\s*(?:\(\s*|,?\s*(?:such as|including|like)\s+)(?:the\s+)?$/iu,
    confidence: 0.6,
    lists: true,
  },
];

/** `part-of`: organisation → organisation, stated by a possessive, "of", apposition or a nested name. */
export const relatePartOf: RelationExtractor = (context) => [
  ...matchCuePatterns(context, PATTERNS),
  ...nestedRelations(context, 'organisation', ['organisation'], 'part-of', 0.6),
];
