import type { Entity, Extraction, Mention, Relation } from '../schema.js';
import type { CoOccurrence } from './relations/co-occurs.js';
import type { RelationDraft } from './relations/context.js';
import type { DraftEntity } from './state.js';

function mentionOf(text: string, start: number, end: number): Mention {
  return { start, end, text: text.slice(start, end) };
}

/** Plain JSON output: ids in order of first mention, mentions from the original text. */
export function toOutput(
  text: string,
  documentId: string,
  drafts: readonly DraftEntity[],
  typed: readonly RelationDraft[],
  coOccurring: readonly CoOccurrence[],
): Extraction {
  const ordered = [...drafts].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const ids = new Map<DraftEntity, string>();
  const entities: Entity[] = ordered.map((draft, index) => {
    const id = `${documentId}#e${index + 1}`;
    ids.set(draft, id);
    const mentions = [...draft.mentions]
      .sort((a, b) => a.start - b.start)
      .map((m) => mentionOf(text, m.start, m.end));
    const aliases = [...draft.forms].filter((f) => f !== draft.name).sort();
    return {
      id,
      type: draft.type,
      name: draft.name,
      aliases,
      mentions,
      ...(draft.value !== undefined ? { value: draft.value } : {}),
    };
  });
  const relations: Relation[] = [];
  const sortedTyped = [...typed].sort(
    (a, b) => a.evidenceStart - b.evidenceStart || a.type.localeCompare(b.type) || a.source.key - b.source.key || a.target.key - b.target.key,
  );
  for (const r of sortedTyped) {
    relations.push({
      id: `${documentId}#r${relations.length + 1}`,
      type: r.type,
      source: ids.get(r.source)!,
      target: ids.get(r.target)!,
      ...(r.role ? { role: r.role } : {}),
      evidence: mentionOf(text, r.evidenceStart, r.evidenceEnd),
      confidence: r.confidence,
    });
  }
  for (const c of coOccurring) {
    const [source, target] = [ids.get(c.source)!, ids.get(c.target)!].sort();
    relations.push({
      id: `${documentId}#r${relations.length + 1}`,
      type: 'co-occurs',
      source: source!,
      target: target!,
      weight: c.weight,
      evidence: mentionOf(text, c.evidenceStart, c.evidenceEnd),
      confidence: 1,
    });
  }
  return { documentId, entities, relations };
}
