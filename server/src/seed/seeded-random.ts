// The demo seed's only source of chance: a seeded PRNG (mulberry32), so every seed is the same.
export interface Seeded {
  /** A number in [0, 1). */
  next(): number;
  pick<T>(xs: readonly T[]): T;
  /** A UUIDv7 for the instant `ms`, with seeded random bits. */
  id(ms: number): string;
}

export function seeded(seed: number): Seeded {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const word = () => Math.floor(next() * 4294967296);
  return {
    next,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    id: (ms) => {
      // shared/uuid.ts's layout (48-bit milliseconds, version 7, variant 10, random bits) without its
      // BigInt arithmetic: a seed makes thousands of ids before the server can start.
      const time = hex(Math.max(0, Math.floor(ms)), 12);
      const [w1, w2, w3] = [word(), word(), word()];
      return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(w1 >>> 20, 3)}-${hex(0x8000 | (w1 & 0x3fff), 4)}-${hex(w2, 8)}${hex(w3 >>> 16, 4)}`;
    },
  };
}

const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');
