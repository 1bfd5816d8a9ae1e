/**
 * The instruction set. Each instruction is two int32 words: opcode, argument.
 * Close to CPython 3.10/3.11 so the stack (and therefore every temporary
 * reference `sys.getrefcount` can see) behaves like CPython's.
 */
export const enum Op {
  NOP,
  /** arg: line number | LOOP_HEAD flag. A line event for the trace. */
  LINE,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  /** arg: index into cells+frees */
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  /** Push the cell object itself (to build a closure). */
  LOAD_CLOSURE,
  /** Class body reading a free variable: namespace first, then the cell. */
  LOAD_CLASSDEREF,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  /** Push (method, self) or (callable, NULL). */
  LOAD_METHOD,
  /** arg: argc. Stack: callable, args... */
  CALL,
  /** arg: argc. Stack: method, self|NULL, args... */
  CALL_METHOD,
  /** arg: argc | kwnamesConst << 8. Stack: callable, args..., kwargs... */
  CALL_KW,
  /** arg: 1 when a kwargs dict is present. Stack: callable, argstuple, [kwdict] */
  CALL_EX,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  /** arg: BinOp | 16 for in-place */
  BINARY_OP,
  /** arg: UnaryOp */
  UNARY,
  UNARY_NOT,
  /** arg: CmpOp */
  COMPARE_OP,
  /** arg: 1 for `is not` */
  IS_OP,
  /** arg: 1 for `not in` */
  CONTAINS_OP,
  POP_TOP,
  /** arg: n: push a new reference to the n-th item from the top (1 = top). */
  COPY,
  /** arg: n: swap top with the n-th item. */
  SWAP,
  ROT_THREE,
  JUMP,
  /**
   * arg: target. A JUMP back to a loop's head where CPython 3.11 emits JUMP_BACKWARD (a
   * `for` loop's or a comprehension's back edge, `continue`, `while True`'s back edge; not
   * `while cond:`'s, which is a conditional jump there): the same jump, and one warm-up of
   * the code (PyCode.warmUp).
   */
  JUMP_BACKWARD,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  GET_ITER,
  /** arg: target when exhausted (the iterator is popped). */
  FOR_ITER,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  /** arg: number of key/value pairs */
  BUILD_MAP,
  /** arg: number of values, under a constant tuple of their keys */
  BUILD_CONST_KEY_MAP,
  /** arg: 2 or 3 */
  BUILD_SLICE,
  BUILD_STRING,
  /** arg: depth of the list below the item */
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  /** Like DICT_UPDATE but raising on duplicate keys (for f(**a, **b)). */
  DICT_MERGE,
  LIST_TO_TUPLE,
  /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack */
  FORMAT_VALUE,
  UNPACK_SEQUENCE,
  /** arg: before | after << 8 */
  UNPACK_EX,
  /** arg: flags 1 defaults, 2 kwdefaults, 8 closure. Stack: [defaults] [kwdefaults] [closure] code */
  MAKE_FUNCTION,
  RETURN_VALUE,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  YIELD_FROM,
  /** arg: index into code.handlers (target, stack level) */
  SETUP_FINALLY,
  POP_BLOCK,
  /** arg: 0 re-raise current, 1 raise TOS, 2 raise TOS1 from TOS */
  RAISE_VARARGS,
  /** Pop the exception on top and raise it again (keeping its traceback). */
  RERAISE,
  /** Stack: exc → prev_exc, exc; the handled exception becomes exc. */
  PUSH_EXC_INFO,
  /** Stack: prev_exc → ; restores the handled exception. */
  POP_EXCEPT,
  /** Stack: prev_exc, exc → ; restores the handled exception, then raises exc. */
  POP_EXCEPT_RERAISE,
  /** Stack: exc, type → exc, bool */
  CHECK_EXC_MATCH,
  /** Stack: ctx → exit, enter_result */
  BEFORE_WITH,
  /** Stack: exit, prev_exc, exc → exit, prev_exc, exc, result_of_exit(type, exc, tb) */
  WITH_EXCEPT_START,
  /** Stack: exit → ; calls exit(None, None, None) */
  WITH_EXIT,
  /** arg: name index; stack: level, fromlist → module */
  IMPORT_NAME,
  /** arg: name index; stack: module → module, attr */
  IMPORT_FROM,
  LOAD_BUILD_CLASS,
  LOAD_ASSERTION_ERROR,
  /** Push NULL (for CALL_METHOD of a plain callable). */
  PUSH_NULL,
  /** Raise an error decided at compile time (arg: const index of message). */
  RAISE_UNSUPPORTED,
}

/** Flag on LINE's argument marking the head of a loop (a line event each time it is reached). */
export const LOOP_HEAD = 1 << 24;
/** Flag on BINARY_OP's argument for augmented assignment. */
export const INPLACE = 16;
