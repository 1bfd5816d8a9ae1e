import { describe, expect, it } from 'vitest';
import { NodeKind } from '../../src/python/heap-image';
import { GraphFacts } from '../../src/trace/graph-facts';

describe('GraphFacts', () => {
  it('reads back what each record says, the shared mark and the kind apart', () => {
    const facts = new GraphFacts();
    const int = facts.add(NodeKind.Plain, 3, 1000, false, -1, -1);
    const none = facts.add(NodeKind.Plain, 4, 'None', true, -1, -1);
    const mod = facts.add(NodeKind.Module, 5, 'm', false, 42, -1);
    const gen = facts.add(NodeKind.Generator, 6, '', false, -1, 7);
    expect([facts.kindOf(int), facts.typeOf(int), facts.valueOf(int), facts.sharedOf(int)]).toEqual([NodeKind.Plain, 3, '1000', false]);
    expect([facts.kindOf(none), facts.valueOf(none), facts.sharedOf(none)]).toEqual([NodeKind.Plain, 'None', true]);
    expect([facts.moduleDictOf(mod), facts.generatorFrameOf(mod)]).toEqual([42, -1]);
    expect([facts.moduleDictOf(gen), facts.generatorFrameOf(gen)]).toEqual([-1, 7]);
  });

  it('tells a record that says the same from one that differs in any fact', () => {
    const facts = new GraphFacts();
    const f = facts.add(NodeKind.Plain, 3, 'x', false, -1, -1);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', false, -1, -1)).toBe(true);
    expect(facts.same(f, NodeKind.Dict, 3, 'x', false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 4, 'x', false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'y', false, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', true, -1, -1)).toBe(false);
    expect(facts.same(f, NodeKind.Plain, 3, 'x', false, 1, -1)).toBe(false);
  });
});
