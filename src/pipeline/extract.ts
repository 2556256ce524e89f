// Placeholder until the pipeline lands: same signature as the real one.
import type { Extraction, ExtractOptions, ExtractorOptions } from '../schema.js';
export class ExtractOptionsError extends Error {}
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return { documentId: options.documentId ?? 'doc', entities: [], relations: [] };
}
export function createExtractor(_options: ExtractorOptions = {}) {
  return extract;
}
