import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary, summarise } from './graph/summary.js';
import type { Extraction } from './index.js';

const usage = `Usage: entigraph FILE… [--gexf OUT.gexf] [--json OUT.json]

Extracts entities and relations from each UTF-8 text file, merges them into one
graph and prints a summary. The document id of a file is its name without extension.

Options:
  --gexf FILE   write the merged graph as GEXF 1.3
  --json FILE   write { documents, graph } as JSON
  -h, --help    show this help
`;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        gexf: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`entigraph: ${reasonOf(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const problem =
    files.length === 0 ? 'no input files' : values.gexf === '' || values.json === '' ? 'empty output path' : undefined;
  if (problem !== undefined) {
    process.stderr.write(`entigraph: ${problem}\n\n${usage}`);
    return 2;
  }

  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(await readFile(file, 'utf8'));
    } catch (error) {
      process.stderr.write(`entigraph: cannot read ${file}: ${reasonOf(error)}\n`);
      return 1;
    }
  }

  // Loaded only now: the language models take a second or two, which --help and usage errors need not wait for.
  const { extract, toGexf, toGraph } = await import('./index.js');
  const documents: Extraction[] = files.map((file, index) =>
    extract(texts[index] ?? '', { documentId: path.parse(file).name }),
  );
  const graph = toGraph(documents);

  const outputs: Array<[file: string | undefined, render: () => string]> = [
    [values.gexf, () => toGexf(graph)],
    [values.json, () => `${JSON.stringify({ documents, graph: graph.export() }, null, 2)}\n`],
  ];
  for (const [file, render] of outputs) {
    if (file === undefined) continue;
    try {
      await writeFile(file, render(), 'utf8');
    } catch (error) {
      process.stderr.write(`entigraph: cannot write ${file}: ${reasonOf(error)}\n`);
      return 1;
    }
  }

  process.stdout.write(formatSummary(summarise(documents, graph)));
  return 0;
}

// exitCode rather than exit(): exit() can cut off output still queued for a pipe.
process.exitCode = await main(process.argv.slice(2));
