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
import { strValueText } from '../python/text/str-repr';
import { IntColumn, high32, joined, low32 } from './int-column';

/** Set in a record's kind for a shared singleton (node kinds are small numbers). */
const SHARED = 1 << 16;

/** Set in a record's kind when its value is a str's own characters, whose text is their repr (strValueText). */
const RAW_STR = 1 << 17;

/** Set in a record's kind when its value is an int's number, kept in `numberHigh`/`numberLow`. */
const NUMBER = 1 << 18;

/** The flags a record's kind may carry besides the node kind. */
const FLAGS = SHARED | RAW_STR | NUMBER;

/** Facts records, one per distinct state of an object's facts. */
export class GraphFacts {
  /** The node kind, and its flags (SHARED, RAW_STR, NUMBER). */
  readonly kind = new IntColumn();
  /** The type's name (text number). */
  readonly type = new IntColumn();
  /** A module's dict (serial), a generator's frame key; -1 for other kinds (one column: no kind has both). */
  readonly link = new IntColumn();
  /**
   * A value's text, a str's characters (RAW_STR), or for an int (NUMBER) the place of its
   * number in `numberHigh`/`numberLow` (its text is `String` of the number). The numbers
   * are kept as integers apart: in this array, one past 2^31 (a running total) would be
   * an object of its own, one per record.
   */
  readonly values: Array<string | number> = [];
  /** An int record's number, as its high 32 bits (signed) and low 32 bits: ints are exact up to 2^53. */
  readonly numberHigh = new IntColumn();
  readonly numberLow = new IntColumn();

  /** A new record (`raw`: `value` is a str's characters; `moduleDict` only for a module, `genFrame` only for a generator, else -1). */
  add(kind: number, type: number, value: string | number, raw: boolean, shared: boolean, moduleDict: number, genFrame: number): number {
    const isNumber = typeof value === 'number';
    this.kind.push(flagged(kind, raw, shared) | (isNumber ? NUMBER : 0));
    this.type.push(type);
    if (isNumber) {
      this.values.push(this.numberHigh.length);
      this.numberHigh.push(high32(value));
      this.numberLow.push(low32(value));
    } else this.values.push(value);
    this.link.push(moduleDict >= 0 ? moduleDict : genFrame);
    return this.values.length - 1;
  }

  /** True when record `f` says exactly this. */
  same(f: number, kind: number, type: number, value: string | number, raw: boolean, shared: boolean, moduleDict: number, genFrame: number): boolean {
    return (
      (this.kind.get(f) & ~NUMBER) === flagged(kind, raw, shared) &&
      this.type.get(f) === type &&
      this.value(f) === value &&
      this.link.get(f) === (moduleDict >= 0 ? moduleDict : genFrame)
    );
  }

  /** Record `f`'s node kind. */
  kindOf(f: number): NodeKind {
    return (this.kind.get(f) & ~FLAGS) as NodeKind;
  }

  /** Record `f`'s type name (text number). */
  typeOf(f: number): number {
    return this.type.get(f);
  }

  /** Record `f`'s value text. */
  valueOf(f: number): string {
    const v = this.value(f);
    if (typeof v === 'number') return String(v);
    return this.kind.get(f) & RAW_STR ? strValueText(v) : v;
  }

  /** Record `f`'s value as `add` was given it. */
  private value(f: number): string | number {
    const v = this.values[f]!;
    if (!(this.kind.get(f) & NUMBER)) return v;
    const k = v as number;
    return joined(this.numberHigh.get(k), this.numberLow.get(k));
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

/** A record's kind column: the node kind and its flags. */
function flagged(kind: number, raw: boolean, shared: boolean): number {
  return kind | (raw ? RAW_STR : 0) | (shared ? SHARED : 0);
}
