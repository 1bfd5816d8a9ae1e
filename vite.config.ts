import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { embedBudget } from './scripts/embed-budget.mjs';

/**
 * The Content-Security-Policy of the production build. Everything the page loads
 * (scripts, module workers, styles, fonts) comes from its own folder, so the page
 * works offline and cannot reach another host. Inline styles are allowed because
 * Monaco and D3 set element styles at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the Content-Security-Policy meta tag to every built page, index.html and embed.html (not in dev, where Vite injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'memory-lane:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Vite configuration: a relative base so `dist/` works from any sub-folder of any static host. */
export default defineConfig({
  base: './',
  // The embed page's JavaScript must stay under 300 KB gzipped and hold no Monaco (scripts/embed-budget.mjs).
  plugins: [react(), contentSecurityPolicy(), embedBudget()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is one large lazily loaded chunk; everything else stays small.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // Each HTML entry page of the site: the playground and the embed view.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
