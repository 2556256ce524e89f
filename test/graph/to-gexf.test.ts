import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { entityPalette } from '../../src/graph/entity-palette.js';
import { GraphInputError } from '../../src/graph/graph-input-error.js';
import { toGexf } from '../../src/graph/to-gexf.js';
import { toGraph } from '../../src/graph/to-graph.js';
import { removeXmlIllegal } from '../../src/graph/xml-escape.js';
import {
  EntityTypeSchema,
  type EdgeAttributes,
  type GexfOptions,
  type NodeAttributes,
} from '../../src/schema.js';
import { entity, extraction, relation } from './helpers/build-extraction.js';
import { readGephiList } from './helpers/gephi-list.js';
import { findAll, readXml, type XmlElement } from './helpers/read-xml.js';
import { validateGexf } from './helpers/validate-gexf.js';

const goldenPath = fileURLToPath(new URL('../../fixtures/gexf/small.gexf', import.meta.url));

const smallExtraction = [
  extraction(
    'seed-a',
    [
      entity('p1', 'person', 'Michael Spindelegger', { aliases: ['Spindelegger'], mentions: 2 }),
      entity('o1', 'organisation', 'International Centre for Migration Policy Development', { aliases: ['ICMPD'], mentions: 3 }),
      entity('e1', 'event', '6th Budapest Process Ministerial Conference'),
      entity('l1', 'place', 'Istanbul'),
      entity('d1', 'date', '19-20 February 2019', { value: '2019-02-19/2019-02-20' }),
    ],
    [
      relation('affiliated-with', 'p1', 'o1', { role: 'Director General' }),
      relation('held-in', 'e1', 'l1'),
      relation('held-on', 'e1', 'd1'),
      relation('co-occurs', 'p1', 'o1', { weight: 2 }),
    ],
  ),
  extraction(
    'seed-b',
    [
      entity('o1', 'organisation', 'ICMPD', { mentions: 4 }),
      entity('a1', 'action-plan', 'Istanbul Commitments on the Silk Routes Partnership for Migration'),
      entity('j1', 'project', 'STRIVE'),
    ],
    [relation('implemented-by', 'j1', 'o1'), relation('adopted-by', 'a1', 'o1')],
  ),
];

interface ReadNode {
  id: string;
  label: string | undefined;
  values: Record<string, string>;
  colour: Record<string, string> | undefined;
  size: string | undefined;
}

const valuesOf = (element: XmlElement): Record<string, string> =>
  Object.fromEntries(findAll(element, 'attvalue').map(({ attributes }) => [attributes.for ?? '', attributes.value ?? '']));

function readGexf(xml: string) {
  const root = readXml(xml);
  const nodes: ReadNode[] = findAll(root, 'node').map((node) => ({
    id: node.attributes.id ?? '',
    label: node.attributes.label,
    values: valuesOf(node),
    colour: findAll(node, 'viz:color')[0]?.attributes,
    size: findAll(node, 'viz:size')[0]?.attributes.value,
  }));
  const edges = findAll(root, 'edge').map(({ attributes, ...edge }) => ({
    id: attributes.id,
    kind: attributes.kind,
    label: attributes.label,
    weight: attributes.weight,
    values: valuesOf({ attributes, ...edge }),
  }));
  return { root, nodes, edges };
}

function expectValid(result: Awaited<ReturnType<typeof validateGexf>>): void {
  expect(result.errors.map(({ rawMessage }) => rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

describe('toGexf: format', () => {
  const xml = toGexf(toGraph(smallExtraction));

  it('matches the golden file byte for byte (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, xml, 'utf8');
    expect(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(xml).toBe(readFileSync(goldenPath, 'utf8'));
  });

  it('is valid against the official GEXF 1.3 RelaxNG schema', async () => {
    expectValid(await validateGexf(xml));
  });

  it('is checked by a validator that does reject invalid GEXF', async () => {
    const withSchemaLocation = xml.replace(
      'version="1.3"',
      'version="1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"',
    );
    expect((await validateGexf(withSchemaLocation)).valid).toBe(false);
    expect((await validateGexf(xml.replace('http://gexf.net/1.3/viz', 'http://www.gexf.net/1.3/viz'))).valid).toBe(false);
  });

  it('declares GEXF 1.3, the viz namespace, meta, a static directed graph and typed attributes', () => {
    const { root } = readGexf(xml);
    expect(root.name).toBe('gexf');
    expect(root.attributes).toEqual({ xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' });
    expect(findAll(root, 'creator')[0]?.text).toBe('entigraph');
    expect(findAll(root, 'description')[0]?.text).toMatch(/entigraph/);
    expect(findAll(root, 'graph')[0]?.attributes).toEqual({ defaultedgetype: 'directed', mode: 'static' });
    const declared = findAll(root, 'attributes').map(({ attributes, children }) => [
      attributes.class,
      children.map((child) => `${child.attributes.id}:${child.attributes.type}`),
    ]);
    expect(declared).toEqual([
      ['node', ['type:string', 'aliases:liststring', 'mentions:integer', 'documents:liststring', 'value:string']],
      ['edge', ['kind:string', 'documents:liststring', 'roles:liststring']],
    ]);
  });

  it('writes node attributes, a colour per type and a size by mentions, sorted by key', () => {
    const { nodes } = readGexf(xml);
    expect(nodes.map(({ id }) => id)).toEqual([...nodes.map(({ id }) => id)].sort());
    const icmpd = nodes.find(({ label }) => label === 'International Centre for Migration Policy Development');
    expect(icmpd?.values).toEqual({ type: 'organisation', aliases: '["ICMPD"]', mentions: '7', documents: '["seed-a", "seed-b"]' });
    expect(icmpd?.colour).toEqual({ r: '0', g: '114', b: '178' });
    expect(Number(icmpd?.size)).toBeCloseTo(4 + 4 * Math.log2(8), 3);
    expect(nodes.find(({ values }) => values.type === 'date')?.values.value).toBe('2019-02-19/2019-02-20');
  });

  it('writes edges with kind, weight and list attributes', () => {
    const { edges } = readGexf(xml);
    const affiliation = edges.find(({ kind }) => kind === 'affiliated-with');
    expect(affiliation).toMatchObject({
      weight: '1',
      label: 'affiliated-with',
      values: { kind: 'affiliated-with', documents: '["seed-a"]', roles: '["Director General"]' },
    });
    expect(edges.find(({ kind }) => kind === 'co-occurs')?.weight).toBe('2');
  });

  it('gives every entity type its own colour', () => {
    const colours = EntityTypeSchema.options.map((type) => JSON.stringify(entityPalette[type]));
    expect(new Set(colours).size).toBe(7);
  });

  it('is deterministic: the same graph built in another order writes the same bytes', () => {
    expect(toGexf(toGraph([...smallExtraction].reverse()))).toBe(xml);
  });

  it('rejects unknown options with a GraphInputError', () => {
    expect(() => toGexf(toGraph([]), { title: 'x' } as unknown as GexfOptions)).toThrow(GraphInputError);
  });
});

const awkward = [
  'Centre, Vienna',
  'a, b, c',
  `<&"'>`,
  'Valérie Plante',
  '中文名称',
  'Flag 🇦🇹 and scientist 👩‍🔬',
  '["not", "a list"]',
  'back\\slash \\" quote',
  'null',
  '  padded  ',
  'tab\there',
  'line\nbreak\r\nand\rreturn',
  '(parenthesised)',
  "it's",
  '',
];

function graphOf(strings: readonly string[]): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  strings.forEach((text, index) => {
    graph.addNode(`n${index}:${text}`, {
      type: 'organisation',
      label: text,
      aliases: [...strings],
      mentions: index,
      documents: [text, 'plain'],
      value: text,
    });
  });
  if (strings.length > 1) {
    graph.addEdgeWithKey(`e:${strings[0]}`, `n0:${strings[0]}`, `n1:${strings[1]}`, {
      type: 'part-of',
      weight: 1.5,
      documents: [...strings],
      roles: [...strings].reverse(),
    });
  }
  return graph;
}

function expectRoundTrip(strings: readonly string[], xml: string): void {
  const clean = strings.map(removeXmlIllegal);
  const { nodes, edges } = readGexf(xml);
  const expectedNodes = clean
    .map((text, index) => ({ id: `n${index}:${text}`, text }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(nodes.map(({ id }) => id)).toEqual(expectedNodes.map(({ id }) => id));
  nodes.forEach((node, index) => {
    const text = expectedNodes[index]?.text;
    expect(node.label).toBe(text);
    expect(node.values.value).toBe(text);
    expect(readGephiList(node.values.aliases ?? '')).toEqual(clean);
    expect(readGephiList(node.values.documents ?? '')).toEqual([text, 'plain']);
  });
  if (strings.length > 1) {
    expect(edges[0]?.id).toBe(`e:${clean[0]}`);
    expect(readGephiList(edges[0]?.values.documents ?? '')).toEqual(clean);
    expect(readGephiList(edges[0]?.values.roles ?? '')).toEqual([...clean].reverse());
  }
}

describe('toGexf: escaping and round trip', () => {
  it('reads back labels, values and list items with commas, markup characters, quotes, whitespace and non-ASCII unchanged', async () => {
    const xml = toGexf(graphOf(awkward), { creator: 'Ünïcødé <creator> & "co"', description: 'two\r\nlines & a tab\t' });
    expectRoundTrip(awkward, xml);
    const { root } = readGexf(xml);
    expect(findAll(root, 'creator')[0]?.text).toBe('Ünïcødé <creator> & "co"');
    expect(findAll(root, 'description')[0]?.text).toBe('two\r\nlines & a tab\t');
    expectValid(await validateGexf(xml));
  });

  it('writes an empty list as []', () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    graph.addNode('place:x', { type: 'place', label: 'X', aliases: [], mentions: 0, documents: [] });
    const { nodes } = readGexf(toGexf(graph));
    expect(nodes[0]?.values.aliases).toBe('[]');
    expect(readGephiList('[]')).toEqual([]);
  });

  it('round-trips arbitrary strings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary' }), { maxLength: 6 }), (strings) => {
        // Distinct after cleaning, so node ids stay distinct.
        fc.pre(new Set(strings.map(removeXmlIllegal)).size === strings.length);
        expectRoundTrip(strings, toGexf(graphOf(strings)));
      }),
      { numRuns: 300 },
    );
  });

  it('removes XML-illegal characters everywhere and stays valid', async () => {
    const illegal = [
      'nul\u0000',
      'soh\u0001',
      'us\u001f',
      'fffe\uFFFE',
      'ffff\uFFFF',
      'lone high \uD800 surrogate',
      'lone low \uDC00 and \uDFFF',
      'pairs 😀 and \u{10000} kept',
    ];
    const xml = toGexf(graphOf(illegal), { creator: 'c\u0000r', description: '\uD800d' });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).toContain('pairs 😀 and \u{10000} kept');
    expectRoundTrip(illegal, xml);
    expect(findAll(readXml(xml), 'creator')[0]?.text).toBe('cr');
    expectValid(await validateGexf(xml));
  });

  it('writes xsd:double spellings for non-finite weights', async () => {
    const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    graph.addNode('a', { type: 'place', label: 'A', aliases: [], mentions: 1, documents: [] });
    graph.addNode('b', { type: 'place', label: 'B', aliases: [], mentions: 1, documents: [] });
    graph.addEdgeWithKey('1', 'a', 'b', { type: 'co-occurs', weight: Infinity, documents: [], roles: [] });
    graph.addEdgeWithKey('2', 'a', 'b', { type: 'co-occurs', weight: NaN, documents: [], roles: [] });
    graph.addEdgeWithKey('3', 'a', 'b', { type: 'co-occurs', weight: 1e-7, documents: [], roles: [] });
    const xml = toGexf(graph);
    expect(readGexf(xml).edges.map(({ weight }) => weight)).toEqual(['INF', 'NaN', '1e-7']);
    expectValid(await validateGexf(xml));
  });
});
