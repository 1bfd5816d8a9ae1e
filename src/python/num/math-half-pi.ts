/**
 * pi/2 in parts, as glibc's sin, cos and tan (s_sin.c, s_tan.c via usncs.h and utan.h)
 * and its huge-argument reduction (branred.c) split it: reducing x by n * pi/2 takes
 * each part in turn so that n times the first ones is exact.
 */
import { fromBits } from './double-bits';

/** pi/2 in two parts. */
export const HP0 = fromBits(0x3ff921fb, 0x54442d18);
export const HP1 = fromBits(0x3c91a626, 0x33145c07);
/** pi/2 in four parts, the first three short enough that n * part is exact (MP1 is 28 bits). */
export const MP1 = fromBits(0x3ff921fb, 0x58000000);
export const MP2 = fromBits(0xbe4dde97, 0x3c000000);
export const PP3 = fromBits(0xbc8cb3b3, 0x98000000);
export const PP4 = fromBits(0xbacd747f, 0x23e32ed7);
/** 2/pi. */
export const HPINV = fromBits(0x3fe45f30, 0x6dc9c883);
/** 1.5 * 2^52: adding it rounds to an integer. */
export const TOINT = fromBits(0x43380000, 0);
