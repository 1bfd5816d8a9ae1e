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
// `--serve`: a long-lived runner for many programs (the conformance test): each line
// of stdin names a program, answered by one line of JSON on stdout, {stdout, stderr,
// status}, from a fresh engine on the same 16 MB stack.
const serve = process.argv[2] === '--serve';
if (isMainThread) {
  const w = new Worker(fileURLToPath(import.meta.url), { argv: process.argv.slice(2), resourceLimits: { stackSizeMb: 16 } });
  w.on('error', (e) => {
    process.stderr.write(`py: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
  if (serve) {
    const { createInterface } = await import('node:readline');
    w.on('message', (answer) => process.stdout.write(JSON.stringify(answer) + '\n'));
    createInterface({ input: process.stdin }).on('line', (file) => w.postMessage(file)).on('close', () => w.postMessage(null));
  } else w.on('message', (code) => (process.exitCode = code));
} else {
  const cli = await import(pathToFileURL(out).href);
  if (serve) {
    parentPort.on('message', (file) => {
      if (file === null) return parentPort.close();
      try {
        parentPort.postMessage(cli.runCaptured(file));
      } catch (e) {
        parentPort.postMessage({ stdout: '', stderr: `py: ${e && e.stack ? e.stack : e}\n`, status: 70 });
      }
    });
  } else parentPort.postMessage(cli.main(process.argv.slice(2)));
}
