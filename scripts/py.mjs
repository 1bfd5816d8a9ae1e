#!/usr/bin/env node
// Runs the engine's command-line runner. The TypeScript sources are bundled
// once with esbuild into .cache/ and rebuilt only when a source is newer.
import { existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/trace/cli.ts');
const out = join(root, '.cache/py-cli.mjs');

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

if (!existsSync(out) || statSync(out).mtimeMs < Math.max(newest(join(root, 'src/python')), newest(join(root, 'src/trace')))) {
  mkdirSync(join(root, '.cache'), { recursive: true });
  // esbuild is loaded only when a rebuild is due: it costs start-up time otherwise.
  const { buildSync } = await import('esbuild');
  buildSync({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
}

const { main } = await import(pathToFileURL(out).href);
process.exitCode = main(process.argv.slice(2));
