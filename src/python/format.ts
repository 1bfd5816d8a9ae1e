/**
 * The `format(value, spec)` protocol (PyObject_Format) used by f-strings,
 * format() and str.format, and str.format's field grammar itself
 * (Objects/stringlib/unicode_format.h).
 *
 * Builtin str/int/bool/float format natively (format-builtin.ts); user classes go through their
 * `__format__`, or object's, which accepts only an empty spec. Results keep
 * CPython's identities: formatting an exact str with an empty spec, or a
 * template whose whole output is one formatted str, yields that very object.
 */
import { callObject, callSpecial, getAttr, getItem } from './abstract';
import { argTypeName, throwError } from './errors';
import { builtinFormat, formatNumber, staticText } from './format-builtin';
import { decref, heap, incref } from './memory';
import { FreeList } from './free-lists';
import { CFUNCTION_BYTES } from './hidden-allocs';
import { PyObject } from './object';
import { repr, str as strOf, userReprObject, userStrObject } from './ops';
import { IndexError, KeyError, TypeError, ValueError } from './types/exception';
import { floatType, PyFloat } from './types/float';
import { intType, newInt, PyInt, PyLong } from './types/int';
import { freshStr, newStr, PyStr, strType } from './types/str';
import { isAsciiText } from './types/str-util';
import { asciiEscape } from './types/str-unicode';
import { defMethod, objectType, PyMethodDescr, type KwArgs } from './types/type';
import { PyFunction } from './types/function';
import { newMethod } from './types/method';

/** object.__format__: str(self), refusing any non-empty spec. */
function objectFormat(o: PyObject, spec: string): PyObject {
  if (spec !== '') throwError(TypeError, `unsupported format string passed to ${o.type.name}.__format__`);
  return strObject(o);
}

/** PyObject_Str as a new reference: an exact str is returned itself. */
export function strObject(o: PyObject): PyObject {
  if (o instanceof PyStr && o.type === strType) return incref(o);
  return userStrObject(o) ?? textObject(o, strOf(o));
}

/** PyObject_Repr as a new reference: what a class's own `__repr__` returned, the very object. */
export function reprObject(o: PyObject): PyObject {
  return userReprObject(o) ?? textObject(o, repr(o));
}

/** PyObject_ASCII as a new reference: the repr object itself when it is all ASCII. */
export function asciiObject(o: PyObject): PyObject {
  const r = reprObject(o) as PyStr;
  if (isAsciiText(r.v)) return r;
  const escaped = asciiEscape(r.v);
  decref(r);
  return newStr(escaped);
}

/**
 * The str object for a text that str(), repr() or ascii() of `o` gave: an
 * exact int's decimal text is built by long_to_decimal_string with
 * PyUnicode_New, so even one digit is a new object in CPython, not the cached
 * one-character string.
 */
export function textObject(o: PyObject, text: string): PyStr {
  const fixed = staticText(o);
  if (fixed !== null) return incref(fixed);
  return o.type === intType ? freshStr(text) : newStr(text);
}

/**
 * PyObject_Format(o, spec): a new reference to a str. An exact str with an
 * empty spec is returned itself, as CPython's fast path does. `specObj` is the
 * spec as the caller holds it (an f-string's, format()'s argument), which a
 * class's own `__format__` is given; without it, one is made.
 */
export function formatObject(o: PyObject, spec: string, specObj: PyStr | null = null): PyObject {
  const t = o.type;
  if (spec === '' && o instanceof PyStr && t === strType) return incref(o);
  // The other fast path: an exact int with an empty spec is PyObject_Str(o).
  if (spec === '' && t === intType) return textObject(o, strOf(o));
  // Otherwise _PyObject_LookupSpecial binds __format__: a builtin type's is a builtin
  // method object, made before the call and freed after it (GC-counted both ways); a
  // class's own is a bound method, with which it is called.
  const f = t.lookup('__format__');
  const builtin = f === null || f instanceof PyMethodDescr ? heap.hiddenTake(FreeList.None, CFUNCTION_BYTES) : -1;
  try {
    if (t.native) {
      const r = builtinFormat(o, spec);
      if (r !== null) return r;
    }
    if (f === null || (f instanceof PyMethodDescr && f.owner === objectType)) return objectFormat(o, spec);
    const arg = specObj !== null ? incref(specObj) : newStr(spec);
    const method = f instanceof PyFunction ? newMethod(f, o) : null;
    try {
      return checkFormatResult(method !== null ? callObject(method, [arg], null) : callSpecial(o, '__format__', [arg])!);
    } finally {
      if (method !== null) decref(method);
      decref(arg);
    }
  } finally {
    if (builtin >= 0) heap.hiddenFree(FreeList.None, CFUNCTION_BYTES, builtin);
  }
}

function checkFormatResult(r: PyObject): PyObject {
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    throwError(TypeError, `__format__ must return a str, not ${n}`);
  }
  return r;
}

/** `format(value, spec)` as a JS string. */
export function formatValue(o: PyObject, spec: string): string {
  const r = formatObject(o, spec);
  const text = (r as PyStr).v;
  decref(r);
  return text;
}

// ---------------------------------------------------------------- str.format

/** Where a template's named fields come from: format's keywords or format_map's mapping. */
type Named = { map: Map<string, PyObject> | null } | { mapping: PyObject };

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  next: number;
}

/** The output under construction; `obj` is set when the whole output is one str object (CPython's readonly writer). */
class Writer {
  parts: string[] = [];
  written = false;
  obj: PyObject | null = null;

  /** Appends a formatted object's text; `last` marks the template's final piece. */
  writeObj(o: PyStr, last: boolean): void {
    if (o.v.length === 0) return;
    if (!this.written && last) this.obj = incref(o);
    this.parts.push(o.v);
    this.written = true;
  }

  write(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.written = true;
  }
}

function isDigits(s: string): boolean {
  return s.length > 0 && /^[0-9]+$/.test(s);
}

function fieldIndex(s: string): number {
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throwError(ValueError, 'Too many decimal digits in format string');
  return n;
}

/** get_field_object: resolves `name`, `0`, `0.attr`, `key[1]`, `[name]` chains (new reference). */
function fieldObject(field: string, args: PyObject[] | null, named: Named, auto: AutoNumber): PyObject {
  let i = 0;
  while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
  const first = field.slice(0, i);
  const empty = first.length === 0;
  let index = isDigits(first) ? fieldIndex(first) : -1;
  const numeric = empty || index !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && empty)
      throwError(ValueError, 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 1 && !empty)
      throwError(ValueError, 'cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) index = auto.next++;
  let obj: PyObject;
  if (index === -1) {
    if ('mapping' in named) {
      const key = newStr(first);
      try {
        obj = getItem(named.mapping, key);
      } finally {
        decref(key);
      }
    } else {
      const v = named.map?.get(first);
      if (v === undefined) throwError(KeyError, first); // PyErr_SetObject(KeyError, key): made when normalized
      obj = incref(v);
    }
  } else {
    if (args === null) throwError(ValueError, 'Format string contains positional fields');
    if (index >= args.length) throwError(IndexError, `Replacement index ${index} out of range for positional args tuple`);
    obj = incref(args[index]);
  }
  try {
    while (i < field.length) {
      const c = field[i++];
      let name: string;
      let next: PyObject;
      if (c === '.') {
        const start = i;
        while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
        name = field.slice(start, i);
        if (name === '') throwError(ValueError, 'Empty attribute in format string');
        next = getAttr(obj, name);
      } else if (c === '[') {
        const close = field.indexOf(']', i);
        if (close < 0) throwError(ValueError, "Missing ']' in format string");
        name = field.slice(i, close);
        i = close + 1;
        if (name === '') throwError(ValueError, 'Empty attribute in format string');
        const key = isDigits(name) ? newInt(fieldIndex(name)) : newStr(name);
        try {
          next = getItem(obj, key);
        } finally {
          decref(key);
        }
      } else throwError(ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}


/** parse_field: splits `name!conv:spec}` starting at `pos`; returns the position after the closing brace. */
function parseField(t: string, pos: number): { name: string; conv: string; spec: string; expand: boolean; end: number } {
  const start = pos;
  let c = '';
  while (pos < t.length) {
    c = t[pos++];
    if (c === '{') throwError(ValueError, "unexpected '{' in field name");
    if (c === '[') {
      while (pos < t.length && t[pos] !== ']') pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
  }
  const name = t.slice(start, pos - 1);
  let conv = '';
  if (c === '!' || c === ':') {
    if (c === '!') {
      if (pos >= t.length) throwError(ValueError, 'end of string while looking for conversion specifier');
      const cp = t.codePointAt(pos)!;
      conv = String.fromCodePoint(cp);
      pos += conv.length;
      if (pos < t.length) {
        const c2 = t[pos++];
        if (c2 === '}') return { name, conv, spec: '', expand: false, end: pos };
        if (c2 !== ':') throwError(ValueError, "expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let depth = 1;
    let expand = false;
    while (pos < t.length) {
      const ch = t[pos++];
      if (ch === '{') {
        expand = true;
        depth++;
      } else if (ch === '}' && --depth === 0) return { name, conv, spec: t.slice(specStart, pos - 1), expand, end: pos };
    }
    throwError(ValueError, "unmatched '{' in format spec");
  }
  if (c !== '}') throwError(ValueError, "expected '}' before end of string");
  return { name, conv, spec: '', expand: false, end: pos };
}

function convert(o: PyObject, conv: string): PyObject {
  switch (conv) {
    case 'r':
      return reprObject(o);
    case 's':
      return strObject(o);
    case 'a':
      return asciiObject(o);
  }
  const cp = conv.codePointAt(0)!;
  if (cp > 32 && cp < 127) throwError(ValueError, `Unknown conversion specifier ${conv}`);
  throwError(ValueError, `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** build_string: expands a template into the writer (depth counts nested spec expansions). */
function build(t: string, args: PyObject[] | null, named: Named, depth: number, auto: AutoNumber, w: Writer): void {
  if (depth <= 0) throwError(ValueError, 'Max string recursion exceeded');
  let pos = 0;
  while (pos < t.length) {
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < t.length) {
      c = t[pos++];
      if (c === '{' || c === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= t.length;
    let len = pos - start;
    if (c === '}' && markup && (atEnd || t[pos] !== '}')) throwError(ValueError, "Single '}' encountered in format string");
    if (atEnd && c === '{' && markup) throwError(ValueError, "Single '{' encountered in format string");
    if (!atEnd && markup) {
      if (t[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    w.write(t.slice(start, start + len));
    if (!markup) continue;
    const f = parseField(t, pos);
    pos = f.end;
    const last = pos >= t.length;
    let obj = fieldObject(f.name, args, named, auto);
    try {
      if (f.conv !== '') {
        const converted = convert(obj, f.conv);
        decref(obj);
        obj = converted;
      }
      let spec = f.spec;
      if (f.expand) {
        const inner = new Writer();
        build(spec, args, named, depth - 1, auto, inner);
        if (inner.obj !== null) decref(inner.obj);
        spec = inner.parts.join('');
      }
      // render_field calls an exact int's, float's or str's formatter itself, with the
      // template's writer: no __format__ is bound, and an int's or float's text goes
      // into the writer (a float's str() with no spec is made, and freed once written).
      if (obj.type === intType && spec === '') w.write(strOf(obj));
      else if ((obj.type === intType || obj.type === floatType) && spec !== '') w.write(formatNumber(obj as PyInt | PyLong | PyFloat, spec, (text) => text, false));
      else {
        const r = (obj.type === floatType || obj.type === strType ? builtinFormat(obj, spec)! : formatObject(obj, spec)) as PyStr;
        try {
          if (obj.type === floatType) w.write(r.v);
          else w.writeObj(r, last);
        } finally {
          decref(r);
        }
      }
    } finally {
      decref(obj);
    }
  }
}

function runTemplate(template: string, args: PyObject[] | null, named: Named): Writer {
  const w = new Writer();
  try {
    build(template, args, named, 2, { state: 0, next: 0 }, w);
  } catch (e) {
    if (w.obj !== null) decref(w.obj);
    throw e;
  }
  return w;
}

function finish(w: Writer, self: PyStr | null, template: string): PyObject {
  if (w.obj !== null && w.parts.length === 1) return w.obj;
  if (w.obj !== null) decref(w.obj);
  const text = w.parts.join('');
  if (self !== null && text === template && self.type === strType && w.parts.length === 1 && w.parts[0] === template)
    return incref(self);
  return newStr(text);
}

/** `template.format(*args, **kw)` as a JS string. */
export function strFormat(template: string, args: PyObject[], kw: KwArgs | Map<string, PyObject>): string {
  const w = runTemplate(template, args, { map: kw });
  if (w.obj !== null) decref(w.obj);
  return w.parts.join('');
}

/** `self.format(*args, **kw)` as a new reference, keeping CPython's identities. */
export function strFormatObject(self: PyStr, args: PyObject[], kw: KwArgs): PyObject {
  return finish(runTemplate(self.v, args, { map: kw }), self, self.v);
}

/** `self.format_map(mapping)` as a new reference. */
export function strFormatMapObject(self: PyStr, mapping: PyObject): PyObject {
  return finish(runTemplate(self.v, null, { mapping }), self, self.v);
}

/** `template.format_map(mapping)` as a JS string. */
export function formatMap(template: string, mapping: PyObject): string {
  const w = runTemplate(template, null, { mapping });
  if (w.obj !== null) decref(w.obj);
  return w.parts.join('');
}

// ---------------------------------------------------------------- __format__ methods

function formatMethod(name: string) {
  return (self: PyObject, args: PyObject[], kw: KwArgs): PyObject => {
    if (kw !== null && kw.size > 0) throwError(TypeError, `${name}.__format__() takes no keyword arguments`);
    if (args.length !== 1) throwError(TypeError, `${name}.__format__() takes exactly one argument (${args.length} given)`);
    const spec = args[0];
    if (!(spec instanceof PyStr)) throwError(TypeError, `__format__() argument must be str, not ${argTypeName(spec)}`);
    return builtinFormat(self, spec.v) ?? objectFormat(self, spec.v);
  };
}

defMethod(strType, '__format__', formatMethod('str'));
defMethod(intType, '__format__', formatMethod('int'));
defMethod(floatType, '__format__', formatMethod('float'));
