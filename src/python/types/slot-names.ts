/**
 * Which special methods of a builtin type CPython 3.11 keeps as slot wrappers
 * (`wrapper_descriptor`, typeobject.c's slotdefs: a type's C slot exposed under
 * its dunder name) rather than as methods (`method_descriptor`, from the type's
 * PyMethodDef table). Read from python3.11: every `wrapper_descriptor` in the
 * builtin types' dicts, and the few dunders a type also lists as a method
 * (METH_COEXIST, a faster path than the slot), which stay methods.
 *
 * The difference shows: `int.__add__` prints as `<slot wrapper '__add__' of 'int'
 * objects>`; `(1).__add__` is a `method-wrapper`, not a builtin method; and a call
 * through a slot wrapper packs its arguments in tuples (method-wrapper.ts).
 */

/** Dunder names backed by a type slot. */
const SLOT_NAMES: ReadonlySet<string> = new Set([
  '__abs__', '__add__', '__and__', '__bool__', '__call__', '__contains__', '__del__', '__delattr__', '__delete__',
  '__delitem__', '__divmod__', '__eq__', '__float__', '__floordiv__', '__ge__', '__get__', '__getattribute__',
  '__getitem__', '__gt__', '__hash__', '__iadd__', '__iand__', '__ifloordiv__', '__ilshift__', '__imod__', '__imul__',
  '__index__', '__init__', '__int__', '__invert__', '__ior__', '__ipow__', '__irshift__', '__isub__', '__iter__',
  '__itruediv__', '__ixor__', '__le__', '__len__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__',
  '__next__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__repr__', '__rfloordiv__',
  '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__',
  '__rtruediv__', '__rxor__', '__set__', '__setattr__', '__setitem__', '__str__', '__sub__', '__truediv__', '__xor__',
]);

/** Slot dunders a type also defines as a method (METH_COEXIST): `owner.name`. */
const COEXISTING_METHODS: ReadonlySet<string> = new Set([
  'list.__getitem__',
  'dict.__getitem__',
  'dict.__contains__',
  'set.__contains__',
  'frozenset.__contains__',
]);

/** True when builtin type `owner`'s method `name` is a slot wrapper in CPython 3.11. */
export function isSlotWrapperName(owner: string, name: string): boolean {
  return SLOT_NAMES.has(name) && !COEXISTING_METHODS.has(`${owner}.${name}`);
}
