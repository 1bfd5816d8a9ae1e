/**
 * Bad input for robustness tests, made deterministically (a failure can be replayed):
 * random bytes, corpus programs cut short, and corpus programs with one character
 * changed. Some of them loop forever, as they would in CPython: run them under a step budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpus = join(__dirname, '../conformance');

/** The corpus programs' file names, in name order. */
const corpusNames = readdirSync(corpus)
  .filter((n) => n.endsWith('.py'))
  .sort();

/** The corpus programs, in name order. */
export const corpusPrograms: string[] = corpusNames.map((n) => readFileSync(join(corpus, n), 'utf8'));

/**
 * A number from a program's name (FNV-1a): what is drawn for a program (its cuts, the
 * half of a split it falls in) stays put when the corpus grows.
 */
export function nameSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of random ASCII bytes, up to 200 long. */
export function randomBytes(seed: number, count: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(r() * 200);
    let s = '';
    for (let j = 0; j < n; j++) s += String.fromCharCode(Math.floor(r() * 128));
    out.push(s);
  }
  return out;
}

/** Each corpus program cut at `perProgram` random places. */
export function truncatedPrograms(seed: number, perProgram: number): string[] {
  const out: string[] = [];
  corpusPrograms.forEach((p, i) => {
    const r = rng(seed ^ nameSeed(corpusNames[i]!));
    for (let k = 0; k < perProgram; k++) out.push(p.slice(0, Math.floor(r() * p.length)));
  });
  return out;
}

/** Each corpus program with one character replaced by a random one of Python's punctuation, letters or digits. */
export function mutatedPrograms(seed: number): string[] {
  const alphabet = '()[]{}:,.=+-*/%<>!"\'#\\ \n\tabcxyz0123456789';
  return corpusPrograms.map((p, k) => {
    const r = rng(seed ^ nameSeed(corpusNames[k]!));
    const i = Math.floor(r() * p.length);
    const c = alphabet[Math.floor(r() * alphabet.length)];
    return p.slice(0, i) + c + p.slice(i + 1);
  });
}
