import { useEffect } from 'react';
import { useStoreApi, type AppState } from '../../store';

/** The timeline actions the page's keys trigger. */
export type TimelineKeyAction = 'stepBack' | 'stepForward' | 'stepFirst' | 'stepLast' | 'togglePlay';

const TIMELINE_KEYS: Readonly<Record<string, TimelineKeyAction>> = {
  ArrowLeft: 'stepBack',
  ArrowRight: 'stepForward',
  Home: 'stepFirst',
  End: 'stepLast',
  ' ': 'togglePlay',
};

/** Input types that take no typing (a range, a checkbox...): keys other than their own still work there. */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** The part of a key event the timeline keys look at (a KeyboardEvent fits). */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  repeat: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** True when `el` takes typing: the Monaco editor, a text field, a textarea, a select or editable content. */
function takesTyping(el: Element): boolean {
  if (el.closest('.monaco-editor, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' && !NON_TEXT_INPUTS.has(((el as HTMLInputElement).type || 'text').toLowerCase());
}

const SPACE_ROLES = new Set(['button', 'checkbox', 'switch', 'radio', 'menuitem', 'option', 'tab', 'link']);
const ARROW_ROLES = new Set(['slider', 'separator', 'spinbutton', 'radio', 'radiogroup', 'tab', 'tablist', 'listbox', 'menu', 'menubar']);

/**
 * True when `el` gives `key` a meaning of its own: arrows, Home and End move a slider (the
 * step slider too: the same steps, natively), a separator or a radio; Space presses a
 * button or link and ticks a box.
 */
function ownsKey(el: Element, key: string): boolean {
  const tag = el.tagName.toLowerCase();
  const type = tag === 'input' ? ((el as HTMLInputElement).type || 'text').toLowerCase() : '';
  const role = el.getAttribute('role') ?? '';
  if (key === ' ') return tag === 'button' || tag === 'a' || tag === 'summary' || (tag === 'input' && type !== 'range') || SPACE_ROLES.has(role);
  return type === 'range' || type === 'radio' || ARROW_ROLES.has(role);
}

/**
 * The timeline action a key press asks for, or null: ← → step back and forward, Home and
 * End go to the first and last step, Space plays or pauses. Nothing happens with a
 * modifier held, when something already handled the key, while typing (the Monaco
 * editor, a text field, a textarea, a select, editable content), or when the focused
 * control uses the key itself (a slider's arrows, a button's Space). Holding an arrow
 * repeats it; holding Space does not.
 */
export function timelineKeyAction(event: KeyLike): TimelineKeyAction | null {
  const action = TIMELINE_KEYS[event.key];
  if (action === undefined || event.defaultPrevented) return null;
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  if (action === 'togglePlay' && event.repeat) return null;
  const target = event.target;
  if (target !== null && typeof (target as Element).closest === 'function') {
    const el = target as Element;
    if (takesTyping(el) || ownsKey(el, event.key)) return null;
  }
  return action;
}

/**
 * The page's keys: Ctrl/Cmd+Enter runs the program from anywhere (the editor handles its
 * own), and, once a run has steps, ← → Home End step through them and Space plays or
 * pauses (see `timelineKeyAction` for when they are left alone).
 */
export function useGlobalShortcuts(): void {
  const store = useStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
        if (event.target instanceof Element && event.target.closest('.monaco-editor')) return;
        event.preventDefault();
        void store.getState().run();
        return;
      }
      const action = timelineKeyAction(event);
      const state: AppState = store.getState();
      if (action === null || !state.result || state.result.steps.length === 0) return;
      event.preventDefault();
      state[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
