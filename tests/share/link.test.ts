import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { checksum, encodeLink, LINK_LIMITS, LINK_PROBLEMS, LINK_VERSION, parseLink, type Link } from '../../src/share/link';

const STARTER = 'x = 100\ny = x\nx += 10\nprint(id(x) == id(y))\n';

/** Links written by version 1, exactly as they were handed out. They must open forever, with these values. */
const V1_LINKS: ReadonlyArray<[string, Link]> = [
  [
    '#v=1&step=3&fold=1&sum=52daacd3&code=B4AgvCCMAM0FAE9wmHUBqCM4AcBOAlgHYAuAFAQCZnACU4EVZCttcQA',
    { kind: 'code', code: STARTER, stdin: '', step: 3, fold: true },
  ],
  [
    '#v=1&fold=0&sum=3f58c539&stdin=IIEwhgUEA&code=HYQwtgpgBAvFCWwAOBXALgCgJQCgkCdFMAiACwEuAbSge2IBopRJHjBeDcFgd43IA',
    { kind: 'code', code: 'name = input()\nprint("héllo", name, "🐍")\n', stdin: 'Ada\n', step: null, fold: false },
  ],
  ['#v=1&step=1&sum=050c5d1f&code=Q', { kind: 'code', code: '', stdin: '', step: 1, fold: null }],
  ['#v=1&lesson=aliases&step=4', { kind: 'lesson', slug: 'aliases', step: 4, fold: null }],
  ['#v=1&lesson=aliases', { kind: 'lesson', slug: 'aliases', step: null, fold: null }],
  // Hand-made: no checksum, parameters in another order, an unknown parameter ignored.
  [
    '#code=B4AgvCCMAM0FAE9wmHUBqCM4AcBOAlgHYAuAFAQCZnACU4EVZCttcQA&theme=dark&v=1&step=2',
    { kind: 'code', code: STARTER, stdin: '', step: 2, fold: null },
  ],
];

const problem = (fragment: string) => {
  const parsed = parseLink(fragment);
  return parsed.kind === 'broken' ? parsed.problem : parsed.kind;
};

describe('permalinks, version 1', () => {
  it('writes version 1', () => {
    expect(LINK_VERSION).toBe(1);
    expect(encodeLink({ kind: 'code', code: 'a = 1\n', stdin: '', step: null, fold: null })).toMatch(/^v=1&/);
  });

  it.each(V1_LINKS)('opens %s as it always did', (fragment, link) => {
    expect(parseLink(fragment)).toEqual({ kind: 'ok', link });
  });

  it('writes those same links today (the code goes last, the checksum before it)', () => {
    for (const [fragment, link] of V1_LINKS.slice(0, 4)) expect(`#${encodeLink(link)}`).toBe(fragment);
  });

  // 300 random links take about a second alone, and took 5.5 s once beside the trace tests on the other worker: not a timing test.
  it('round-trips any code, stdin, step and fold', { timeout: 30_000 }, () => {
    const link = fc.record({
      kind: fc.constant('code' as const),
      code: fc.string({ unit: 'binary', maxLength: 400 }),
      stdin: fc.string({ unit: 'grapheme', maxLength: 40 }),
      step: fc.option(fc.integer({ min: 1, max: LINK_LIMITS.step })),
      fold: fc.option(fc.boolean()),
    });
    fc.assert(
      fc.property(link, (l) => {
        const fragment = encodeLink(l);
        expect(fragment).toMatch(/^[\w=&+$-]*$/);
        expect(parseLink(`#${fragment}`)).toEqual({ kind: 'ok', link: l });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips a lesson link, and reads a percent-encoded slug', () => {
    const link: Link = { kind: 'lesson', slug: 'del-frees', step: 7, fold: true };
    expect(parseLink(encodeLink(link))).toEqual({ kind: 'ok', link });
    expect(parseLink('#v=1&lesson=del%2Dfrees')).toEqual({ kind: 'ok', link: { ...link, step: null, fold: null } });
  });

  it('reads a `+` turned into a space, and a percent-encoded value', () => {
    const code = 's = "丁丟"\n';
    const compressed = compressToEncodedURIComponent(code);
    expect(compressed).toContain('+');
    const expected = { kind: 'ok', link: { kind: 'code', code, stdin: '', step: null, fold: null } };
    expect(parseLink(`#v=1&code=${compressed.replace(/\+/g, ' ')}`)).toEqual(expected);
    expect(parseLink(`#v=1&code=${encodeURIComponent(compressed)}`)).toEqual(expected);
  });
});

describe('what is not a link, and broken links', () => {
  it('an empty fragment or a plain anchor is no link', () => {
    expect(parseLink('')).toEqual({ kind: 'none' });
    expect(parseLink('#')).toEqual({ kind: 'none' });
    expect(parseLink('#editor-pane')).toEqual({ kind: 'none' });
  });

  it('every cut of a link is noticed: none opens as a (wrong) program', () => {
    const code = 'def f(items):\n    total = 0\n    for x in items:\n        total += x\n    return total\n\nprint(f([1, 2, 3]))\n';
    const fragment = encodeLink({ kind: 'code', code, stdin: '5\n', step: 12, fold: true });
    expect(parseLink(fragment)).toMatchObject({ kind: 'ok' });
    for (let cut = 1; cut < fragment.length; cut++) {
      const parsed = parseLink(fragment.slice(0, cut));
      // The code's last character may hold only padding: without it, it is still the same program.
      if (parsed.kind === 'ok') expect(encodeLink(parsed.link), `cut at ${cut}`).toBe(fragment);
      else expect(problem(fragment.slice(0, cut)), `cut at ${cut}`).toMatch(/^(truncated|malformed)$/);
    }
  });

  it('a cut inside the code is reported as truncated', () => {
    const code = 'words = ["alpha", "beta", "gamma", "delta"]\nfor w in words:\n    print(w.upper())\n';
    const fragment = encodeLink({ kind: 'code', code, stdin: '', step: 2, fold: false });
    expect(problem(fragment.slice(0, -5))).toBe('truncated');
    expect(problem(fragment.slice(0, fragment.indexOf('&code=')))).toBe('truncated');
  });

  it('a checksum that does not match is a truncated link', () => {
    const fragment = encodeLink({ kind: 'code', code: 'a = 1\n', stdin: '', step: 1, fold: null });
    expect(problem(fragment.replace(/sum=\w+/, 'sum=00000000'))).toBe('truncated');
  });

  it('refuses what is damaged', () => {
    expect(problem('#v=1&code=!!!')).toBe('malformed');
    expect(problem('#v=1&step=0&code=Q')).toBe('malformed');
    expect(problem('#v=1&step=-1&code=Q')).toBe('malformed');
    expect(problem('#v=1&step=2.5&code=Q')).toBe('malformed');
    expect(problem('#v=1&step=99999999999&code=Q')).toBe('malformed');
    expect(problem('#v=1&fold=yes&code=Q')).toBe('malformed');
    expect(problem('#v=1&code=Q&code=Q')).toBe('malformed');
    expect(problem('#v=1&lesson=aliases&code=Q')).toBe('malformed');
    expect(problem('#v=one&code=Q')).toBe('malformed');
    expect(problem('#v=0&code=Q')).toBe('malformed');
    expect(problem('#code=Q')).toBe('malformed');
    expect(problem('#v=1&code=%E0%A4%A')).toBe('malformed');
    expect(problem('#v=1&lesson=<script>')).toBe('unknown-lesson');
  });

  it('a link from a newer version says so', () => {
    expect(problem('#v=2&code=Q')).toBe('newer-version');
    expect(problem('#v=17&whatever=1')).toBe('newer-version');
  });

  it('a link with no code lost its end', () => {
    expect(problem('#v=1')).toBe('truncated');
    expect(problem('#v=1&step=3&fold=1&sum=52daacd3&co')).toBe('truncated');
  });

  it('every problem has a message', () => {
    for (const message of Object.values(LINK_PROBLEMS)) expect(message.length).toBeGreaterThan(10);
  });
});

describe('limits', () => {
  // lz-string takes a few seconds to compress a million characters on a slow machine.
  const SLOW = 60_000;

  it('refuses a fragment over the limit without reading it', () => {
    const big = `#v=1&code=${'A'.repeat(LINK_LIMITS.fragment)}`;
    expect(problem(big)).toBe('too-large');
  });

  it('refuses code that decompresses past the limit, quickly (a small link cannot expand without bound)', () => {
    const bomb = compressToEncodedURIComponent('a'.repeat(LINK_LIMITS.code + 1));
    expect(bomb.length).toBeLessThan(10_000);
    const started = performance.now();
    expect(problem(`#v=1&code=${bomb}`)).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(2_000);
  }, SLOW);

  it('opens code exactly at the limit', () => {
    const code = 'a'.repeat(LINK_LIMITS.code);
    const parsed = parseLink(encodeLink({ kind: 'code', code, stdin: '', step: null, fold: null }));
    expect(parsed.kind === 'ok' && parsed.link.kind === 'code' && parsed.link.code.length).toBe(LINK_LIMITS.code);
  }, SLOW);

  it('refuses stdin past its limit', () => {
    const stdin = compressToEncodedURIComponent('1\n'.repeat(LINK_LIMITS.stdin));
    expect(problem(`#v=1&stdin=${stdin}&code=Q`)).toBe('too-large');
  }, SLOW);
});

describe('checksum', () => {
  it('is FNV-1a over UTF-16 code units, 8 hex digits', () => {
    expect(checksum('')).toBe('811c9dc5');
    expect(checksum('a')).toBe('e40c292c');
    expect(checksum('foobar')).toBe('bf9cf968');
  });
});
