import { describe, expect, it } from 'vitest';
import cases from './cases.json';
import { runCase, collectorSeesNewObjects } from './run';

const wired = collectorSeesNewObjects();

describe('sys, gc, copy, math and weakref print what python3 prints', () => {
  for (const c of cases as { name: string; source: string; stdin: string; stdout: string }[]) {
    const needsTracking = c.name.startsWith('gc:');
    it.skipIf(needsTracking && !wired)(c.name, () => {
      expect(runCase(c.source, c.stdin)).toBe(c.stdout);
    });
  }
});
