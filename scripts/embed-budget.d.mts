import type { Plugin } from 'vite';

/** What the check reads of an output chunk (a Rollup/Rolldown OutputChunk fits). */
export interface BudgetChunk {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: readonly string[];
  dynamicImports: readonly string[];
  moduleIds: readonly string[];
  isEntry: boolean;
  facadeModuleId: string | null;
  name: string;
}

/** Anything else in the bundle (CSS, fonts, the workers). */
export interface BudgetAsset {
  type: 'asset';
  fileName: string;
}

export type Bundle = Readonly<Record<string, BudgetChunk | BudgetAsset>>;

/** The result of the check. */
export interface BudgetReport {
  /** The chunks counted, by file name. */
  files: string[];
  /** Their total size, gzipped. */
  gzipBytes: number;
  /** What is wrong (empty when the budget holds). */
  problems: string[];
}

/** The embed page's JavaScript budget, in bytes gzipped (300 KB). */
export declare const EMBED_BUDGET_BYTES: number;
/** The entry chunk of the page `htmlName`, or undefined. */
export declare function entryChunkOf(bundle: Bundle, htmlName: string): BudgetChunk | undefined;
/** `entry` and every chunk it imports, directly or not, statically or lazily. */
export declare function chunkClosure(bundle: Bundle, entry: BudgetChunk): BudgetChunk[];
/** Checks the page's JavaScript against `budget` bytes gzipped (gzip by default), and that none of it is Monaco. */
export declare function checkPageBudget(bundle: Bundle, htmlName: string, gzipSize?: (code: string) => number, budget?: number): BudgetReport;
/** The Vite plugin that fails the build when the page is over budget or loads Monaco. */
export declare function embedBudget(options?: { page?: string; budget?: number }): Plugin;
