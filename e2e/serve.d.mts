import type { Server } from 'node:http';

/** The sub-folder the site is served from. */
export declare const SUB_FOLDER: string;
/** Copies `distDir` into a fresh temporary folder under SUB_FOLDER and returns that folder's parent. */
export declare function stageSite(distDir: string): string;
/** Starts a static file server for `root` on 127.0.0.1:`port`; resolves once listening. */
export declare function serveStatic(root: string, port: number): Promise<Server>;
