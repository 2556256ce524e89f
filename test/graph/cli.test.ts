import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGexf } from './helpers/validate-gexf.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Built inside the project so that the bundle's bare imports (graphology, zod) resolve; dist/ stays untouched.
const outDir = path.join(root, 'node_modules/.cache/entigraph-cli-test');
const cli = path.join(outDir, 'cli.js');
let work: string | undefined;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: work ?? root }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

beforeAll(() => {
  const tsup = path.join(root, 'node_modules/tsup/dist/cli-default.js');
  const options = ['--no-config', '--format', 'esm', '--target', 'node20', '--out-dir', outDir];
  try {
    execFileSync(process.execPath, [tsup, 'src/cli.ts', ...options], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // The bundle takes in the whole extraction pipeline, so a broken import anywhere in src/ surfaces here.
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`building the CLI failed:\n${output}`);
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'entigraph-cli-'));
  writeFileSync(path.join(directory, 'first.txt'), 'ICMPD hosted the 6th Budapest Process Ministerial Conference in Istanbul.');
  writeFileSync(path.join(directory, 'second.report.txt'), 'Europol and ICMPD met in Vienna on 1 December 2021.');
  work = directory;
}, 30_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe('entigraph CLI', () => {
  it('prints usage and exits 2 without files or with an unknown option', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: entigraph FILE/);
    const unknown = await run('first.txt', '--svg', 'x.svg');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--svg/);
    expect((await run('first.txt', '--gexf')).code).toBe(2);
  });

  it('prints usage to stdout with --help', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--gexf FILE/);
  });

  it('exits 1 with a clear message when a file cannot be read', async () => {
    const missing = await run('first.txt', 'missing.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read missing\.txt/);
    expect(missing.stdout).toBe('');
  });

  it('writes GEXF and JSON and prints a summary', async () => {
    const result = await run('first.txt', 'second.report.txt', '--gexf', 'out.gexf', '--json', 'out.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^documents: 2$/m);
    expect(result.stdout).toMatch(/^graph: \d+ nodes, \d+ edges$/m);
    const json = JSON.parse(readFileSync(path.join(work ?? '', 'out.json'), 'utf8'));
    expect(json.documents.map((document: { documentId: string }) => document.documentId)).toEqual(['first', 'second.report']);
    expect(json.graph).toMatchObject({ options: { type: 'directed', multi: true } });
    const gexf = readFileSync(path.join(work ?? '', 'out.gexf'), 'utf8');
    expect((await validateGexf(gexf)).valid).toBe(true);
  });
});
