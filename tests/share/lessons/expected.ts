/** Shared by the unit tests and the browser test (e2e/lessons-gallery.spec.ts). */

/** What `python3` 3.11 prints for each lesson (regenerate by running the programs with it). */
export const CPYTHON_STDOUT: Record<string, string> = {
  'names-and-ids': 'True\nTrue\n',
  'ints-are-immutable': 'True\nFalse\n110 100\nFalse 1000\n',
  'function-frames': '[0, 1, 4]\n',
  'reference-counting': '2\n3\n5\n4\n',
  'garbage-collection': '(700, 10, 10)\n(0, 0, 0) (2, 0, 0)\ncycle collected\ndone\n',
  'is-vs-equals': 'True\nFalse\nTrue\n',
  'small-ints-and-interning': 'True\nTrue False\nTrue False\nTrue\n',
  'del-and-finalizers': 'after del t\nfreed A\nafter del alias\n',
  cycles: '2\n',
  'mutable-defaults': '[1, 2] [1, 2]\nTrue\n',
  'copy-vs-deepcopy': 'False True\nFalse False\n[1, 2, 99] [1, 2]\n',
  'weak-references': 'True\nNone\n',
};
