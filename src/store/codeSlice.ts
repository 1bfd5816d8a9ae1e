import { STARTER_CODE } from './starter';
import type { CodeSlice, SliceCreator } from './types';

/** The code slice: the program text and its stdin. Editing marks an existing trace stale. */
export const createCodeSlice: SliceCreator<CodeSlice> = (set) => ({
  code: STARTER_CODE,
  stdin: '',
  setCode: (code) =>
    set((state) => (state.code === code ? state : { code, stale: state.result !== null })),
  setStdin: (stdin) =>
    set((state) => (state.stdin === stdin ? state : { stdin, stale: state.result !== null })),
  resetCode: () => set((state) => ({ code: STARTER_CODE, stale: state.result !== null })),
});
