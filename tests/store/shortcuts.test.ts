import { describe, expect, it } from 'vitest';
import { timelineKeyAction, type KeyLike } from '../../src/ui/chrome/useGlobalShortcuts';

/** A stand-in for a focused element: its tag, type, role, and the selectors of its ancestors it matches. */
function element(tag: string, opts: { type?: string; role?: string; inside?: string[]; editable?: boolean } = {}) {
  const matches = new Set([tag, ...(opts.inside ?? [])]);
  return {
    tagName: tag.toUpperCase(),
    type: opts.type ?? '',
    isContentEditable: opts.editable ?? false,
    getAttribute: (name: string) => (name === 'role' ? (opts.role ?? null) : null),
    closest: (selector: string) => (selector.split(',').some((s) => matches.has(s.trim())) ? {} : null),
  };
}

function press(key: string, target: unknown = null, extra: Partial<KeyLike> = {}): ReturnType<typeof timelineKeyAction> {
  const event: KeyLike = { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, repeat: false, defaultPrevented: false, target: target as EventTarget, ...extra };
  return timelineKeyAction(event);
}

describe('the timeline keys', () => {
  it('map ← → Home End and Space to the timeline actions', () => {
    const body = element('body');
    expect(press('ArrowLeft', body)).toBe('stepBack');
    expect(press('ArrowRight', body)).toBe('stepForward');
    expect(press('Home', body)).toBe('stepFirst');
    expect(press('End', body)).toBe('stepLast');
    expect(press(' ', body)).toBe('togglePlay');
    expect(press(' ', null)).toBe('togglePlay');
    expect(press('a', body)).toBeNull();
    expect(press('Enter', body)).toBeNull();
  });

  it('leave typing alone: Monaco, text fields, textareas, selects and editable content', () => {
    const places = [
      element('textarea', { inside: ['.monaco-editor'] }),
      element('div', { inside: ['.monaco-editor'] }),
      element('input', { type: 'text' }),
      element('input', { type: 'number' }),
      element('input'),
      element('textarea'),
      element('select'),
      element('div', { editable: true }),
      element('span', { inside: ['[contenteditable="true"]'] }),
    ];
    for (const target of places) for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', ' ']) expect(press(key, target)).toBeNull();
  });

  it('leave a control its own keys: a slider\'s arrows, a button\'s Space', () => {
    const slider = element('input', { type: 'range' });
    expect(press('ArrowRight', slider)).toBeNull();
    expect(press('Home', slider)).toBeNull();
    expect(press(' ', slider)).toBe('togglePlay');
    const button = element('button');
    expect(press(' ', button)).toBeNull();
    expect(press('ArrowRight', button)).toBe('stepForward');
    expect(press('ArrowLeft', element('div', { role: 'separator' }))).toBeNull();
    expect(press(' ', element('input', { type: 'checkbox' }))).toBeNull();
  });

  it('ignore modified, handled and repeated-Space presses', () => {
    const body = element('body');
    for (const mod of ['ctrlKey', 'metaKey', 'altKey', 'shiftKey'] as const) expect(press('ArrowRight', body, { [mod]: true })).toBeNull();
    expect(press('ArrowRight', body, { defaultPrevented: true })).toBeNull();
    expect(press(' ', body, { repeat: true })).toBeNull();
    expect(press('ArrowRight', body, { repeat: true })).toBe('stepForward');
  });
});
