import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/ui/editor/status';
import { makeResult } from '../store/helpers';

const base = { status: 'idle' as const, result: null, engineError: null, stale: false };

describe('statusText', () => {
  it('says what the last run did in plain words', () => {
    expect(statusText(base)).toBe('Ready');
    expect(statusText({ ...base, status: 'running' })).toBe('Running…');
    expect(statusText({ ...base, status: 'done', result: makeResult(0) })).toBe('Finished, no steps recorded');
    expect(statusText({ ...base, status: 'done', result: makeResult(1) })).toBe('Finished · 1 step');
    expect(statusText({ ...base, status: 'stopped', result: makeResult(3) })).toBe('Stopped after 3 steps');
    expect(statusText({ ...base, status: 'done', result: makeResult(2), stale: true })).toBe('Finished · 2 steps · code edited since');
  });

  it('names the Python error and its line, or the engine failure', () => {
    const failed = makeResult(1, { error: { message: "NameError: name 'z' is not defined", line: 4 } });
    expect(statusText({ ...base, status: 'error', result: failed })).toBe("NameError: name 'z' is not defined (line 4)");
    expect(statusText({ ...base, status: 'error', engineError: 'out of memory' })).toBe('Engine error: out of memory');
  });
});
