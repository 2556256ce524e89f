import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationDraft, RelationExtractor } from './context.js';
import { nestedRelations } from './nested-names.js';

const ORGANISING = String.raw`(?:co-)?(?:organi[sz](?:ed|es|e|ing)|host(?:ed|s|ing)?|co-host(?:ed|s)?|convened|convenes|held|holds|launched|launches|run|runs|chaired|chairs|arranged)`;

const PATTERNS: CuePattern[] = [
  {
    relation: 'organised-by',
    source: ['event'],
    target: ['organisation', 'place'],
    order: 'forward',
    reach: 'clause',
    // "… Summit, organised by United Cities …", "… was hosted by the Government of Turkey".
    gap: new RegExp(String.raw`^[^.;:!?]{0,120}\b${ORGANISING}\s+(?:jointly\s+)?by\s+(?:the\s+)?$`, 'iu'),
    confidence: 0.75,
    lists: true,
  },
  {
    relation: 'organised-by',
    source: ['event'],
    target: ['organisation', 'place'],
    order: 'backward',
    // "ICMPD organises the International Summer School", "The Budapest Process held its 6th … Conference".
    gap: new RegExp(String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:has\s+|have\s+|will\s+|also\s+|jointly\s+)?${ORGANISING}\s+(?:the|its|a|an|their)?\s*(?:\w+\s+){0,3}$`, 'iu'),
    confidence: 0.65,
  },
  {
    relation: 'organised-by',
    source: ['event'],
    target: ['place'],
    order: 'backward',
    // "Turkey as the host of the sixth Ministerial Conference".
    gap: /^\s*,?\s*(?:as\s+)?(?:the\s+)?(?:host|hosts|host country|chair)\s+(?:of|to)\s+(?:the\s+)?(?:\w+\s+)?$/iu,
    confidence: 0.6,
  },
];

/** `organised-by`: event → organisation, or place as host; also events named after their body. */
export const relateOrganisedBy: RelationExtractor = (context) => {
  const named: RelationDraft[] = nestedRelations(context, 'event', ['organisation'], 'organised-by', 0.6);
  return [...matchCuePatterns(context, PATTERNS), ...named];
};
