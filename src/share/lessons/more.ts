/**
 * More lessons: identity and equality, caching and interning, `del` and `__del__`, cycles,
 * mutable defaults, copies and weak references. Checked like the seed's (tests/share/lessons).
 */
import type { Lesson } from './index';

export const MORE_LESSONS: readonly Lesson[] = [
  {
    slug: 'is-vs-equals',
    title: '`is` versus `==`',
    summary: '`==` compares values, `is` compares identity: equal lists can be two objects.',
    code: `a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b)
print(a is b)
print(a is c)
`,
    notes: [
      {
        at: { line: 4 },
        text: 'Each `[1, 2, 3]` made a new list: `a` and `b` are two objects with equal items. `c = a` made no list at all: `c` is a second name for the list `a` refers to (count 2).',
        facts: { distinct: ['a', 'b'], same: ['a', 'c'], refcount: ['a', 2] },
      },
      {
        at: { line: 5 },
        text: '`==` compares values: the two lists hold equal items, so `a == b` is True.',
        facts: { stdout: 'True\n' },
      },
      {
        at: { line: 6, event: 'return' },
        text: '`is` compares identity: `a is b` is False (two objects), `a is c` is True (one object, two names). Use `is` to ask "the same object?" (as in `x is None`), `==` to ask "equal values?".',
        facts: { stdout: 'True\nFalse\nTrue\n' },
      },
    ],
  },
  {
    slug: 'small-ints-and-interning',
    title: 'Small-int caching and string interning',
    summary: 'CPython shares the ints -5 to 256 and interned strings; equal values made at run time are usually new objects.',
    code: `import sys

a = int("256")
b = int("256")
print(a is b)
c = int("257")
d = int("257")
print(c == d, c is d)
s = "hello"
t = "".join(["hel", "lo"])
print(s == t, s is t)
print(sys.intern(t) is s)
`,
    notes: [
      {
        at: { line: 6 },
        text: '`int("256")` builds the number at run time, yet `a` and `b` are one object: CPython creates each int from -5 to 256 once, at start-up, and hands out that shared object every time.',
        facts: { same: ['a', 'b'], shared: ['a', true], stdout: 'True\n' },
      },
      {
        at: { line: 9 },
        text: '257 is outside the cache: each `int("257")` made a new object. Equal values (`==` is True), two objects (`is` is False).',
        facts: { distinct: ['c', 'd'], shared: ['c', false], stdoutIncludes: 'True False\n' },
      },
      {
        at: { line: 12 },
        text: 'A string constant that looks like a name, such as "hello", is interned: one shared object. A string built at run time, like the result of `join`, is a new object: equal to `s`, not identical.',
        facts: { distinct: ['s', 't'], shared: ['s', true], stdout: 'True\nTrue False\nTrue False\n' },
      },
      {
        at: { line: 12, event: 'return' },
        text: '`sys.intern(t)` returns the interned string equal to `t`: the very object `s` refers to. Caching and interning are CPython\'s optimisations, not promises: compare values with `==`.',
        facts: { stdout: 'True\nTrue False\nTrue False\nTrue\n' },
      },
    ],
  },
  {
    slug: 'del-and-finalizers',
    title: '`del` and `__del__`',
    summary: '`del` removes a name; when an object\'s last reference goes, its `__del__` is called and it is freed.',
    code: `class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)

t = Tracked("A")
alias = t
del t
print("after del t")
del alias
print("after del alias")
`,
    notes: [
      {
        at: { line: 10 },
        text: '`alias = t` gave the Tracked object a second name: its count is 2.',
        facts: { same: ['t', 'alias'], refcount: ['t', 2] },
      },
      {
        at: { line: 11 },
        text: '`del t` deleted a name, not an object: `t` is gone from the frame, but `alias` still refers to the object. Its count went from 2 to 1 and nothing was freed.',
        facts: { unbound: ['t'], refcount: ['alias', 1], alive: ['Tracked', 1] },
      },
      {
        at: { line: 6 },
        text: '`del alias` removed the last reference, so the count reached 0 and CPython called `__del__` at once, in the middle of the `del` statement (its frame is on the stack). `__del__` frees nothing itself: it is a last call before the memory goes.',
        facts: { frames: ['<module>', '__del__'], stdout: 'after del t\n' },
      },
      {
        at: { line: 13 },
        text: 'Then the object was freed. "freed A" was printed before "after del alias": with reference counting the moment is exact, not whenever a collector gets round to it.',
        facts: { alive: ['Tracked', 0], freed: true, stdout: 'after del t\nfreed A\n' },
      },
    ],
  },
  {
    slug: 'cycles',
    title: 'Cycles and gc.collect()',
    summary: 'Two objects that refer to each other survive `del`; the cyclic collector finds and frees them.',
    code: `import gc

class Node:
    pass

a = Node()
b = Node()
a.other = b
b.other = a
del a, b
found = gc.collect()
print(found)
`,
    notes: [
      {
        at: { line: 10 },
        text: '`a.other = b` and `b.other = a` made a cycle: each Node is referred to by a name and by the other Node\'s `.other`, so each count is 2.',
        facts: { same: ['a', 'b.other', 'a.other.other'], refcount: ['a', 2] },
      },
      {
        at: { line: 11 },
        text: '`del a, b` removed both names. Each count fell to 1, not 0, because the other Node still refers to it: reference counting alone never frees a cycle. Both are now unreachable garbage.',
        facts: { unbound: ['a', 'b'], garbage: 2 },
      },
      {
        at: { line: 11, event: 'gc' },
        text: '`gc.collect()` ran the cyclic collector now: it found the group of objects that only refer to each other and freed both Nodes.',
        facts: { alive: ['Node', 0], freed: true, garbage: 0 },
      },
      {
        at: { line: 12 },
        text: '`gc.collect()` returns the number of unreachable objects it found: 2, the two Nodes.',
        facts: { value: ['found', '2'] },
      },
    ],
  },
  {
    slug: 'mutable-defaults',
    title: 'Mutable default arguments',
    summary: 'A default value is made once, when `def` runs, so every call shares the same list.',
    code: `def add(item, bucket=[]):
    bucket.append(item)
    return bucket

first = add(1)
second = add(2)
print(first, second)
print(first is second)
`,
    notes: [
      {
        at: { line: 5 },
        text: '`def` ran once, and evaluated the default `[]` then: the function keeps that one list in its `__defaults__`. No new list is made at each call.',
        facts: { type: ['add.__defaults__[0]', 'list'], value: ['add.__defaults__[0]', 'len 0'] },
      },
      {
        at: { line: 2 },
        text: 'The call `add(1)` passed no bucket, so the parameter `bucket` refers to the default list itself.',
        facts: { frames: ['<module>', 'add'], same: ['bucket', 'add.__defaults__[0]'] },
      },
      {
        at: { line: 8 },
        text: 'The second call appended to the same list: `first`, `second` and the function\'s default are one object (count 3), so `[1, 2]` is printed twice.',
        facts: { same: ['first', 'second', 'add.__defaults__[0]'], refcount: ['first', 3], stdout: '[1, 2] [1, 2]\n' },
      },
      {
        at: { line: 8, event: 'return' },
        text: '`first is second` is True. The usual fix: default to `None` and make the list inside the function (`if bucket is None: bucket = []`).',
        facts: { stdoutIncludes: 'True\n' },
      },
    ],
  },
  {
    slug: 'copy-vs-deepcopy',
    title: 'Copy versus deepcopy',
    summary: '`copy.copy` makes a new outer list that shares the inner ones; `copy.deepcopy` copies all the way down.',
    code: `import copy

grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
print(shallow is grid, shallow[0] is grid[0])
print(deep is grid, deep[0] is grid[0])
grid[0].append(99)
print(shallow[0], deep[0])
`,
    notes: [
      {
        at: { line: 5 },
        text: '`copy.copy(grid)` made a new outer list, filled with the same inner lists: `shallow[0]` and `grid[0]` are one object (count 2).',
        facts: { distinct: ['shallow', 'grid'], same: ['shallow[0]', 'grid[0]'], refcount: ['grid[0]', 2] },
      },
      {
        at: { line: 6 },
        text: '`copy.deepcopy(grid)` copied all the way down: a new outer list and new inner lists. Only the ints inside are shared, which is safe: an int cannot change.',
        facts: { distinct: ['deep', 'grid', 'deep[0]', 'grid[0]', 'deep[1]', 'grid[1]'], same: ['deep[0][0]', 'grid[0][0]'], refcount: ['deep[0]', 1] },
      },
      {
        at: { line: 9, event: 'return' },
        text: '`grid[0].append(99)` changed the inner list that `grid` and `shallow` share, so `shallow[0]` shows 99 too; `deep[0]` is its own list and still holds `[1, 2]`.',
        facts: { same: ['shallow[0]', 'grid[0]'], value: ['deep[0]', 'len 2'], stdoutIncludes: '[1, 2, 99] [1, 2]\n' },
      },
    ],
  },
  {
    slug: 'weak-references',
    title: 'Weak references',
    summary: 'A weak reference finds an object without keeping it alive.',
    code: `import weakref

class Photo:
    pass

p = Photo()
r = weakref.ref(p)
print(r() is p)
del p
print(r())
`,
    notes: [
      {
        at: { line: 8 },
        text: '`weakref.ref(p)` made a weak reference `r` to the Photo. It does not count: the Photo\'s count is still 1, the name `p`.',
        facts: { type: ['r', 'ReferenceType'], refcount: ['p', 1], weak: ['p', 1] },
      },
      {
        at: { line: 9 },
        text: 'Calling `r()` returns the object while it is alive: `r() is p` is True.',
        facts: { stdout: 'True\n' },
      },
      {
        at: { line: 10 },
        text: '`del p` removed the only strong reference: the count reached 0 and the Photo was freed at once, although `r` still pointed at it.',
        facts: { unbound: ['p'], alive: ['Photo', 0], freed: true },
      },
      {
        at: { line: 10, event: 'return' },
        text: 'Now `r()` returns `None`. A weak reference never keeps its object alive, which is why caches use them: to find objects without holding on to them.',
        facts: { stdout: 'True\nNone\n' },
      },
    ],
  },
];
