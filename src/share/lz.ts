/**
 * lz-string's URI-safe format (`compressToEncodedURIComponent`), read with limits.
 *
 * Links are compressed with lz-string itself; they are read back here rather than with
 * `decompressFromEncodedURIComponent` because a link is untrusted input: LZ output can
 * grow with the square of its input (a 20 KB fragment can expand to gigabytes and hang
 * the tab), and lz-string quietly returns "" or a prefix for a cut-off link. This reader
 * stops at `maxChars`, rejects characters outside the alphabet, and reports a stream
 * that ends before its end marker as truncated.
 */
// The default import: lz-string is CommonJS, whose named exports Node's ESM loader (the browser tests) cannot see.
import LZString from 'lz-string';

/**
 * The 64 characters of the URI-safe encoding (6 bits each, most significant bit first).
 * lz-string's alphabet has a 65th, `$`, which its 6-bit output never uses.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-';
const VALUES: ReadonlyMap<string, number> = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** What reading a compressed text gave. */
export type Decompressed =
  | { ok: true; text: string }
  /** `truncated`: the stream ends early; `invalid`: not this format; `too-long`: over the limit. */
  | { ok: false; problem: 'truncated' | 'invalid' | 'too-long' };

/** The last few texts compressed: a link is rebuilt at every step shown while its code stays the same. */
const recent = new Map<string, string>();
const RECENT_SIZE = 4;

/** Compresses `text` to lz-string's URI-safe encoding (characters A-Z a-z 0-9 + -). */
export function compressText(text: string): string {
  let compressed = recent.get(text);
  if (compressed === undefined) {
    compressed = LZString.compressToEncodedURIComponent(text);
    if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value!);
  } else {
    recent.delete(text);
  }
  recent.set(text, compressed);
  return compressed;
}

class Stop extends Error {
  constructor(readonly problem: 'truncated' | 'invalid' | 'too-long') {
    super(problem);
  }
}

/** Reads `input` bit by bit: 6 bits per character, most significant first; past the end is truncation. */
class BitReader {
  private index = 0;
  private value = 0;
  private mask = 0;

  constructor(private readonly input: string) {}

  /** The next `count` bits, least significant first (lz-string's order). */
  read(count: number): number {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      if (this.mask === 0) {
        if (this.index >= this.input.length) throw new Stop('truncated');
        const value = VALUES.get(this.input[this.index++]!);
        if (value === undefined) throw new Stop('invalid');
        this.value = value;
        this.mask = 32;
      }
      if (this.value & this.mask) bits += 2 ** power;
      this.mask >>= 1;
    }
    return bits;
  }
}

/**
 * Decompresses lz-string's URI-safe encoding, with at most `maxChars` characters of
 * output. A space is read as `+` (as lz-string does: a `+` may come back as a space).
 */
export function decompressText(input: string, maxChars: number): Decompressed {
  try {
    return { ok: true, text: decode(new BitReader(input.replace(/ /g, '+')), maxChars) };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
}

function decode(reader: BitReader, maxChars: number): string {
  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const out: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    length += text.length;
    if (length > maxChars) throw new Stop('too-long');
    out.push(text);
  };

  const first = reader.read(2);
  if (first === 2) return '';
  if (first !== 0 && first !== 1) throw new Stop('invalid');
  let w = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary.push(w);
  emit(w);

  for (;;) {
    let code = reader.read(numBits);
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(reader.read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn--;
    } else if (code === 2) {
      return out.join('');
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else throw new Stop('invalid');
    emit(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
