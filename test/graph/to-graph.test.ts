import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphInputError } from '../../src/graph/graph-input-error.js';
import { toGraph } from '../../src/graph/to-graph.js';
import type { EntityType, Extraction } from '../../src/schema.js';
import { entity, extraction, relation } from './helpers/build-extraction.js';

const icmpdLong = 'International Centre for Migration Policy Development';

describe('toGraph: nodes', () => {
  it('merges an acronym in one document with the expansion that lists it as alias in another', () => {
    const graph = toGraph([
      extraction('a', [entity('e1', 'organisation', 'ICMPD', { mentions: 2 })]),
      extraction('b', [entity('e1', 'organisation', icmpdLong, { aliases: ['ICMPD'], mentions: 3 })]),
    ]);
    expect(graph.order).toBe(1);
    const key = `organisation:${icmpdLong.toLowerCase()}`;
    expect(graph.getNodeAttributes(key)).toEqual({
      type: 'organisation',
      label: icmpdLong,
      aliases: ['ICMPD'],
      mentions: 5,
      documents: ['a', 'b'],
    });
  });

  it('merges transitively: A~B in one document and B~C in another make one node of A, B, C', () => {
    const graph = toGraph([
      extraction('d1', [entity('x', 'person', 'Michael Spindelegger', { aliases: ['Spindelegger'] })]),
      extraction('d2', [entity('x', 'person', 'Dr Spindelegger', { aliases: ['Spindelegger', 'M. S.'] })]),
      extraction('d3', [entity('x', 'person', 'M. S.')]),
      extraction('d4', [entity('x', 'person', 'Claire Healy')]),
    ]);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes('person:michael spindelegger')).toMatchObject({
      label: 'Michael Spindelegger',
      aliases: ['Dr Spindelegger', 'M. S.', 'Spindelegger'],
      documents: ['d1', 'd2', 'd3'],
    });
  });

  it('merges transitively whatever order the links arrive in', () => {
    // A chain a0~a1~…~a5 where each document links two neighbours, shuffled.
    const links = [0, 1, 2, 3, 4].map((i) =>
      extraction(`doc${i}`, [entity('e', 'place', `Place ${i}`, { aliases: [`Place ${i + 1}`] })]),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(links, { minLength: links.length }), (documents) => {
        expect(toGraph(documents).order).toBe(1);
      }),
    );
  });

  it('does not merge entities of different types that share a name', () => {
    const graph = toGraph(
      extraction('a', [entity('p', 'place', 'Turkey'), entity('o', 'organisation', 'Turkey')]),
    );
    expect(graph.nodes().sort()).toEqual(['organisation:turkey', 'place:turkey']);
  });

  it('matches names after normalisation: case, whitespace, leading "the", possessive, trailing punctuation', () => {
    const graph = toGraph([
      extraction('a', [entity('e', 'organisation', 'The Budapest  Process')]),
      extraction('b', [entity('e', 'organisation', "Budapest Process's")]),
      extraction('c', [entity('e', 'organisation', 'BUDAPEST PROCESS.')]),
      extraction('d', [entity('e', 'organisation', 'Budapest Process')]),
    ]);
    expect(graph.order).toBe(1);
    expect(graph.getNodeAttributes('organisation:budapest process')).toMatchObject({
      label: 'BUDAPEST PROCESS.',
      aliases: ['Budapest Process', "Budapest Process's", 'The Budapest Process'],
    });
  });

  it('chooses the label by fullness of the normalised name, then frequency, then alphabetical order', () => {
    const byFullness = toGraph([
      extraction('a', [entity('e', 'organisation', "Europol's", { aliases: ['Europol'] })]),
      extraction('b', [entity('e', 'organisation', 'Europol')]),
      extraction('c', [entity('e', 'organisation', 'European Police Office', { aliases: ['Europol'] })]),
    ]);
    expect(byFullness.getNodeAttributes('organisation:european police office')).toMatchObject({
      label: 'European Police Office',
      aliases: ['Europol', "Europol's"],
    });
    const byFrequency = toGraph([
      extraction('a', [entity('e', 'project', 'STRIVE', { aliases: ['Strive'] })]),
      extraction('b', [entity('e', 'project', 'Strive')]),
      extraction('c', [entity('e', 'project', 'Strive')]),
    ]);
    expect(byFrequency.getNodeAttributes('project:strive').label).toBe('Strive');
    const alphabetical = toGraph([
      extraction('a', [entity('e', 'organisation', "Europol's")]),
      extraction('b', [entity('e', 'organisation', 'Europol')]),
    ]);
    expect(alphabetical.getNodeAttributes('organisation:europol')).toMatchObject({ label: 'Europol', aliases: ["Europol's"] });
  });

  it('merges dates by equal value, not by their words', () => {
    const graph = toGraph([
      extraction('a', [entity('d', 'date', '1 December 2021', { value: '2021-12-01' })]),
      extraction('b', [entity('d', 'date', 'December 1st, 2021', { value: '2021-12-01' })]),
      extraction('c', [entity('d', 'date', '1 May', { value: '2019-05-01' })]),
      extraction('d', [entity('d', 'date', '1 May', { value: '2020-05-01' })]),
      extraction('e', [entity('d', 'date', 'spring', {})]),
      extraction('f', [entity('d', 'date', 'Spring', {})]),
    ]);
    expect(graph.nodes().sort()).toEqual(['date:2019-05-01', 'date:2020-05-01', 'date:2021-12-01', 'date:spring']);
    expect(graph.getNodeAttributes('date:2021-12-01')).toMatchObject({
      label: 'December 1st, 2021',
      aliases: ['1 December 2021'],
      value: '2021-12-01',
      documents: ['a', 'b'],
    });
    expect(graph.getNodeAttributes('date:spring')).not.toHaveProperty('value');
  });

  it('carries a value for dates only', () => {
    const graph = toGraph(extraction('a', [entity('o', 'organisation', 'ICMPD', { value: '1993' })]));
    expect(graph.nodes()).toEqual(['organisation:icmpd']);
    expect(graph.getNodeAttributes('organisation:icmpd')).not.toHaveProperty('value');
  });

  it('keeps node keys distinct when an unresolved date reads like another date’s value', () => {
    const graph = toGraph([
      extraction('a', [entity('d', 'date', 'the year 2019', { value: '2019' })]),
      extraction('b', [entity('d', 'date', '2019')]),
    ]);
    expect(graph.nodes().sort()).toEqual(['date:2019', 'date:2019#2']);
  });

  it('has as many nodes as distinct merged entities', () => {
    const types: EntityType[] = ['person', 'organisation', 'place', 'project'];
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta'];
    const arbitraryEntity = fc.record({
      type: fc.constantFrom(...types),
      name: fc.constantFrom(...names),
      alias: fc.option(fc.constantFrom(...names), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryEntity, { maxLength: 5 }), { maxLength: 4 }), (documents) => {
        const input = documents.map((entities, d) =>
          extraction(
            `doc${d}`,
            entities.map(({ type, name, alias }, i) =>
              entity(`e${i}`, type, name, { aliases: alias === undefined ? [] : [alias] }),
            ),
          ),
        );
        // Reference answer: connected components of (type, name) linked by each entity's name and alias.
        const parent = new Map<string, string>();
        const find = (x: string): string => {
          const p = parent.get(x) ?? x;
          return p === x ? x : find(p);
        };
        for (const { type, name, alias } of documents.flat()) {
          const a = find(`${type}:${name}`);
          parent.set(a, a);
          if (alias !== undefined) {
            const b = find(`${type}:${alias}`);
            if (a !== b) parent.set(b, a);
          }
        }
        const components = new Set(documents.flat().map(({ type, name }) => find(`${type}:${name}`)));
        expect(toGraph(input).order).toBe(components.size);
      }),
    );
  });
});

describe('toGraph: edges', () => {
  const spindelegger = (documentId: string, role?: string): Extraction =>
    extraction(
      documentId,
      [
        entity('p', 'person', 'Michael Spindelegger', { aliases: ['Spindelegger'] }),
        entity('o', 'organisation', icmpdLong, { aliases: ['ICMPD'] }),
      ],
      [relation('affiliated-with', 'p', 'o', role === undefined ? {} : { role }), relation('co-occurs', 'p', 'o', { weight: 2 })],
    );
  const edgeKey = (type: string) =>
    `${type}:person:michael spindelegger->organisation:${icmpdLong.toLowerCase()}`;

  it('aggregates one edge per relation type and ordered pair: weight, documents, roles', () => {
    const graph = toGraph([
      spindelegger('a', 'Director General'),
      spindelegger('b', 'Director General'),
      spindelegger('c', 'DG'),
      spindelegger('d'),
    ]);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes(edgeKey('affiliated-with'))).toEqual({
      type: 'affiliated-with',
      weight: 4,
      documents: ['a', 'b', 'c', 'd'],
      roles: ['DG', 'Director General'],
    });
    // Co-occurrence is undirected: its edge runs between the two keys in code-unit order.
    expect(graph.getEdgeAttributes(`co-occurs:organisation:${icmpdLong.toLowerCase()}->person:michael spindelegger`)).toEqual({
      type: 'co-occurs',
      weight: 8,
      documents: ['a', 'b', 'c', 'd'],
      roles: [],
    });
    expect(graph.source(edgeKey('affiliated-with'))).toBe('person:michael spindelegger');
  });

  it('keeps one co-occurrence edge per pair whichever way documents wrote it', () => {
    const forward = extraction('a', [entity('x', 'place', 'Kisumu'), entity('y', 'place', 'Nakuru')], [relation('co-occurs', 'x', 'y', { weight: 2 })]);
    const backward = extraction('b', [entity('y', 'place', 'Nakuru'), entity('x', 'place', 'Kisumu')], [relation('co-occurs', 'y', 'x', { weight: 3 })]);
    const graph = toGraph([forward, backward]);
    const edges = graph.filterEdges((_, attributes) => attributes.type === 'co-occurs');
    expect(edges).toHaveLength(1);
    expect(graph.getEdgeAttribute(edges[0]!, 'weight')).toBe(5);
  });

  it('counts a typed relation once per document, however often the document states it', () => {
    const twice = extraction(
      'a',
      [
        entity('e', 'event', 'Africities Summit'),
        entity('k', 'place', 'Kisumu'),
        entity('k2', 'place', 'Kisumu City', { aliases: ['Kisumu'] }),
      ],
      [
        relation('held-in', 'e', 'k'),
        relation('held-in', 'e', 'k2'),
        // Without a weight a co-occurrence counts as one shared sentence.
        relation('co-occurs', 'e', 'k'),
        relation('co-occurs', 'e', 'k2', { weight: 3 }),
      ],
    );
    const graph = toGraph(twice);
    expect(graph.getEdgeAttributes('co-occurs:event:africities summit->place:kisumu city').documents).toEqual(['a']);
    expect(graph.getEdgeAttributes('held-in:event:africities summit->place:kisumu city').weight).toBe(1);
    expect(graph.getEdgeAttributes('co-occurs:event:africities summit->place:kisumu city').weight).toBe(4);
  });

  it('keeps opposite directions apart', () => {
    const graph = toGraph(
      extraction(
        'a',
        [entity('x', 'organisation', 'X'), entity('y', 'organisation', 'Y')],
        [relation('part-of', 'x', 'y'), relation('part-of', 'y', 'x')],
      ),
    );
    expect(graph.edges().sort()).toEqual(['part-of:organisation:x->organisation:y', 'part-of:organisation:y->organisation:x']);
  });

  it('drops relations that become self-loops once their ends merge', () => {
    const graph = toGraph([
      extraction(
        'a',
        [entity('long', 'organisation', icmpdLong), entity('short', 'organisation', 'ICMPD')],
        [relation('part-of', 'short', 'long'), relation('co-occurs', 'long', 'short')],
      ),
      extraction('b', [entity('o', 'organisation', icmpdLong, { aliases: ['ICMPD'] })]),
    ]);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });

  it('resolves relation ends within their own document when entity ids repeat across documents', () => {
    const graph = toGraph([
      extraction(
        'a',
        [entity('e1', 'person', 'Claire Healy'), entity('e2', 'organisation', 'ICMPD')],
        [relation('affiliated-with', 'e1', 'e2')],
      ),
      extraction(
        'b',
        [entity('e1', 'person', 'Jari Liukku'), entity('e2', 'organisation', 'Europol')],
        [relation('affiliated-with', 'e1', 'e2')],
      ),
    ]);
    expect(graph.edges().sort()).toEqual([
      'affiliated-with:person:claire healy->organisation:icmpd',
      'affiliated-with:person:jari liukku->organisation:europol',
    ]);
  });
});

describe('toGraph: determinism and validation', () => {
  const documents = [
    extraction(
      'b',
      [
        entity('1', 'event', '6th Budapest Process Ministerial Conference'),
        entity('2', 'place', 'Istanbul'),
        entity('3', 'date', '19-20 February 2019', { value: '2019-02-19/2019-02-20' }),
      ],
      [relation('held-in', '1', '2'), relation('held-on', '1', '3'), relation('co-occurs', '2', '3')],
    ),
    extraction('a', [entity('1', 'place', 'Istanbul', { mentions: 4 }), entity('2', 'organisation', 'ICMPD')], [relation('located-in', '2', '1')]),
  ];

  it('gives identical exports for the same input, and the same nodes and edges for any document order', () => {
    expect(JSON.stringify(toGraph(documents).export())).toBe(JSON.stringify(toGraph(structuredClone(documents)).export()));
    expect(JSON.stringify(toGraph([...documents].reverse()).export())).toBe(JSON.stringify(toGraph(documents).export()));
  });

  it('accepts a single extraction as well as a list', () => {
    expect(toGraph(documents[1] as Extraction).order).toBe(2);
    expect(toGraph([]).order).toBe(0);
  });

  it('throws a GraphInputError carrying the zod issues on input that is not an extraction', () => {
    const bad = {
      documentId: 'x',
      entities: [{ id: 'e', type: 'animal', name: 'Cat', aliases: [], mentions: [] }],
      relations: [],
    };
    expect(() => toGraph(bad as unknown as Extraction)).toThrow(GraphInputError);
    try {
      toGraph(bad as unknown as Extraction);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphInputError);
      expect((error as GraphInputError).issues[0]?.path).toEqual([0, 'entities', 0, 'type']);
    }
  });

  it('throws a GraphInputError on relations to unknown entities and on duplicate entity ids', () => {
    const dangling = extraction('x', [entity('e', 'place', 'Lebanon')], [relation('located-in', 'e', 'nowhere')]);
    expect(() => toGraph(dangling)).toThrowError(/unknown entity "nowhere"/);
    const duplicate = extraction('x', [entity('e', 'place', 'Lebanon'), entity('e', 'place', 'Turkey')]);
    expect(() => toGraph(duplicate)).toThrowError(GraphInputError);
  });
});
