import { findCreated, findFreed } from './search';
import type { SelectionSlice, SliceCreator } from './types';

/**
 * The selection slice: the object picked in the diagram, and the jumps to the step that
 * first draws it and to the step that frees it. A jump pauses the playback; one that
 * finds nothing changes nothing and returns false.
 */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => {
  /** Moves to the step `search` finds for the picked object, if any. */
  const jump = (search: typeof findCreated): boolean => {
    const { result, cursor, selectedObject } = get();
    if (!result || selectedObject === null) return false;
    const found = search(result.steps, selectedObject, cursor);
    if (found === null) return false;
    set({ cursor: found, playing: false });
    return true;
  };
  return {
    selectedObject: null,
    selectObject: (id) => set((state) => (state.selectedObject === id ? state : { selectedObject: id })),
    jumpToCreated: () => jump(findCreated),
    jumpToFreed: () => jump(findFreed),
  };
};
