/** Deterministic, dependency-free hashing and a seeded PRNG for ids and shuffles. */

/** cyrb53: a fast 53-bit string hash. */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 24-hex-digit hash of the parts (joined with a separator that cannot occur in text). */
export function hashHex(...parts: string[]): string {
  const s = parts.join("\u241f");
  const a = cyrb53(s, 1).toString(16).padStart(14, "0").slice(-12);
  const b = cyrb53(s, 2).toString(16).padStart(14, "0").slice(-12);
  return a + b;
}

/** A 32-bit seed from a string. */
export function seedOf(s: string): number {
  return cyrb53(s, 7) >>> 0;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number | string): () => number {
  let a = typeof seed === "string" ? seedOf(seed) : seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle with a seeded PRNG; returns a new array. */
export function shuffle<T>(items: readonly T[], seed: number | string): T[] {
  const out = [...items];
  const rnd = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Shuffles until the order differs from the given one (when it can). */
export function shuffleNotIdentity<T>(items: readonly T[], seed: string): T[] {
  for (let k = 0; k < 8; k++) {
    const s = shuffle(items, `${seed}:${k}`);
    if (s.some((x, i) => x !== items[i])) return s;
  }
  return [...items].reverse();
}
