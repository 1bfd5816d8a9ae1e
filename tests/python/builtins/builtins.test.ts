import { describe, expect, it } from 'vitest';
import cases from './cases.json';
import { runCase } from '../modules/run';

describe('builtins print what python3 prints', () => {
  for (const c of cases as { name: string; source: string; stdin: string; stdout: string }[]) {
    it(c.name, () => {
      expect(runCase(c.source, c.stdin)).toBe(c.stdout);
    });
  }
});
