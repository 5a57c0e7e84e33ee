/**
 * The seeded generator, owned here: the same seed gives the same uniform numbers on every
 * machine (32-bit integer arithmetic only, Math.imul and shifts, no platform randomness).
 *
 * - Generator: Mulberry32 (Tommy Ettinger, 2017; public domain), a 32-bit state advanced by
 *   the constant 0x6D2B79F5 and mixed by two multiply–xorshift rounds. Small, fast and good
 *   enough for thousands of draws (it passes gjrand and PractRand to 2^32 outputs per its
 *   author); not for cryptography.
 * - Streams: each uncertain input has its own stream, seeded by FNV-1a (32-bit) of
 *   "<seed>:<key>" (UTF-16 code units), so changing one range leaves every other input's
 *   draws as they were, and the first n draws of a longer run are the n draws of a shorter one.
 * - Uniform numbers: u = (j + 0.5) / 10^9 with j = ⌊k × 10^9 / 2^32⌋ for the 32-bit output k:
 *   strictly inside (0, 1), with at most ten decimals, so a sheet holds each exactly as
 *   written and every spreadsheet reads the same double.
 */

/**
 * FNV-1a, 32-bit, over a text's UTF-16 code units.
 *
 * @example
 * fnv1a32("");  // 2166136261
 * fnv1a32("a"); // 3826002220
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Mulberry32: the next 32-bit output from a state, and the state after it.
 *
 * @example
 * mulberry32Step(0); // { value: 1144304738, state: 1831565813 }
 */
export function mulberry32Step(state: number): { value: number; state: number } {
  const a = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return { value: (t ^ (t >>> 14)) >>> 0, state: a };
}

/** 10^9 / 2^32 = 1 953 125 / 8 388 608, exact in binary: k × 1 953 125 < 2^53, so ⌊k × 10^9 / 2^32⌋ is exact. */
const SCALE_NUM = 1953125;
const SCALE_DEN = 8388608;

/**
 * A 32-bit output as a uniform number in (0, 1) with ten decimals.
 *
 * @example
 * uniformOf(0);          // 5e-10
 * uniformOf(4294967295); // 0.9999999995
 */
export function uniformOf(k: number): number {
  return (Math.floor((k * SCALE_NUM) / SCALE_DEN) + 0.5) / 1e9;
}

const cache = new Map<string, Float64Array>();
const CACHE_LIMIT = 512;

/**
 * The first n uniform numbers of an input's stream (cached: the pane redraws without
 * generating them again; a longer run extends a shorter one).
 *
 * @example
 * uniforms(7, "share:placement", 3); // Float64Array of three numbers in (0, 1), the same on every machine
 */
export function uniforms(seed: number, key: string, n: number): Float64Array {
  const id = `${seed}:${key}`;
  const known = cache.get(id);
  if (known && known.length >= n) {
    // Least recently used goes first: a hit moves to the end.
    cache.delete(id);
    cache.set(id, known);
    return known.subarray(0, n);
  }
  const out = new Float64Array(n);
  let state = fnv1a32(id) | 0;
  for (let i = 0; i < n; i++) {
    const step = mulberry32Step(state);
    state = step.state;
    out[i] = uniformOf(step.value);
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(id, out);
  return out;
}
