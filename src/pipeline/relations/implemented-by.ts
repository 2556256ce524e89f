import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

const IMPLEMENTING = String.raw`(?:implement(?:ed|s|ing)?|run|runs|manag(?:ed|es)|led|leads|carried out|executed|coordinated|coordinates|launch(?:ed|es)|operat(?:ed|es))`;

const PATTERNS: CuePattern[] = [
  {
    relation: 'implemented-by',
    source: ['project'],
    target: ['organisation'],
    order: 'forward',
    reach: 'clause',
    // "Euromed Migration IV, implemented by the International Centre …".
    gap: new RegExp(String.raw`^[^.;:!?]{0,80}\b${IMPLEMENTING}\s+(?:jointly\s+)?by\s+(?:the\s+)?$`, 'iu'),
    confidence: 0.75,
    lists: true,
  },
  {
    relation: 'implemented-by',
    source: ['project'],
    target: ['organisation'],
    order: 'backward',
    // "ICMPD launched the project Swiss Support …", "ICMPD implements MIEUX".
    gap: new RegExp(String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:has\s+|have\s+|also\s+|will\s+)?${IMPLEMENTING}\s+(?:the|its|a|an)?\s*(?:new\s+)?(?:project|programme|program|initiative|facility)?\s*[“"]?$`, 'iu'),
    confidence: 0.65,
  },
  {
    relation: 'implemented-by',
    source: ['project'],
    target: ['organisation'],
    order: 'backward',
    // "ICMPD's 2021 Annual Policy Initiative", "UNHCR's new programme X".
    gap: /^['’]s\s+(?:\d{4}\s+)?(?:new\s+|own\s+|flagship\s+)?$/iu,
    confidence: 0.6,
  },
];

/** `implemented-by`: project → organisation. */
export const relateImplementedBy: RelationExtractor = (context) => matchCuePatterns(context, PATTERNS);
