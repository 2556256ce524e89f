import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exports exactly the agreed names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'EdgeAttributesSchema',
        'GraphInputError',
        'EntitySchema',
        'EntityTypeSchema',
        'ExtractOptionsError',
        'ExtractOptionsSchema',
        'ExtractionSchema',
        'ExtractorOptionsSchema',
        'GexfOptionsSchema',
        'LexiconSchema',
        'MentionSchema',
        'NodeAttributesSchema',
        'RelationSchema',
        'RelationTypeSchema',
        'createExtractor',
        'extract',
        'toGexf',
        'toGraph',
      ].sort(),
    );
  });
});
