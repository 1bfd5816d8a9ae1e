import { describe, expect, it } from 'vitest';
import { NodeKind } from '../../src/python/heap-image';
import { GraphFacts } from '../../src/trace/graph-facts';

describe('GraphFacts', () => {
  it('reads back what each record says, the shared mark and the kind apart', () => {
    const facts = new GraphFacts();
    const int = facts.add(NodeKind.Plain, 3, 1000, false, false, -1, -1);
    const none = facts.add(NodeKind.Plain, 4, 'None', false, true, -1, -1);
    const mod = facts.add(NodeKind.Module, 5, 'm', false, false, 42, -1);
    const gen = facts.add(NodeKind.Generator, 6, '', false, false, -1, 7);
    expect([facts.kindOf(int), facts.typeOf(int), facts.valueOf(int), facts.sharedOf(int)]).toEqual([NodeKind.Plain, 3, '1000', false]);
    expect([facts.kindOf(none), facts.valueOf(none), facts.sharedOf(none)]).toEqual([NodeKind.Plain, 'None', true]);
    expect([facts.moduleDictOf(mod), facts.generatorFrameOf(mod)]).toEqual([42, -1]);
    expect([facts.moduleDictOf(gen), facts.generatorFrameOf(gen)]).toEqual([-1, 7]);
  });

  it("keeps a str's characters and gives their repr, cut as the diagram cuts it", () => {
    const facts = new GraphFacts();
    const short = facts.add(NodeKind.Leaf, 3, "it's", true, false, -1, -1);
    const long = facts.add(NodeKind.Leaf, 3, 'x'.repeat(40), true, false, -1, -1);
    const text = facts.add(NodeKind.Leaf, 3, "it's", false, false, -1, -1);
    expect([facts.valueOf(short), facts.kindOf(short), facts.sharedOf(short)]).toEqual(['"it\'s"', NodeKind.Leaf, false]);
    expect(facts.valueOf(long)).toBe(`'${'x'.repeat(40)}'`);
    expect(facts.valueOf(text)).toBe("it's");
  });

  it("keeps an int's number exactly, however large, and tells it from its text", () => {
    const facts = new GraphFacts();
    const numbers = [0, -1, 2 ** 31, -(2 ** 31) - 1, 499999500000, -(2 ** 53) + 1, 2 ** 53 - 1, 4294967295, 4294967296];
    const records = numbers.map((n) => facts.add(NodeKind.Leaf, 3, n, false, false, -1, -1));
    expect(records.map((f) => facts.valueOf(f))).toEqual(numbers.map(String));
    records.forEach((f, k) => {
      expect(facts.same(f, NodeKind.Leaf, 3, numbers[k]!, false, false, -1, -1)).toBe(true);
      expect(facts.same(f, NodeKind.Leaf, 3, numbers[k]! + 1, false, false, -1, -1)).toBe(false);
      expect(facts.same(f, NodeKind.Leaf, 3, String(numbers[k]), false, false, -1, -1)).toBe(false);
    });
    expect(facts.kindOf(records[0]!)).toBe(NodeKind.Leaf);
  });

  it('tells a record that says the same from one that differs in any fact', () => {
    const facts = new GraphFacts();
    const f = facts.add(NodeKind.Plain, 3, 'x', false, false, -1, -1);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', false, false, -1, -1)).toBe(true);
    expect(facts.same(f, NodeKind.Dict, 3, 'x', false, false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 4, 'x', false, false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'y', false, false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', false, true, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', true, false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', false, false, 1, -1)).toBe(false);
  });
});
