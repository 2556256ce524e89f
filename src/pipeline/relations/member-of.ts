import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationExtractor } from './context.js';

const PATTERNS: CuePattern[] = [
  {
    relation: 'member-of',
    source: ['place', 'organisation'],
    target: ['organisation'],
    order: 'forward',
    // "Turkey also joined ICMPD", "Malta, a member state of the EU", "X became a member of Y".
    gap: /^[^.;:!?]{0,40}\b(?:joined|joins|acceded to|accedes to|became (?:a |the )?(?:\w+\s+)?member(?: state| country)? of|(?:is|was|as) (?:a |the )?(?:\w+\s+)?member(?: state| country)? of|(?:a |the )?member(?: state| country)?s? of)\s+(?:the\s+)?$/iu,
    confidence: 0.7,
    lists: false,
  },
  {
    relation: 'member-of',
    source: ['place', 'organisation'],
    target: ['organisation'],
    order: 'backward',
    // "ICMPD member states such as Austria", "the EU's member states, including Malta".
    gap: /^(?:['’]s)?\s+member (?:states?|countries)[^.;:!?]{0,20}\b(?:such as|including|like)\s+$/iu,
    confidence: 0.6,
  },
  {
    relation: 'member-of',
    source: ['place', 'organisation'],
    target: ['organisation'],
    order: 'backward',
    // "the Intergovernmental Authority on Development (IGAD), whose member states include Sudan,
    // South Sudan and Ethiopia", "the Alliance (AES), whose members Burkina Faso, Mali and Niger …".
    gap: /^(?:\s*\([^()]{1,20}\))?,?\s+whose (?:\w+\s+)?members?(?: states| countries| cities)?(?:\s+(?:include|includes|included|are|were|such as|like))?\s+$/iu,
    confidence: 0.65,
    lists: true,
  },
];

/** `member-of`: place or organisation → organisation. */
export const relateMemberOf: RelationExtractor = (context) => matchCuePatterns(context, PATTERNS);
