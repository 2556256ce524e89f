import type { DraftEntity } from '../state.js';
import type { RelationContext } from './context.js';

export interface CoOccurrence {
  readonly source: DraftEntity;
  readonly target: DraftEntity;
  readonly weight: number;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
}

/** Limits the pairs one sentence contributes: a table row of 200 names is not 20,000 statements. */
const MAX_ENTITIES_PER_SENTENCE = 40;

/** Untyped `co-occurs` edges: entities sharing a sentence, weighted by how many they share. */
export function coOccurrences(context: RelationContext): CoOccurrence[] {
  const pairs = new Map<string, { source: DraftEntity; target: DraftEntity; weight: number; start: number; end: number }>();
  context.mentionsBySentence.forEach((mentions, index) => {
    const sentence = context.sentences[index]!;
    const entities = [...new Set(mentions.filter((m) => !m.anaphoric).map((m) => m.entity))]
      .sort((a, b) => a.key - b.key)
      .slice(0, MAX_ENTITIES_PER_SENTENCE);
    for (let i = 0; i < entities.length; i++) {
      for (let j = i + 1; j < entities.length; j++) {
        const source = entities[i]!;
        const target = entities[j]!;
        const key = `${source.key}|${target.key}`;
        const pair = pairs.get(key);
        if (pair) pair.weight++;
        else pairs.set(key, { source, target, weight: 1, start: sentence.start, end: sentence.end });
      }
    }
  });
  return [...pairs.values()].map((p) => ({
    source: p.source,
    target: p.target,
    weight: p.weight,
    evidenceStart: p.start,
    evidenceEnd: p.end,
  }));
}
