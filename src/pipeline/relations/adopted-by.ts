import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationDraft, RelationExtractor } from './context.js';
import { nestedRelations } from './nested-names.js';

const ADOPTING = String.raw`(?:adopt(?:ed|s|ing)?|sign(?:ed|s|ing)?|endors(?:ed|es|ing)|ratif(?:ied|ies|y)|agreed|agree|launch(?:ed|es)?|approv(?:ed|es)|issued|concluded|propos(?:ed|es))`;

const PATTERNS: CuePattern[] = [
  {
    relation: 'adopted-by',
    source: ['action-plan'],
    target: ['organisation', 'place'],
    order: 'forward',
    reach: 'clause',
    // "the Marrakesh Action Plan, adopted by the Rabat Process".
    gap: new RegExp(String.raw`^[^.;:!?]{0,60}\b${ADOPTING}\s+by\s+(?:the\s+)?$`, 'iu'),
    confidence: 0.75,
    lists: true,
  },
  {
    relation: 'adopted-by',
    source: ['action-plan'],
    target: ['organisation', 'place'],
    order: 'backward',
    // "the partners of the Rabat Process who signed … the Marrakesh Action Plan", "Cabo Verde's National … Strategy".
    gap: new RegExp(String.raw`^[^.;:!?]{0,120}\b${ADOPTING}\b[^.;:!?]{0,120}?$|^['’]s\s+(?:new\s+|own\s+|national\s+)?$`, 'iu'),
    confidence: 0.6,
  },
];

/**
 * `adopted-by`: action plan → organisation or place. Also a plan named after its author
 * ("EU Action Plan …"), and a plan adopted at an event, credited to the event's organisers.
 */
export const relateAdoptedBy =
  (organisedBy: readonly RelationDraft[]): RelationExtractor =>
  (context) => {
    const direct = matchCuePatterns(context, PATTERNS);
    // A place in a plan's name is where it was agreed ("Istanbul Commitments"), not who adopted it.
    const named = [
      ...nestedRelations(context, 'action-plan', ['organisation'], 'adopted-by', 0.55),
      // …but both sides of a bilateral name are its parties: "EU - Turkey Statement".
      ...nestedRelations(context, 'action-plan', ['place'], 'adopted-by', 0.5).filter((r) => /\S\s?[-–]\s?\S/u.test(r.source.name)),
    ];
    const atEvents = matchCuePatterns(context, [
      {
        relation: 'adopted-by',
        source: ['action-plan'],
        target: ['event'],
        order: 'backward',
        gap: new RegExp(String.raw`^[^.;:!?]{0,60}\b${ADOPTING}\s+(?:the\s+)?[“"]?$`, 'iu'),
        confidence: 0.55,
      },
    ]).flatMap((adoption) =>
      organisedBy
        .filter((o) => o.source === adoption.target)
        .map((o) => ({ ...adoption, target: o.target, confidence: 0.5 })),
    );
    return [...direct, ...named, ...atEvents];
  };
