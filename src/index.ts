export { extract, createExtractor, ExtractOptionsError } from './pipeline/extract.js';
export { toGraph } from './graph/to-graph.js';
export { GraphInputError } from './graph/graph-input-error.js';
export { toGexf } from './graph/to-gexf.js';
export * from './schema.js';
