import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

const schemaDirectory = fileURLToPath(new URL('../../../fixtures/gexf-1.3/', import.meta.url));
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(`${schemaDirectory}${fileName}`, 'utf8') });

// gexf.rng includes viz.rng and dynamics.rng by relative name; xmllint-wasm only sees files handed to it.
const schema = [schemaFile('gexf.rng')];
const preload = [schemaFile('viz.rng'), schemaFile('dynamics.rng')];

/** Validates a GEXF document against the official GEXF 1.3 RelaxNG schema. */
export function validateGexf(xml: string): Promise<XMLValidationResult> {
  return validateXML({ xml: [{ fileName: 'graph.gexf', contents: xml }], schema, preload, extension: 'relaxng' });
}
