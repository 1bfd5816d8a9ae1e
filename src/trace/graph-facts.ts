/**
 * Facts records of a recording's copy of the graph (graph-store.ts): what a row says
 * of its object besides its count and references, its kind, type name and value text,
 * whether it is a shared singleton, and the one link some kinds have. A row names a
 * version, and a version names a facts record, so the rows of an object whose facts
 * did not change share one record.
 *
 * Invariants: append-only; records are numbered from 0 in the order they were added.
 */
import { NodeKind } from '../python/heap-image';
import { IntColumn } from './int-column';

/** Set in a record's kind for a shared singleton (node kinds are small numbers). */
const SHARED = 1 << 16;

/** Facts records, one per distinct state of an object's facts. */
export class GraphFacts {
  /** The node kind, plus SHARED for a shared singleton. */
  readonly kind = new IntColumn();
  /** The type's name (text number). */
  readonly type = new IntColumn();
  /** A module's dict (serial), a generator's frame key; -1 for other kinds (one column: no kind has both). */
  readonly link = new IntColumn();
  /** A value's text, or an int's number (its text is `String` of it). */
  readonly values: Array<string | number> = [];

  /** A new record (`moduleDict` only for a module, `genFrame` only for a generator, else -1). */
  add(kind: number, type: number, value: string | number, shared: boolean, moduleDict: number, genFrame: number): number {
    this.kind.push(shared ? kind | SHARED : kind);
    this.type.push(type);
    this.values.push(value);
    this.link.push(moduleDict >= 0 ? moduleDict : genFrame);
    return this.values.length - 1;
  }

  /** True when record `f` says exactly this. */
  same(f: number, kind: number, type: number, value: string | number, shared: boolean, moduleDict: number, genFrame: number): boolean {
    return (
      this.kind.get(f) === (shared ? kind | SHARED : kind) &&
      this.type.get(f) === type &&
      this.values[f] === value &&
      this.link.get(f) === (moduleDict >= 0 ? moduleDict : genFrame)
    );
  }

  /** Record `f`'s node kind. */
  kindOf(f: number): NodeKind {
    return (this.kind.get(f) & ~SHARED) as NodeKind;
  }

  /** Record `f`'s type name (text number). */
  typeOf(f: number): number {
    return this.type.get(f);
  }

  /** Record `f`'s value text. */
  valueOf(f: number): string {
    const v = this.values[f]!;
    return typeof v === 'number' ? String(v) : v;
  }

  /** True when record `f` is of a shared singleton. */
  sharedOf(f: number): boolean {
    return (this.kind.get(f) & SHARED) !== 0;
  }

  /** A module's dict serial (-1 for other kinds). */
  moduleDictOf(f: number): number {
    return this.kindOf(f) === NodeKind.Module ? this.link.get(f) : -1;
  }

  /** A generator's frame key (-1 for other kinds). */
  generatorFrameOf(f: number): number {
    return this.kindOf(f) === NodeKind.Generator ? this.link.get(f) : -1;
  }
}
