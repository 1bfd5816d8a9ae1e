// The embed page's size budget, checked by every build (a Vite plugin, see vite.config.ts):
// the JavaScript embed.html loads (its entry chunk and every chunk it imports, statically
// or lazily; the engine's worker is a separate file and not counted) must stay under
// 300 KB gzipped, and none of it may be Monaco. The build fails otherwise.
import { gzipSync } from 'node:zlib';

/** The embed page's JavaScript budget, in bytes gzipped. */
export const EMBED_BUDGET_BYTES = 300 * 1024;

const MONACO = /monaco|editor\.worker/i;

/** The entry chunk of the page `htmlName` (e.g. `embed.html`), or undefined. */
export function entryChunkOf(bundle, htmlName) {
  const base = htmlName.replace(/\.html$/, '');
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry);
  return (
    chunks.find((c) => typeof c.facadeModuleId === 'string' && c.facadeModuleId.replace(/\\/g, '/').endsWith(`/${htmlName}`)) ??
    chunks.find((c) => c.name === base)
  );
}

/** `entry` and every chunk it imports, directly or not, statically or lazily. */
export function chunkClosure(bundle, entry) {
  const seen = new Map();
  const visit = (chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of [...chunk.imports, ...chunk.dynamicImports]) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

/** Checks the page `htmlName`'s JavaScript against `budget` bytes gzipped, and that none of it is Monaco. */
export function checkPageBudget(bundle, htmlName, gzipSize = (code) => gzipSync(code).length, budget = EMBED_BUDGET_BYTES) {
  const entry = entryChunkOf(bundle, htmlName);
  if (!entry) return { files: [], gzipBytes: 0, problems: [`no entry chunk for ${htmlName} in the build`] };
  const chunks = chunkClosure(bundle, entry);
  const problems = [];
  let gzipBytes = 0;
  for (const chunk of chunks) {
    gzipBytes += gzipSize(chunk.code);
    const monaco = chunk.moduleIds.find((id) => MONACO.test(id)) ?? (MONACO.test(chunk.fileName) ? chunk.fileName : undefined);
    if (monaco) problems.push(`${htmlName} loads Monaco: ${chunk.fileName} holds ${monaco}`);
    else if (/editor\.worker/.test(chunk.code)) problems.push(`${htmlName} loads Monaco's editor worker from ${chunk.fileName}`);
  }
  if (gzipBytes > budget) {
    problems.push(`${htmlName} loads ${(gzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped, over its budget of ${(budget / 1024).toFixed(0)} KB`);
  }
  return { files: chunks.map((c) => c.fileName), gzipBytes, problems };
}

/** The Vite plugin: fails the build when embed.html is over budget or loads Monaco, and reports its size. */
export function embedBudget({ page = 'embed.html', budget = EMBED_BUDGET_BYTES } = {}) {
  return {
    name: 'memory-lane:embed-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const report = checkPageBudget(bundle, page, undefined, budget);
      if (report.problems.length > 0) this.error(`Embed budget: ${report.problems.join('; ')}`);
      this.info(
        `${page}: ${(report.gzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped (budget ${(budget / 1024).toFixed(0)} KB, ${report.files.length} chunks, no Monaco)`,
      );
    },
  };
}
