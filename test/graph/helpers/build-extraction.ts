import type { Entity, EntityType, Extraction, Relation, RelationType } from '../../../src/schema.js';

/** An entity with `mentions` placeholder spans; the graph layer reads only their number. */
export function entity(
  id: string,
  type: EntityType,
  name: string,
  options: { aliases?: string[]; mentions?: number; value?: string } = {},
): Entity {
  const mentions = Array.from({ length: options.mentions ?? 1 }, (_, index) => ({
    start: index * 10,
    end: index * 10 + name.length,
    text: name,
  }));
  return {
    id,
    type,
    name,
    aliases: options.aliases ?? [],
    mentions,
    ...(options.value === undefined ? {} : { value: options.value }),
  };
}

let relationCounter = 0;

export function relation(
  type: RelationType,
  source: string,
  target: string,
  options: { role?: string; weight?: number } = {},
): Relation {
  relationCounter += 1;
  return {
    id: `r${relationCounter}`,
    type,
    source,
    target,
    ...options,
    evidence: { start: 0, end: 1, text: 'x' },
    confidence: 0.9,
  };
}

export function extraction(documentId: string, entities: Entity[], relations: Relation[] = []): Extraction {
  return { documentId, entities, relations };
}
