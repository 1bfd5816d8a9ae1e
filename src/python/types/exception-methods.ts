/**
 * The Python-visible behaviour of exceptions: str() and repr() as CPython
 * prints them, `args`, `__cause__`, `__context__`, `__traceback__` (None: frames
 * are not kept), `with_traceback`, StopIteration's `value`, and the `name` and
 * `obj` members of AttributeError and NameError (None until set).
 */
import { throwError } from '../errors';
import { decref, incref, touch } from '../memory';
import { PyObject } from '../object';
import { nativeRepr, nativeStr, repr, str } from '../ops';
import { AttributeError, baseExceptionType, KeyError, NameError, PyException, StopIteration, TypeError } from './exception';
import { None } from './none';
import { newStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { defGetter, defMethod } from './type';

function argsOf(e: PyObject): PyObject[] {
  return ((e as PyException).args as PyTuple).items;
}

nativeStr.set(baseExceptionType, (o) => {
  const args = argsOf(o);
  if (args.length === 0) return '';
  if (args.length === 1) return o.type.isSubtype(KeyError) ? repr(args[0]) : str(args[0]);
  return repr((o as PyException).args);
});
nativeRepr.set(baseExceptionType, (o) => {
  const args = argsOf(o);
  const name = o.type.name;
  if (args.length === 1) return `${name}(${repr(args[0])})`;
  return name + repr((o as PyException).args).replace(/,\)$/, ')');
});

defMethod(baseExceptionType, '__init__', (self, args) => {
  const e = self as PyException;
  const old = e.args;
  e.args = newTuple(args.map((a) => incref(a)));
  touch(e);
  decref(old);
  return incref(None);
});
defMethod(baseExceptionType, '__str__', (self) => newStr(nativeStr.get(baseExceptionType)!(self)));
defMethod(baseExceptionType, '__repr__', (self) => newStr(nativeRepr.get(baseExceptionType)!(self)));
defMethod(baseExceptionType, 'with_traceback', (self) => incref(self));
defGetter(
  baseExceptionType,
  'args',
  (self) => incref((self as PyException).args),
  (self, v) => {
    if (v === null) throwError(TypeError, 'args may not be deleted');
    const e = self as PyException;
    const old = e.args;
    e.args = v instanceof PyTuple ? incref(v) : newTuple([incref(v)]);
    touch(e);
    decref(old);
  },
);
defGetter(
  baseExceptionType,
  '__cause__',
  (self) => incref((self as PyException).cause ?? None),
  (self, v) => {
    const e = self as PyException;
    const old = e.cause;
    e.cause = v === null || v === None ? null : incref(v);
    touch(e);
    e.suppressContext = true;
    if (old) decref(old);
  },
);
defGetter(
  baseExceptionType,
  '__context__',
  (self) => incref((self as PyException).context ?? None),
  (self, v) => {
    const e = self as PyException;
    const old = e.context;
    e.context = v === null || v === None ? null : incref(v);
    touch(e);
    if (old) decref(old);
  },
);
defGetter(baseExceptionType, '__suppress_context__', (self) => newBoolRef((self as PyException).suppressContext));
defGetter(
  baseExceptionType,
  '__traceback__',
  (self) => incref((self as PyException).tb ?? None),
  (self, v) => {
    const e = self as PyException;
    if (v !== null && v !== None && v.type.name !== 'traceback') throwError(TypeError, '__traceback__ must be a traceback or None');
    const old = e.tb;
    e.tb = v === null || v === None ? null : incref(v);
    touch(e);
    if (old) decref(old);
  },
);
defGetter(StopIteration, 'value', (self) => {
  const a = argsOf(self);
  return incref(a.length ? a[0] : None);
});

/**
 * A T_OBJECT member of an exception's own struct (AttributeError's name and obj, NameError's
 * name): None while unset, kept in the instance's attrs like the values the engine sets.
 */
function defMember(t: import('../object').PyType, name: string): void {
  defGetter(
    t,
    name,
    (self) => incref((self as PyException).attrs?.get(name) ?? None),
    (self, v) => {
      const e = self as PyException;
      const old = e.attrs?.get(name);
      if (v === null) e.attrs?.delete(name);
      else (e.attrs ??= new Map()).set(name, incref(v));
      if (old !== undefined) decref(old);
    },
  );
}
defMember(AttributeError, 'name');
defMember(AttributeError, 'obj');
defMember(NameError, 'name');

import { newBool } from './int';
function newBoolRef(b: boolean): PyObject {
  return newBool(b);
}
