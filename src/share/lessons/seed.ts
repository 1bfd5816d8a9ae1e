/**
 * The seed article's lessons: names and ids, immutable ints, a function's frame, reference
 * counting, and when the garbage collector runs. Each note's `facts` are checked against
 * the engine's recording by tests/share/lessons; each program prints what CPython 3.11 prints.
 */
import type { Lesson } from './index';

export const SEED_LESSONS: readonly Lesson[] = [
  {
    slug: 'names-and-ids',
    title: 'Two names, one object',
    summary: '`x = 5; y = x` binds a second name to the same object, as `id()` shows.',
    code: `x = 5
y = x
print(id(x) == id(y))
print(x is y)
`,
    notes: [
      {
        at: { line: 2 },
        text: '`x = 5` put the name `x` in the module\'s frame and made it refer to an int object. The name is not the object: it is a label that points at it. (5 is one of the small ints CPython creates once and shares.)',
        facts: { bound: ['x'], value: ['x', '5'], shared: ['x', true] },
      },
      {
        at: { line: 3 },
        text: '`y = x` copied nothing: it made a second name refer to the object `x` refers to. Two names, one object.',
        facts: { same: ['x', 'y'] },
      },
      {
        at: { line: 4, event: 'return' },
        text: '`id()` returns an object\'s identity (in CPython, its address in memory), fixed for the object\'s whole life. `id(x) == id(y)` and `x is y` both ask the same question: do the two names refer to one object? Yes, twice.',
        facts: { same: ['x', 'y'], stdout: 'True\nTrue\n' },
      },
    ],
  },
  {
    slug: 'ints-are-immutable',
    title: 'Ints are immutable: += rebinds',
    summary: '`x = 100; y = x; x += 10` moves `x` to another int while `y` keeps the old one.',
    code: `x = 100
y = x
print(id(x) == id(y))
x += 10
print(id(x) == id(y))
print(x, y)
big = 1000
other = big
big += 10
print(big is other, other)
`,
    notes: [
      {
        at: { line: 3 },
        text: 'After `y = x`, both names refer to the one int object 100, so `id(x) == id(y)` will print True.',
        facts: { same: ['x', 'y'], value: ['y', '100'] },
      },
      {
        at: { line: 5 },
        text: 'An int cannot change. `x += 10` did not touch the object 100: it computed 110 and re-bound `x` to that object. `y` still refers to 100, so the ids now differ. (110 is in CPython\'s small-int cache, -5 to 256, so that object existed already.)',
        facts: { distinct: ['x', 'y'], value: ['x', '110'], shared: ['x', true], stdout: 'True\n' },
      },
      {
        at: { line: 10 },
        text: 'Outside the cache it is plain to see: `big += 10` made a brand-new int 1010 and re-bound `big` to it, while `other` kept the int 1000. "Changing" an int always re-binds the name to another object.',
        facts: { distinct: ['big', 'other'], value: ['big', '1010'], shared: ['big', false] },
      },
      {
        at: { line: 10, event: 'return' },
        text: '`big is other` is False and `other` is still 1000: re-binding one name never affects another name\'s object.',
        facts: { value: ['other', '1000'], stdoutIncludes: 'False 1000\n' },
      },
    ],
  },
  {
    slug: 'function-frames',
    title: 'A function\'s frame and its list',
    summary: 'A call\'s names live in a frame on the stack; the list it builds lives on the heap and outlives the call.',
    code: `def make_squares(n):
    items = []
    for i in range(n):
        items.append(i * i)
    return items

squares = make_squares(3)
print(squares)
`,
    notes: [
      {
        at: { line: 2 },
        text: 'Calling `make_squares(3)` pushed a new frame onto the stack, above the module\'s. Its parameter `n` is a local name that exists only in this frame.',
        facts: { frames: ['<module>', 'make_squares'], bound: ['n'], unbound: ['items'] },
      },
      {
        at: { line: 3 },
        text: '`items = []` made a list. The name `items` is in the function\'s frame, but the list itself is on the heap, like every object: only the name belongs to the call.',
        facts: { type: ['items', 'list'], refcount: ['items', 1] },
      },
      {
        at: { line: 5, event: 'return' },
        text: 'The function returns: its frame is leaving the stack, and its names `n`, `items` and `i` go with it. The list is held by `items` and by the value being returned (count 2).',
        facts: { frames: ['<module>', 'make_squares'], refcount: ['items', 2], value: ['items', 'len 3'] },
      },
      {
        at: { line: 8 },
        text: 'The frame is gone, the list survived: the returned value was bound to `squares`, so its count never reached 0. Had nothing kept it, its count would have fallen to 0 and it would have been freed at once.',
        facts: { frames: ['<module>'], unbound: ['items', 'n'], refcount: ['squares', 1], value: ['squares', 'len 3'] },
      },
    ],
  },
  {
    slug: 'reference-counting',
    title: 'Reference counting and sys.getrefcount',
    summary: 'Every reference to an object counts; `sys.getrefcount` reports one more, for its own argument.',
    code: `import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
`,
    notes: [
      {
        at: { line: 5 },
        text: 'The new list has one reference, the name `a`: the diagram shows a count of 1. `sys.getrefcount(a)` printed 2, because while it runs its own argument is one more reference to the list.',
        facts: { refcount: ['a', 1], stdout: '2\n' },
      },
      {
        at: { line: 7 },
        text: '`b = a` added a second reference: count 2, printed as 3.',
        facts: { same: ['a', 'b'], refcount: ['a', 2], stdout: '2\n3\n' },
      },
      {
        at: { line: 9 },
        text: 'The list `c` holds the same list twice, as items [0] and [1]: two more references, count 4, printed as 5.',
        facts: { same: ['a', 'c[0]', 'c[1]'], refcount: ['a', 4], stdout: '2\n3\n5\n' },
      },
      {
        at: { line: 10, event: 'return' },
        text: '`del b` deleted a name, not the object: one reference fewer, count 3, printed as 4. CPython frees an object the moment its count reaches 0.',
        facts: { unbound: ['b'], refcount: ['a', 3], stdout: '2\n3\n5\n4\n' },
      },
    ],
  },
  {
    slug: 'garbage-collection',
    title: 'When does garbage collection run?',
    summary: 'No timer: CPython collects cycles when allocations pass a threshold, or when the program calls `gc.collect()`.',
    code: `import gc

class Node:
    def __del__(self):
        print("cycle collected")

print(gc.get_threshold())
gc.collect()
before = gc.get_count()
n = Node()
n.me = n
del n
after = gc.get_count()
print(before, after)
keep = [[i] for i in range(1000)]
print("done")
`,
    notes: [
      {
        at: { line: 8 },
        text: 'CPython does not collect garbage on a timer. Reference counting frees most objects the moment their count reaches 0; the cyclic collector, for objects caught in cycles, runs on events: when allocations pass a threshold, or when the program calls `gc.collect()`. `gc.get_threshold()` printed the thresholds of its three generations: (700, 10, 10).',
        facts: { stdout: '(700, 10, 10)\n' },
      },
      {
        at: { line: 8, event: 'gc' },
        text: '`gc.collect()` is the event the program chooses: a full collection, now. It leaves every generation\'s count at 0.',
        facts: { gc: [0, 0, 0] },
      },
      {
        at: { line: 13 },
        text: 'After `del n` the Node is unreachable, yet its count is 1: it refers to itself through `.me`. Reference counting cannot free it, so it waits as garbage.',
        facts: { unbound: ['n'], garbage: 1 },
      },
      {
        at: { line: 15 },
        text: '`gc.get_count()` counts the new objects the collector tracks (containers such as tuples, lists and instances), minus those freed, since the last collection: (0, 0, 0) just after it, (2, 0, 0) once the tuple `before` and the Node were made.',
        facts: { stdoutIncludes: '(0, 0, 0) (2, 0, 0)\n' },
      },
      {
        at: { line: 15, event: 'gc' },
        text: 'Nobody called `gc.collect()` here: the new lists pushed generation 0\'s count past 700, so CPython collected generation 0 on its own, found the Node and ran its `__del__` before "done". Generation 1\'s count is now 1: collections of generation 0 count toward its threshold of 10.',
        facts: { alive: ['Node', 0], gc: [0, 1, 0], stdoutIncludes: 'cycle collected\n' },
      },
    ],
  },
];
