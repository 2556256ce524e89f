import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    // The CLI loads the built library beside it rather than a second bundled copy of it.
    external: ['./index.js'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
