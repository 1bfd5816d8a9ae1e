#!/usr/bin/env node
// The fuzzers (scripts/fuzz/): differential (the engine against python3 on
// generated programs) and robustness (the engine on hostile input).
// `npm run fuzz -- --runs N [--seed S] [--kind differential|robustness|both]`;
// see scripts/fuzz/main.ts for the other options. The TypeScript is bundled
// with esbuild into .cache/fuzz/ first (packages stay in node_modules).
import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache/fuzz', `main-${process.pid}.mjs`);
mkdirSync(dirname(out), { recursive: true });
buildSync({
  entryPoints: [join(root, 'scripts/fuzz/main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  // The bundle lives in .cache/fuzz/; import.meta.url must still find the project root.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'scripts/fuzz/engine.ts')).href) },
});
process.on('exit', () => rmSync(out, { force: true }));
await import(pathToFileURL(out).href);
