// Seeded pseudo-random numbers for the emulator: the same seed always gives the
// same organization and the same presence changes. sfc32 (Chris Doty-Humphrey's
// Small Fast Counting generator), seeded through splitmix32 so that nearby
// seeds (1, 2, 3) still give unrelated streams.

export interface Prng {
  /** Float in [0, 1). */
  next: () => number;
  /** Unsigned 32-bit integer. */
  uint32: () => number;
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** Picks by relative weight: [[value, weight], ...]. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  /** Fisher–Yates in place; returns the same array. */
  shuffle: <T>(items: T[]) => T[];
  /** RFC 4122 version-4-shaped id made from the stream, so ids are reproducible. */
  uuid: () => string;
}

/** FNV-1a: turns a label into 32 bits, to derive independent streams from one seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return (HEX[(n >>> 24) & 0xff] ?? '') + (HEX[(n >>> 16) & 0xff] ?? '') + (HEX[(n >>> 8) & 0xff] ?? '') + (HEX[n & 0xff] ?? '');
}

/**
 * A generator for `seed` (any number; taken modulo 2^32). Pass `stream` to get an
 * independent sequence from the same seed, so that adding draws to one part of the
 * generator does not reshuffle another.
 */
export function createPrng(seed: number, stream = ''): Prng {
  const init = splitmix32((Math.trunc(seed) >>> 0) ^ hashString(stream));
  let a = init();
  let b = init();
  let c = init();
  let d = init();

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm-up: the first outputs of sfc32 are weakly mixed.
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => uint32() / 4294967296;

  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max < min`);
    return min + Math.floor(next() * (max - min + 1));
  };

  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('pick() from an empty list');
    return item;
  };

  const chance = (p: number): boolean => next() < p;

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let r = next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new RangeError('weighted() from an empty list');
    return last[0];
  };

  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      if (j === i) continue;
      // splice swaps without reading an element as `T | undefined`.
      const removed = items.splice(i, 1, ...items.slice(j, j + 1));
      items.splice(j, 1, ...removed);
    }
    return items;
  };

  const uuid = (): string => {
    const p1 = hex8(uint32());
    const p2 = hex8(uint32());
    const p3 = hex8(uint32());
    const p4 = hex8(uint32());
    const variant = '89ab'.charAt(parseInt(p3.charAt(0), 16) & 3);
    return `${p1}-${p2.slice(0, 4)}-4${p2.slice(5, 8)}-${variant}${p3.slice(1, 4)}-${p3.slice(4)}${p4}`;
  };

  return { next, uint32, int, pick, chance, weighted, shuffle, uuid };
}
