import { describe, expect, it } from 'vitest';
import { censusOf, Hidden } from '../../src/python/heap-census';
import { NodeKind, type EntryVisit, type HeapImage, type ImageFrame, type NodeEdge } from '../../src/python/heap-image';

/** One node of a hand-made image. */
interface TestNode {
  kind?: NodeKind;
  type: string;
  value?: string;
  rc: number;
  shared?: boolean;
  edges?: Array<[number, string, string | null]>;
  /** Dict entries: key, value, key name, value label. */
  entries?: Array<[number, number, string, string]>;
}

/** A heap image from plain data: the census must work on any source, not only the running engine. */
function image(nodes: TestNode[], liveCount: number, frames: ImageFrame[], builtins: number): HeapImage {
  return {
    liveCount,
    size: nodes.length,
    frames,
    roots: { modules: [], inFlight: [], lent: [], literals: [], handled: -1, stdout: -1, builtins, midInstruction: false },
    kind: (i) => nodes[i]!.kind ?? NodeKind.Plain,
    type: (i) => nodes[i]!.type,
    value: (i) => nodes[i]!.value ?? '',
    refcount: (i) => nodes[i]!.rc,
    shared: (i) => nodes[i]!.shared ?? false,
    weak: () => [],
    edges: (i, visit: NodeEdge) => nodes[i]!.edges?.forEach(([t, l, r]) => visit(t, l, r)),
    entries: (i, byName, visit: EntryVisit) => nodes[i]!.entries?.forEach(([k, v, name, label]) => visit(k, v, byName ? name : label)),
    moduleDict: () => -1,
    generatorFrame: () => -1,
  };
}

function frame(slotNames: string[], slots: number[], code: number): ImageFrame {
  return { key: 0, name: 'f', line: 3, slotNames, slots, fn: -1, code, ownGlobals: -1, locals: -1, namespace: -1, frameObject: -1, inlined: true, isModule: false };
}

describe('censusOf', () => {
  // 0: a list held by the local `xs`, holding 1 (an int) twice; 2, 3: a cycle nobody holds; 4: the code; 5: builtins.
  const nodes: TestNode[] = [
    { type: 'list', value: 'len 2', rc: 1, edges: [[1, '[0]', null], [1, '[1]', null]] },
    { type: 'int', value: '1000', rc: 3, edges: [] },
    { type: 'list', value: 'len 1', rc: 1, edges: [[3, '[0]', null]] },
    { type: 'list', value: 'len 1', rc: 1, edges: [[2, '[0]', null]] },
    { kind: NodeKind.Code, type: 'code', rc: 1 },
    { kind: NodeKind.Dict, type: 'dict', rc: 1, shared: true },
  ];
  const census = censusOf(image(nodes, 4, [frame(['xs'], [0], 4)], 5), (i) => i);

  it('names the frame locals and draws every labelled arrow', () => {
    expect(census.frames).toEqual([{ name: 'f', line: 3, locals: [['xs', 0]] }]);
    const list = census.objects.find((o) => o.obj === 0)!;
    expect(list.refs).toEqual([['[0]', 1], ['[1]', 1]]);
    expect(list.state).toBe('live');
  });

  it('reports what no arrow or name explains as a hidden reference', () => {
    const int = census.objects.find((o) => o.obj === 1)!;
    // Two arrows from the list; the third reference is held from outside everything the image shows.
    expect(int.refcount).toBe(3);
    expect([...int.hidden]).toEqual([[Hidden.other, 1]]);
  });

  it('finds a cycle nobody holds as garbage, and never draws code or namespaces', () => {
    expect(census.objects.filter((o) => o.state === 'garbage').map((o) => o.obj)).toEqual([2, 3]);
    expect(census.objects.map((o) => o.obj)).not.toContain(4);
    expect(census.objects.map((o) => o.obj)).not.toContain(5);
  });
});
