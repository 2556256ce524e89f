import type { EntityType } from '../../schema.js';
import type { DraftEntity } from '../state.js';
import { phraseKey } from '../phrase-key.js';
import type { RelationContext, RelationDraft } from './context.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** Every other entity whose form occurs as whole words inside a mention of `outer`. */
function namesInside(
  context: RelationContext,
  entity: DraftEntity,
  byForm: ReadonlyMap<string, DraftEntity>,
  modifiersOnly: boolean,
): Map<DraftEntity, [number, number]> {
  const inside = new Map<DraftEntity, [number, number]>();
  for (const mention of entity.mentions) {
    const full = context.clean.slice(mention.start, mention.end);
    // Where a body is, not what it is about: "ICMPD Brussels Mission", "Embassy in Rome", "Delegation to
    // Lebanon", "National Assembly of the Republic of Bulgaria" — not "Dialogue for West Africa".
    const text = modifiersOnly ? full.split(/\s(?:for|on|against)\s/u)[0]! : full;
    const words = [...text.matchAll(WORD)];
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length - 1, i + 7); j >= i; j--) {
        if (i === 0 && j === words.length - 1) continue;
        const from = words[i]!.index!;
        const to = words[j]!.index! + words[j]![0].length;
        const found = byForm.get(phraseKey(text.slice(from, to).replace(/['’]s$/u, '')));
        if (!found || found === entity || inside.has(found)) continue;
        // The longest name inside wins: "… of the Council of the European Union" is part of the Council.
        if (spans.some(([a, b]) => a <= from && to <= b)) continue;
        spans.push([from, to]);
        inside.set(found, [mention.start, mention.end]);
      }
    }
  }
  return inside;
}

function formIndex(context: RelationContext, types: readonly EntityType[]): Map<string, DraftEntity> {
  const index = new Map<string, DraftEntity>();
  for (const entity of context.entities) {
    if (!types.includes(entity.type)) continue;
    for (const form of entity.forms) if (form.length >= 2) index.set(phraseKey(form), entity);
  }
  return index;
}

/**
 * Relations stated by a name's own words: "ICMPD Brussels Mission" is part of ICMPD and located
 * in Brussels; the "6th Budapest Process Ministerial Conference" is organised by the Budapest Process.
 */
export function nestedRelations(
  context: RelationContext,
  outer: EntityType,
  inner: readonly EntityType[],
  relation: RelationDraft['type'],
  confidence: number,
  modifiersOnly = false,
): RelationDraft[] {
  const found: RelationDraft[] = [];
  const byForm = formIndex(context, inner);
  for (const entity of context.entities) {
    if (entity.type !== outer) continue;
    for (const [target, [start, end]] of namesInside(context, entity, byForm, modifiersOnly)) {
      found.push({ type: relation, source: entity, target, evidenceStart: start, evidenceEnd: end, confidence });
    }
  }
  return found;
}
