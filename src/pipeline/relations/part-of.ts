import { matchCuePatterns, type CuePattern } from './cue-pattern.js';
import type { RelationContext, RelationDraft, RelationExtractor } from './context.js';
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
    gap: /^\s*(?:of|within|at|in)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?$/iu,
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

/** Names of units that belong to a larger body: "DG …", "Directorate …", "… Unit". */
const UNIT_NAME = /^(?:DG|Directorate|Department|Division|Unit|Section|Office|Bureau|Secretariat)\b|\b(?:Unit|Section|Division|Department|Directorate|Secretariat)$/u;

/**
 * "Graziella Rizza from DG Migration and Home Affairs, European Commission.": a unit, a comma
 * and its parent closing the clause.
 */
function appositionOfUnits(context: RelationContext): RelationDraft[] {
  const found: RelationDraft[] = [];
  for (const mentions of context.mentionsBySentence) {
    for (let i = 0; i + 1 < mentions.length; i++) {
      const unit = mentions[i]!;
      const parent = mentions[i + 1]!;
      if (unit.entity.type !== 'organisation' || parent.entity.type !== 'organisation' || unit.entity === parent.entity) continue;
      if (!/^\s*,\s*(?:the\s+)?$/u.test(context.clean.slice(unit.end, parent.start))) continue;
      if (!/^\s*(?:[.;)"”’]|$)/u.test(context.clean.slice(parent.end, parent.end + 3))) continue;
      if (!UNIT_NAME.test(context.clean.slice(unit.start, unit.end))) continue;
      found.push({ type: 'part-of', source: unit.entity, target: parent.entity, evidenceStart: unit.start, evidenceEnd: parent.end, confidence: 0.55 });
    }
  }
  return found;
}

/** `part-of`: organisation → organisation, stated by a possessive, "of", apposition or a nested name. */
export const relatePartOf: RelationExtractor = (context) => [
  ...matchCuePatterns(context, PATTERNS),
  ...appositionOfUnits(context),
  ...nestedRelations(context, 'organisation', ['organisation'], 'part-of', 0.6),
];
