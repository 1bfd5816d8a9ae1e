import { describe, expect, it } from 'vitest';
import { checkPageBudget, EMBED_BUDGET_BYTES, type BudgetChunk, type Bundle } from '../../scripts/embed-budget.mjs';
import config from '../../vite.config';

function chunk(fileName: string, size: number, extra: Partial<BudgetChunk> = {}): BudgetChunk {
  return {
    type: 'chunk',
    fileName,
    code: 'x'.repeat(size),
    imports: [],
    dynamicImports: [],
    moduleIds: [`/src/${fileName}.ts`],
    isEntry: false,
    facadeModuleId: null,
    name: fileName.replace(/-.*$/, ''),
    ...extra,
  };
}

/** A bundle like the real one: two pages sharing a chunk; Monaco reachable from the playground only. */
function bundle(sharedSize: number, embedExtra: Partial<BudgetChunk> = {}): Bundle {
  const chunks = [
    chunk('embed-abc.js', 1000, { isEntry: true, facadeModuleId: '/work/site/embed.html', imports: ['shared-def.js'], ...embedExtra }),
    chunk('main-abc.js', 1000, { isEntry: true, facadeModuleId: '/work/site/index.html', imports: ['shared-def.js'], dynamicImports: ['monaco-123.js'] }),
    chunk('shared-def.js', sharedSize),
    chunk('monaco-123.js', 5000, { moduleIds: ['/node_modules/monaco-editor/esm/vs/editor/editor.api.js'] }),
    chunk('lazy-1.js', 10),
  ];
  return Object.fromEntries([...chunks.map((c) => [c.fileName, c]), ['worker-1.js', { type: 'asset', fileName: 'worker-1.js' }]]);
}

// Sizes as the code's length, so the limits are exact.
const size = (code: string) => code.length;

describe("the embed page's budget", () => {
  it('counts the embed entry and what it imports, not the playground or Monaco', () => {
    const report = checkPageBudget(bundle(2000), 'embed.html', size);
    expect(report).toEqual({ files: ['embed-abc.js', 'shared-def.js'], gzipBytes: 3000, problems: [] });
  });

  it('fails over budget', () => {
    expect(checkPageBudget(bundle(EMBED_BUDGET_BYTES - 1000), 'embed.html', size).problems).toEqual([]);
    const over = checkPageBudget(bundle(EMBED_BUDGET_BYTES - 999), 'embed.html', size);
    expect(over.problems).toEqual([expect.stringMatching(/embed\.html loads 300\.0 KB .* over its budget of 300 KB/)]);
  });

  it('fails when the embed imports Monaco, even lazily', () => {
    const report = checkPageBudget(bundle(10, { dynamicImports: ['monaco-123.js'] }), 'embed.html', size);
    expect(report.problems).toEqual([expect.stringContaining('loads Monaco: monaco-123.js holds /node_modules/monaco-editor')]);
  });

  it("fails when the embed's code starts Monaco's editor worker", () => {
    const report = checkPageBudget(bundle(10, { code: 'new Worker(new URL("assets/editor.worker-1.js", import.meta.url))' }), 'embed.html', size);
    expect(report.problems).toEqual([expect.stringContaining("Monaco's editor worker")]);
  });

  it('fails when the build has no embed page', () => {
    expect(checkPageBudget(bundle(10), 'other.html', size).problems).toEqual(['no entry chunk for other.html in the build']);
  });

  it('gzips by default', () => {
    const report = checkPageBudget(bundle(100_000), 'embed.html');
    expect(report.gzipBytes).toBeGreaterThan(0);
    expect(report.gzipBytes).toBeLessThan(5_000);
  });

  it('is part of the build, which has the embed page as an entry', () => {
    const plugins = (config.plugins ?? []).flat() as Array<{ name?: string }>;
    expect(plugins.map((p) => p?.name)).toContain('memory-lane:embed-budget');
    const input = config.build?.rolldownOptions?.input as Record<string, string>;
    expect(input.embed).toMatch(/embed\.html$/);
  });
});
