import type { EntityType } from '../../schema.js';
import type { DraftEntity, Sentence } from '../state.js';
import type { PlacedMention } from './context.js';

/** Definite descriptions that point back at the last named thing of a kind: "the conference". */
const DESCRIPTIONS: ReadonlyArray<[RegExp, EntityType]> = [
  [/\b(?:the|this|that)\s+(?:(?:one-week|one-day|two-day|international|regional|ministerial|high-level|annual)\s+)?(?:event|conference|meeting|summit|forum|session|workshop|seminar|roundtable|round-table|summer school|symposium|congress)\b/giu, 'event'],
  [/\b(?:the|this|that)\s+(?:project|programme|program|initiative|facility)\b/giu, 'project'],
  [/\b(?:the|this|that)\s+(?:action plan|strategy|declaration|compact|convention|protocol|charter|agreement|pact)\b/giu, 'action-plan'],
];

const PLURAL_PROJECTS = /\b(?:all|the|these|both|those)\s+(?:(?:two|three|four|five)\s+)?(?:projects|programmes|programs|initiatives)\b/giu;

/** How far back, in sentences, a description may point. */
const REACH = 4;

/**
 * Adds, to each sentence's mentions, stand-ins for "the conference", "the project" …: the most
 * recent entity of that kind named in the last few sentences. Relations may use them as ends.
 */
export function withAnaphora(
  clean: string,
  sentences: readonly Sentence[],
  mentionsBySentence: readonly PlacedMention[][],
): PlacedMention[][] {
  const lastSeen = new Map<EntityType, { entity: DraftEntity; sentence: number }>();
  let lastProjects: { entities: DraftEntity[]; sentence: number } | undefined;
  return mentionsBySentence.map((mentions, index) => {
    const sentence = sentences[index]!;
    const text = clean.slice(sentence.start, sentence.end);
    const added: PlacedMention[] = [];
    for (const [pattern, type] of DESCRIPTIONS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (mentions.some((x) => x.start < end && start < x.end)) continue;
        const seen = lastSeen.get(type);
        // The description names something only if nothing of that kind was named in this sentence before it.
        const namedHere = mentions.some((x) => x.entity.type === type && x.end <= start);
        if (seen && !namedHere && index - seen.sentence <= REACH) added.push({ start, end, entity: seen.entity, anaphoric: true });
      }
    }
    // "All projects", "these projects": every project named in the last sentence that named any.
    PLURAL_PROJECTS.lastIndex = 0;
    for (let m = PLURAL_PROJECTS.exec(text); m; m = PLURAL_PROJECTS.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const named = lastProjects;
      if (named && index - named.sentence <= 1 && !mentions.some((x) => x.entity.type === 'project' && x.end <= start)) {
        for (const entity of named.entities) added.push({ start, end, entity, anaphoric: true });
      }
    }
    const projectsHere = [...new Set(mentions.filter((m) => m.entity.type === 'project').map((m) => m.entity))];
    if (projectsHere.length > 0) lastProjects = { entities: projectsHere, sentence: index };
    for (const m of mentions) lastSeen.set(m.entity.type, { entity: m.entity, sentence: index });
    return [...mentions, ...added].sort((a, b) => a.start - b.start);
  });
}
