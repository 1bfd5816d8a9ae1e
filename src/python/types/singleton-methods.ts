/**
 * repr of the singletons None, NotImplemented and Ellipsis, and their hashes
 * (identity-based in CPython 3.11).
 */
import { nativeHash, nativeRepr } from '../ops';
import { ellipsisType, noneType, notImplementedType } from './none';

nativeRepr.set(noneType, () => 'None');
nativeRepr.set(notImplementedType, () => 'NotImplemented');
nativeRepr.set(ellipsisType, () => 'Ellipsis');
for (const t of [noneType, notImplementedType, ellipsisType]) nativeHash.set(t, (o) => Math.floor(o.addr / 16));
