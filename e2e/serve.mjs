// Serves the production build from a sub-folder, as a static host would:
// dist/ is copied to <tmp>/site/memory-lane/ and <tmp>/site/ is served, so the page
// lives at http://127.0.0.1:PORT/memory-lane/ and only a relative base can work.
//
//   node e2e/serve.mjs            (port 4173, or $E2E_PORT)
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sub-folder the site is served from. */
export const SUB_FOLDER = 'memory-lane';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Copies `distDir` into a fresh temporary folder under SUB_FOLDER and returns that folder's parent. */
export function stageSite(distDir) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first.`);
  }
  const root = mkdtempSync(join(tmpdir(), 'memory-lane-site-'));
  cpSync(distDir, join(root, SUB_FOLDER), { recursive: true });
  return root;
}

/** Starts a static file server for `root` on 127.0.0.1:`port`; resolves to the server once listening. */
export function serveStatic(root, port) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(path));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = Number(process.env.E2E_PORT ?? 4173);
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const root = stageSite(dist);
  await serveStatic(root, port);
  console.log(`Serving ${dist} at http://127.0.0.1:${port}/${SUB_FOLDER}/`);
}
