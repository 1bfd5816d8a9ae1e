/**
 * Permalinks: everything lives in the URL fragment, so no server is needed.
 *
 * Version 1 (frozen: links made today must open forever; a change of format is a new
 * version with its own parser beside this one):
 *
 *   #v=1[&step=N][&fold=0|1][&sum=H][&stdin=LZ]&code=LZ
 *   #v=1&lesson=SLUG[&step=N][&fold=0|1]
 *
 * - `code`, `stdin`: lz-string's `compressToEncodedURIComponent` of the text (stdin only
 *   when non-empty). `code` comes last, so a link cut short loses (part of) the code.
 * - `step`: the step shown, 1-based as the timeline counts ("Step N of M").
 * - `fold`: the diagram's "Fold shared" option; absent keeps the reader's own.
 * - `sum`: 8 hex digits, FNV-1a of `stdin + "\0" + code`, so a link cut inside its code
 *   is noticed even when what is left still decompresses. Hand-made links may omit it.
 * - `lesson`: a lesson's slug (src/share/lessons), URI-encoded.
 * Parameters are separated by `&`, in any order; unknown ones are ignored.
 */
import { compressText, decompressText } from './lz';

/** The version this code writes. */
export const LINK_VERSION = 1;

/** What a link may hold; anything larger is refused with a notice. */
export const LINK_LIMITS = {
  /** Characters of fragment (Chromium refuses URLs over 2 MB). */
  fragment: 1_500_000,
  /** Characters of code, once decompressed (the autosave's own limit). */
  code: 1_000_000,
  /** Characters of stdin, once decompressed. */
  stdin: 1_000_000,
  /** The largest step number. */
  step: 1_000_000_000,
} as const;

/** A program with its input, the step shown and the fold option. */
export interface CodeLink {
  kind: 'code';
  code: string;
  stdin: string;
  /** The 1-based step to show, or null (open without running). */
  step: number | null;
  /** Fold shared singletons; null leaves the reader's setting. */
  fold: boolean | null;
}

/** A lesson of the gallery, by slug. */
export interface LessonLink {
  kind: 'lesson';
  slug: string;
  step: number | null;
  fold: boolean | null;
}

export type Link = CodeLink | LessonLink;

/** Why a link cannot be opened. */
export type LinkProblem = 'truncated' | 'too-large' | 'newer-version' | 'malformed' | 'unknown-lesson';

/** Reading a fragment: no link at all, a link, or a broken one. */
export type ParsedLink = { kind: 'none' } | { kind: 'ok'; link: Link } | { kind: 'broken'; problem: LinkProblem };

/** What the notice says about each problem (plain text). */
export const LINK_PROBLEMS: Readonly<Record<LinkProblem, string>> = {
  truncated: 'This link is incomplete: it was probably cut off when it was copied.',
  'too-large': 'This link holds more than Memory Lane opens (at most 1,000,000 characters of code).',
  'newer-version': 'This link was made by a newer version of Memory Lane.',
  malformed: 'This link is damaged and cannot be read.',
  'unknown-lesson': 'This link names a lesson that does not exist.',
};

/** FNV-1a (32 bits) of `text`'s UTF-16 code units, as 8 hex digits. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const sumOf = (code: string, stdin: string) => checksum(`${stdin}\0${code}`);

/** The fragment (without `#`) of `link`, in the current version's format. */
export function encodeLink(link: Link): string {
  const parts = [`v=${LINK_VERSION}`];
  if (link.kind === 'lesson') parts.push(`lesson=${encodeURIComponent(link.slug)}`);
  if (link.step !== null) parts.push(`step=${link.step}`);
  if (link.fold !== null) parts.push(`fold=${link.fold ? 1 : 0}`);
  if (link.kind === 'code') {
    parts.push(`sum=${sumOf(link.code, link.stdin)}`);
    if (link.stdin !== '') parts.push(`stdin=${compressText(link.stdin)}`);
    parts.push(`code=${compressText(link.code)}`);
  }
  return parts.join('&');
}

class Broken extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem);
  }
}

/** The fragment's parameters (a repeated one is malformed). */
function paramsOf(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of fragment.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (params.has(key)) throw new Broken('malformed');
    params.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

/** A value that some tool percent-encoded (the compressed alphabet has no `%`) is decoded. */
function unescape(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new Broken('malformed');
  }
}

function readText(value: string, max: number): string {
  const read = decompressText(unescape(value), max);
  if (read.ok) return read.text;
  throw new Broken(read.problem === 'too-long' ? 'too-large' : read.problem === 'truncated' ? 'truncated' : 'malformed');
}

function readStep(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,10}$/.test(value)) throw new Broken('malformed');
  const step = Number(value);
  if (step < 1 || step > LINK_LIMITS.step) throw new Broken('malformed');
  return step;
}

function readFold(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value === '0' || value === '1') return value === '1';
  throw new Broken('malformed');
}

/** Version 1 (see the top of this file). Never change what it accepts: links in the wild depend on it. */
function parseV1(params: Map<string, string>): Link {
  const step = readStep(params.get('step'));
  const fold = readFold(params.get('fold'));
  const slug = params.get('lesson');
  const code = params.get('code');
  if (slug !== undefined) {
    if (code !== undefined) throw new Broken('malformed');
    const name = unescape(slug);
    if (!/^[\w-]{1,100}$/.test(name)) throw new Broken('unknown-lesson');
    return { kind: 'lesson', slug: name, step, fold };
  }
  // Without code, the link lost its end (where the encoder puts the code).
  if (code === undefined) throw new Broken('truncated');
  const stdinText = params.get('stdin');
  const stdin = stdinText === undefined ? '' : readText(stdinText, LINK_LIMITS.stdin);
  const text = readText(code, LINK_LIMITS.code);
  const sum = params.get('sum');
  if (sum !== undefined && sum.toLowerCase() !== sumOf(text, stdin)) throw new Broken('truncated');
  return { kind: 'code', code: text, stdin, step, fold };
}

/** The parser of each version ever released, by number. */
const PARSERS: Readonly<Record<number, (params: Map<string, string>) => Link>> = { 1: parseV1 };

/**
 * Reads a URL fragment (with or without its `#`). A fragment that is not a link (empty,
 * or an anchor with neither `v`, `code` nor `lesson`) is `none`; a link that cannot be
 * opened is `broken` with the reason. Never throws, and never decompresses more than
 * LINK_LIMITS allow.
 */
export function parseLink(fragment: string): ParsedLink {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { kind: 'none' };
  if (text.length > LINK_LIMITS.fragment) return { kind: 'broken', problem: 'too-large' };
  try {
    const params = paramsOf(text);
    const version = params.get('v');
    if (version === undefined) {
      return params.has('code') || params.has('lesson') ? { kind: 'broken', problem: 'malformed' } : { kind: 'none' };
    }
    if (!/^\d{1,6}$/.test(version)) return { kind: 'broken', problem: 'malformed' };
    const parse = PARSERS[Number(version)];
    if (parse) return { kind: 'ok', link: parse(params) };
    return { kind: 'broken', problem: Number(version) > LINK_VERSION ? 'newer-version' : 'malformed' };
  } catch (error) {
    if (error instanceof Broken) return { kind: 'broken', problem: error.problem };
    return { kind: 'broken', problem: 'malformed' };
  }
}
