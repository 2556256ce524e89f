/**
 * entigraph: entities and relations from English news and reports, merged into a graph.
 *
 * `extract` reads one text; `toGraph` merges many extractions; `toGexf` writes the graph for Gephi.
 * Every exported type is inferred from the zod schema exported beside it.
 *
 * @packageDocumentation
 */
export { extract, createExtractor, ExtractOptionsError } from './pipeline/extract.js';
export { toGraph } from './graph/to-graph.js';
export { GraphInputError } from './graph/graph-input-error.js';
export { toGexf } from './graph/to-gexf.js';
export * from './schema.js';
