#!/usr/bin/env node
// Runs the engine's command-line runner. The TypeScript sources are bundled
// once with esbuild into .cache/ and rebuilt only when a source is newer.
import { existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

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

if (isMainThread && (!existsSync(out) || statSync(out).mtimeMs < Math.max(newest(join(root, 'src/python')), newest(join(root, 'src/trace'))))) {
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

// The program runs on a worker thread with a 16 MB stack: CPython counts
// repr(), ==, builtin calls and classes called against the recursion limit
// (vm/recursion-guard.ts), and each such level re-enters the interpreter on the
// JavaScript stack, which the main thread's ~1 MB cannot hold 333 (repr) or
// 499 (==) times over. The CLI reads and writes the file descriptors itself.
if (isMainThread) {
  const w = new Worker(fileURLToPath(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: 16 } });
  w.on('message', (code) => (process.exitCode = code));
  w.on('error', (e) => {
    process.stderr.write(`py: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
} else {
  const { main } = await import(pathToFileURL(out).href);
  parentPort.postMessage(main(process.argv.slice(2)));
}
