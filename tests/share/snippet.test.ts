import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedUrl, escapeAttribute, iframeSnippet, permalink } from '../../src/share/snippet';

describe('the addresses the share menu hands out', () => {
  it('a permalink is the current page with the link as its fragment', () => {
    expect(permalink('https://example.org/courses/python/memory-lane/', 'v=1&code=Q')).toBe(
      'https://example.org/courses/python/memory-lane/#v=1&code=Q',
    );
    expect(permalink('https://example.org/ml/index.html#v=1&code=OLD', 'v=1&code=Q')).toBe('https://example.org/ml/index.html#v=1&code=Q');
    expect(permalink('http://127.0.0.1:4173/memory-lane/?x=1', 'v=1')).toBe('http://127.0.0.1:4173/memory-lane/?x=1#v=1');
  });

  it('the embed page sits beside the current page, in any sub-folder', () => {
    expect(embedUrl('https://example.org/courses/python/memory-lane/', 'v=1&code=Q')).toBe(
      'https://example.org/courses/python/memory-lane/embed.html#v=1&code=Q',
    );
    expect(embedUrl('https://example.org/ml/index.html?x=1#v=1&code=OLD', 'v=1&step=2&code=Q')).toBe(
      'https://example.org/ml/embed.html#v=1&step=2&code=Q',
    );
    expect(embedUrl('http://127.0.0.1:4173/', 'v=1')).toBe('http://127.0.0.1:4173/embed.html#v=1');
  });

  it('the iframe snippet has an absolute src, a title, a height and lazy loading', () => {
    const src = 'https://example.org/ml/embed.html#v=1&step=2&code=Q';
    const snippet = iframeSnippet(src);
    expect(snippet).toBe(
      `<iframe src="https://example.org/ml/embed.html#v=1&amp;step=2&amp;code=Q" title="Memory Lane: a Python program and its memory, step by step" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`,
    );
    // Parsed back as HTML, the attribute is the address again.
    expect(snippet.match(/src="([^"]*)"/)![1]!.replace(/&amp;/g, '&')).toBe(src);
    expect(iframeSnippet(src, { height: 400.4 })).toContain('height="400"');
    expect(iframeSnippet(src, { height: -1 })).toContain(`height="${EMBED_HEIGHT}"`);
  });

  it('escapes attribute text', () => {
    expect(escapeAttribute('a"b<c>&d')).toBe('a&quot;b&lt;c&gt;&amp;d');
    expect(iframeSnippet('x', { title: '"><script>alert(1)</script>' })).not.toContain('<script>');
  });
});
