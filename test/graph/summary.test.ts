import { describe, expect, it } from 'vitest';
import { formatSummary, summarise } from '../../src/graph/summary.js';
import { toGraph } from '../../src/graph/to-graph.js';
import { entity, extraction, relation } from './helpers/build-extraction.js';

const documents = [
  extraction(
    'a',
    [
      entity('p', 'person', 'Claire Healy'),
      entity('o', 'organisation', 'ICMPD'),
      entity('l', 'place', 'Vienna'),
      entity('x', 'place', 'Lebanon'),
    ],
    [
      relation('affiliated-with', 'p', 'o', { role: 'Head of Research' }),
      relation('located-in', 'o', 'l'),
      relation('co-occurs', 'p', 'o', { weight: 5 }),
      relation('co-occurs', 'p', 'x', { weight: 9 }),
    ],
  ),
  extraction(
    'b',
    [
      entity('o', 'organisation', 'International Centre for Migration Policy Development', { aliases: ['ICMPD'] }),
      entity('e', 'place', 'Brussels'),
    ],
    [relation('located-in', 'o', 'e')],
  ),
];

describe('summarise', () => {
  const summary = summarise(documents, toGraph(documents));

  it('counts documents, entities and relations per type before merging, and the merged graph', () => {
    expect(summary).toMatchObject({
      documents: 2,
      entitiesByType: { person: 1, organisation: 2, place: 3, date: 0, 'action-plan': 0, project: 0, event: 0 },
      nodesByType: { person: 1, organisation: 1, place: 3 },
      relationsByType: { 'affiliated-with': 1, 'located-in': 2, 'part-of': 0 },
      coOccurrences: 2,
      nodes: 5,
      edges: 5,
    });
    expect(summary.relationsByType).not.toHaveProperty('co-occurs');
  });

  it('ranks by weighted degree over typed relations only, ties by label, leaving out unconnected entities', () => {
    expect(summary.mostConnected.map(({ label, weightedDegree }) => [label, weightedDegree])).toEqual([
      ['International Centre for Migration Policy Development', 3],
      ['Brussels', 1],
      ['Claire Healy', 1],
      ['Vienna', 1],
    ]);
    expect(summarise(documents, toGraph(documents), 2).mostConnected).toHaveLength(2);
  });

  it('formats as plain text', () => {
    expect(formatSummary(summary)).toMatchInlineSnapshot(`
      "documents: 2
      entities: 6 (5 nodes after merging)
                            entities     nodes
        person                     1         1
        organisation               2         1
        place                      3         3
        date                       0         0
        action-plan                0         0
        project                    0         0
        event                      0         0
      relations: 3
        affiliated-with            1
        part-of                    0
        member-of                  0
        located-in                 2
        organised-by               0
        held-in                    0
        held-on                    0
        adopted-by                 0
        valid-during               0
        implemented-by             0
        funded-by                  0
      co-occurrences: 2
      graph: 5 nodes, 5 edges
      most connected (weighted degree over typed relations):
         1. International Centre for Migration Policy Development [organisation] 3
         2. Brussels [place] 1
         3. Claire Healy [person] 1
         4. Vienna [place] 1
      "
    `);
  });
});
