import type Graph from 'graphology';
import { z } from 'zod';
import { GexfOptionsSchema, type EdgeAttributes, type GexfOptions, type NodeAttributes } from '../schema.js';
import { compareCodeUnits } from './compare-code-units.js';
import { entityPalette } from './entity-palette.js';
import { formatGexfList } from './gexf-list.js';
import { GraphInputError } from './graph-input-error.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

const defaultCreator = 'entigraph';
const defaultDescription = 'Entities and relations extracted from text by entigraph';

type XmlAttributes = ReadonlyArray<readonly [name: string, value: string]>;

function tag(name: string, attributes: XmlAttributes, selfClosing = true): string {
  const rendered = attributes.map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`).join('');
  return `<${name}${rendered}${selfClosing ? '/>' : '>'}`;
}

// xsd:double spells the special values differently from JavaScript.
function formatDouble(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  return String(value);
}

// Rounded so that the same graph gives the same bytes whatever the platform's last-digit behaviour.
const nodeSize = (mentions: number): string =>
  String(Number((4 + 4 * Math.log2(1 + Math.max(0, mentions))).toFixed(3)));

function attvalues(indent: string, values: XmlAttributes): string[] {
  return [
    `${indent}<attvalues>`,
    ...values.map(([attribute, value]) => `${indent}  ${tag('attvalue', [['for', attribute], ['value', value]])}`),
    `${indent}</attvalues>`,
  ];
}

/**
 * Writes a graph built by `toGraph` as GEXF 1.3 (valid against the official RelaxNG schema), with typed
 * attributes, a colour per entity type and a size by mention count. Lists are `liststring` values such as
 * `["a", "b, c"]`. Output is deterministic: nodes and edges are sorted by key.
 */
export function toGexf(graph: Graph<NodeAttributes, EdgeAttributes>, options: GexfOptions = {}): string {
  const parsedOptions = GexfOptionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    const { error } = parsedOptions;
    throw new GraphInputError(`toGexf: invalid options\n${z.prettifyError(error)}`, error.issues);
  }
  const { creator = defaultCreator, description = defaultDescription } = parsedOptions.data;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    tag(
      'gexf',
      [
        ['xmlns', 'http://gexf.net/1.3'],
        ['xmlns:viz', 'http://gexf.net/1.3/viz'],
        ['version', '1.3'],
      ],
      false,
    ),
    '  <meta>',
    `    <creator>${escapeXmlText(creator)}</creator>`,
    `    <description>${escapeXmlText(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="aliases" title="aliases" type="liststring"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="documents" title="documents" type="liststring"/>',
    '      <attribute id="value" title="value" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="documents" title="documents" type="liststring"/>',
    '      <attribute id="roles" title="roles" type="liststring"/>',
    '    </attributes>',
    `    ${tag('nodes', [['count', String(graph.order)]], false)}`,
  ];

  for (const key of graph.nodes().sort(compareCodeUnits)) {
    const node = graph.getNodeAttributes(key);
    const colour = entityPalette[node.type];
    const values: Array<readonly [string, string]> = [
      ['type', node.type],
      ['aliases', formatGexfList(node.aliases)],
      ['mentions', String(node.mentions)],
      ['documents', formatGexfList(node.documents)],
    ];
    if (node.value !== undefined) values.push(['value', node.value]);
    lines.push(
      `      ${tag('node', [['id', key], ['label', node.label]], false)}`,
      ...attvalues('        ', values),
      `        ${tag('viz:color', [['r', String(colour.r)], ['g', String(colour.g)], ['b', String(colour.b)]])}`,
      `        ${tag('viz:size', [['value', nodeSize(node.mentions)]])}`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', `    ${tag('edges', [['count', String(graph.size)]], false)}`);

  for (const key of graph.edges().sort(compareCodeUnits)) {
    const edge = graph.getEdgeAttributes(key);
    // The native `kind` keeps Gephi from folding parallel edges of different relation types into one.
    const edgeTag = tag(
      'edge',
      [
        ['id', key],
        ['source', graph.source(key)],
        ['target', graph.target(key)],
        ['kind', edge.type],
        ['label', edge.type],
        ['weight', formatDouble(edge.weight)],
      ],
      false,
    );
    lines.push(
      `      ${edgeTag}`,
      ...attvalues('        ', [
        ['kind', edge.type],
        ['documents', formatGexfList(edge.documents)],
        ['roles', formatGexfList(edge.roles)],
      ]),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
