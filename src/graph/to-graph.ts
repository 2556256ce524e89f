import { MultiDirectedGraph } from 'graphology';
import { z } from 'zod';
import {
  ExtractionSchema,
  type EdgeAttributes,
  type Entity,
  type EntityType,
  type Extraction,
  type NodeAttributes,
  type RelationType,
} from '../schema.js';
import { compareCodeUnits } from './compare-code-units.js';
import { GraphInputError } from './graph-input-error.js';
import { normaliseName } from './normalise-name.js';
import { UnionFind } from '../union-find.js';

const DocumentsSchema = z.array(ExtractionSchema).superRefine((documents, context) => {
  documents.forEach((document, documentIndex) => {
    const seen = new Set<string>();
    document.entities.forEach((entity, entityIndex) => {
      if (seen.has(entity.id)) {
        context.addIssue({
          code: 'custom',
          path: [documentIndex, 'entities', entityIndex, 'id'],
          message: `duplicate entity id "${entity.id}" in document "${document.documentId}"`,
        });
      }
      seen.add(entity.id);
    });
    document.relations.forEach((relation, relationIndex) => {
      for (const end of ['source', 'target'] as const) {
        if (!seen.has(relation[end])) {
          context.addIssue({
            code: 'custom',
            path: [documentIndex, 'relations', relationIndex, end],
            message: `relation "${relation.id}" names unknown entity "${relation[end]}"`,
          });
        }
      }
    });
  });
});

interface Identity {
  /** Keys shared by entities that are the same thing; one shared key is enough to merge. */
  mergeKeys(entity: Entity): string[];
  /** The value the merged node carries, if the type has one. */
  value(entity: Entity): string | undefined;
}

const byName: Identity = {
  mergeKeys: (entity) =>
    [entity.name, ...entity.aliases]
      .map(normaliseName)
      .filter((name) => name !== '')
      .map((name) => `name:${name}`),
  value: () => undefined,
};

// A resolved date is the same day wherever it is written; an unresolved one ("1 May") is only known by its words.
const byDateValue: Identity = {
  mergeKeys: (entity) => (entity.value === undefined ? byName.mergeKeys(entity) : [`value:${entity.value}`]),
  value: (entity) => entity.value,
};

/** What makes two entities of one type the same thing. */
const identityByType: Record<EntityType, Identity> = {
  person: byName,
  organisation: byName,
  place: byName,
  date: byDateValue,
  'action-plan': byName,
  project: byName,
  event: byName,
};

interface Member {
  documentId: string;
  entity: Entity;
}

interface Cluster {
  key: string;
  attributes: NodeAttributes;
}

const tidy = (surface: string): string => surface.replace(/\s+/gu, ' ').trim();

function chooseLabel(members: readonly Member[]): string {
  const frequency = new Map<string, number>();
  for (const { entity } of members) {
    const name = tidy(entity.name);
    frequency.set(name, (frequency.get(name) ?? 0) + 1);
  }
  // Fullness is measured on the normalised form, so "the", a possessive or a final stop add nothing,
  // and the alphabetical tie-break then prefers "Europol" to "Europol's".
  const fullness = (name: string): number => [...normaliseName(name)].length;
  const ranked = [...frequency].sort(
    ([a, countA], [b, countB]) => fullness(b) - fullness(a) || countB - countA || compareCodeUnits(a, b),
  );
  return ranked[0]?.[0] ?? '';
}

function nodeAttributesOf(members: readonly Member[]): NodeAttributes {
  const first = members[0];
  if (first === undefined) throw new Error('a merged entity has at least one member');
  const { type } = first.entity;
  const label = chooseLabel(members);
  const surfaces = new Set(members.flatMap(({ entity }) => [entity.name, ...entity.aliases].map(tidy)));
  surfaces.delete(label);
  surfaces.delete('');
  const value = identityByType[type].value(first.entity);
  return {
    type,
    label,
    aliases: [...surfaces].sort(compareCodeUnits),
    mentions: members.reduce((total, { entity }) => total + entity.mentions.length, 0),
    documents: [...new Set(members.map(({ documentId }) => documentId))].sort(compareCodeUnits),
    ...(value === undefined ? {} : { value }),
  };
}

/** Groups entities transitively and gives each group a node key; `nodeKeyOf` maps a document's entity to its node. */
function clusterEntities(documents: readonly Extraction[]) {
  const members: Member[] = [];
  const memberIndexByEntityId = documents.map(({ documentId, entities }) => {
    const indexById = new Map<string, number>();
    for (const entity of entities) {
      indexById.set(entity.id, members.length);
      members.push({ documentId, entity });
    }
    return indexById;
  });

  const sets = new UnionFind(members.length);
  const firstHolderOfKey = new Map<string, number>();
  members.forEach(({ entity }, index) => {
    for (const key of identityByType[entity.type].mergeKeys(entity)) {
      const scoped = `${entity.type}\u0000${key}`;
      const holder = firstHolderOfKey.get(scoped);
      if (holder === undefined) firstHolderOfKey.set(scoped, index);
      else sets.union(holder, index);
    }
  });

  const membersByRoot = new Map<number, Member[]>();
  members.forEach((member, index) => {
    const root = sets.find(index);
    const group = membersByRoot.get(root);
    if (group === undefined) membersByRoot.set(root, [member]);
    else group.push(member);
  });

  const drafts = [...membersByRoot].map(([root, group]) => {
    const attributes = nodeAttributesOf(group);
    const signature = group
      .map(({ documentId, entity }) => `${documentId}\u0000${entity.id}`)
      .sort(compareCodeUnits)
      .join('\u0001');
    const baseKey = `${attributes.type}:${attributes.value ?? normaliseName(attributes.label)}`;
    return { root, attributes, baseKey, signature };
  });
  // Distinct groups share a base key only in corner cases (an unresolved date written like an ISO value,
  // names that normalise to nothing); a counter keeps their keys apart and the same from run to run.
  drafts.sort((a, b) => compareCodeUnits(a.baseKey, b.baseKey) || compareCodeUnits(a.signature, b.signature));
  const keyByRoot = new Map<number, string>();
  const taken = new Set<string>();
  const clusters: Cluster[] = [];
  for (const { root, attributes, baseKey } of drafts) {
    let key = baseKey;
    for (let counter = 2; taken.has(key); counter += 1) key = `${baseKey}#${counter}`;
    taken.add(key);
    keyByRoot.set(root, key);
    clusters.push({ key, attributes });
  }

  const nodeKeyOf = (documentIndex: number, entityId: string): string | undefined => {
    const index = memberIndexByEntityId[documentIndex]?.get(entityId);
    return index === undefined ? undefined : keyByRoot.get(sets.find(index));
  };
  return { clusters, nodeKeyOf };
}

interface EdgeDraft {
  source: string;
  target: string;
  type: RelationType;
  coOccurrenceWeight: number;
  documents: Set<string>;
  roles: Set<string>;
}

function aggregateRelations(
  documents: readonly Extraction[],
  nodeKeyOf: (documentIndex: number, entityId: string) => string | undefined,
): Map<string, EdgeDraft> {
  const drafts = new Map<string, EdgeDraft>();
  documents.forEach((document, documentIndex) => {
    for (const relation of document.relations) {
      let source = nodeKeyOf(documentIndex, relation.source);
      let target = nodeKeyOf(documentIndex, relation.target);
      if (source === undefined || target === undefined || source === target) continue;
      // Co-occurrence has no direction: one edge per pair, whichever order each document wrote it in.
      if (relation.type === 'co-occurs' && compareCodeUnits(target, source) < 0) [source, target] = [target, source];
      const key = `${relation.type}:${source}->${target}`;
      const draft = drafts.get(key) ?? {
        source,
        target,
        type: relation.type,
        coOccurrenceWeight: 0,
        documents: new Set<string>(),
        roles: new Set<string>(),
      };
      drafts.set(key, draft);
      draft.documents.add(document.documentId);
      if (relation.type === 'co-occurs') draft.coOccurrenceWeight += relation.weight ?? 1;
      const role = tidy(relation.role ?? '');
      if (role !== '') draft.roles.add(role);
    }
  });
  return drafts;
}

/**
 * Merges the extractions of one or more documents into a directed multigraph: one node per
 * real-world entity, one edge per relation type and ordered pair of nodes, self-loops dropped.
 * Throws a `GraphInputError` when the input does not match `ExtractionSchema`.
 */
export function toGraph(input: Extraction | Extraction[]): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const parsed = DocumentsSchema.safeParse(Array.isArray(input) ? input : [input]);
  if (!parsed.success) {
    throw new GraphInputError(`toGraph: invalid extraction\n${z.prettifyError(parsed.error)}`, parsed.error.issues);
  }
  const documents = parsed.data;
  const { clusters, nodeKeyOf } = clusterEntities(documents);
  const edges = aggregateRelations(documents, nodeKeyOf);

  // Insertion order is export order, so both are sorted for a stable `graph.export()`.
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const { key, attributes } of clusters.sort((a, b) => compareCodeUnits(a.key, b.key))) {
    graph.addNode(key, attributes);
  }
  for (const [key, edge] of [...edges].sort(([a], [b]) => compareCodeUnits(a, b))) {
    graph.addEdgeWithKey(key, edge.source, edge.target, {
      type: edge.type,
      // A typed relation counts once per document that states it, however often the text repeats it.
      weight: edge.type === 'co-occurs' ? edge.coOccurrenceWeight : edge.documents.size,
      documents: [...edge.documents].sort(compareCodeUnits),
      roles: [...edge.roles].sort(compareCodeUnits),
    });
  }
  return graph;
}
