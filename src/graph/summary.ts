import type Graph from 'graphology';
import {
  EntityTypeSchema,
  RelationTypeSchema,
  type EdgeAttributes,
  type EntityType,
  type Extraction,
  type NodeAttributes,
  type RelationType,
} from '../schema.js';
import { compareCodeUnits } from './compare-code-units.js';

/** A relation type stated by the text, as opposed to mere co-occurrence. */
export type TypedRelationType = Exclude<RelationType, 'co-occurs'>;

const typedRelationTypes = RelationTypeSchema.options.filter(
  (type): type is TypedRelationType => type !== 'co-occurs',
);

/** An entity ranked by how connected it is. */
export interface ConnectedEntity {
  key: string;
  label: string;
  type: EntityType;
  /** Sum of the weights of the typed relations it takes part in, either end. */
  weightedDegree: number;
}

/** What a run found, in numbers: per document extractions first, the merged graph after. */
export interface Summary {
  documents: number;
  entitiesByType: Record<EntityType, number>;
  nodesByType: Record<EntityType, number>;
  relationsByType: Record<TypedRelationType, number>;
  coOccurrences: number;
  nodes: number;
  edges: number;
  mostConnected: ConnectedEntity[];
}

const zeroPerEntityType = (): Record<EntityType, number> =>
  Object.fromEntries(EntityTypeSchema.options.map((type) => [type, 0])) as Record<EntityType, number>;

/** Counts entities and relations of the documents and ranks the graph's nodes by typed weighted degree. */
export function summarise(
  documents: readonly Extraction[],
  graph: Graph<NodeAttributes, EdgeAttributes>,
  limit = 10,
): Summary {
  const entitiesByType = zeroPerEntityType();
  const relationsByType = Object.fromEntries(typedRelationTypes.map((type) => [type, 0])) as Record<
    TypedRelationType,
    number
  >;
  let coOccurrences = 0;
  for (const document of documents) {
    for (const entity of document.entities) entitiesByType[entity.type] += 1;
    for (const relation of document.relations) {
      if (relation.type === 'co-occurs') coOccurrences += 1;
      else relationsByType[relation.type] += 1;
    }
  }

  const nodesByType = zeroPerEntityType();
  graph.forEachNode((_key, node) => {
    nodesByType[node.type] += 1;
  });

  const weightedDegree = new Map<string, number>();
  graph.forEachEdge((_key, edge, source, target) => {
    if (edge.type === 'co-occurs') return;
    weightedDegree.set(source, (weightedDegree.get(source) ?? 0) + edge.weight);
    weightedDegree.set(target, (weightedDegree.get(target) ?? 0) + edge.weight);
  });
  const mostConnected = [...weightedDegree]
    .filter(([, degree]) => degree > 0)
    .map(([key, degree]) => {
      const { label, type } = graph.getNodeAttributes(key);
      return { key, label, type, weightedDegree: degree };
    })
    .sort(
      (a, b) =>
        b.weightedDegree - a.weightedDegree || compareCodeUnits(a.label, b.label) || compareCodeUnits(a.key, b.key),
    )
    .slice(0, limit);

  return {
    documents: documents.length,
    entitiesByType,
    nodesByType,
    relationsByType,
    coOccurrences,
    nodes: graph.order,
    edges: graph.size,
    mostConnected,
  };
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** The summary as the CLI prints it: plain text, one fact a line, ending with a newline. */
export function formatSummary(summary: Summary): string {
  const row = (name: string, ...counts: number[]): string =>
    `  ${name.padEnd(18)}${counts.map((count) => String(count).padStart(10)).join('')}`;
  const lines = [
    `documents: ${summary.documents}`,
    `entities: ${total(summary.entitiesByType)} (${summary.nodes} nodes after merging)`,
    `  ${''.padEnd(18)}${'entities'.padStart(10)}${'nodes'.padStart(10)}`,
    ...EntityTypeSchema.options.map((type) => row(type, summary.entitiesByType[type], summary.nodesByType[type])),
    `relations: ${total(summary.relationsByType)}`,
    ...typedRelationTypes.map((type) => row(type, summary.relationsByType[type])),
    `co-occurrences: ${summary.coOccurrences}`,
    `graph: ${summary.nodes} nodes, ${summary.edges} edges`,
    `most connected (weighted degree over typed relations):`,
    ...(summary.mostConnected.length === 0
      ? ['  none']
      : summary.mostConnected.map(
          ({ label, type, weightedDegree }, index) =>
            `  ${String(index + 1).padStart(2)}. ${label} [${type}] ${weightedDegree}`,
        )),
  ];
  return `${lines.join('\n')}\n`;
}
