/**
 * Side-by-side timing: SINV and a baseline run in alternating passes (A B A B …) in one
 * process, so that noise from other work on the machine hits both; the figure is the
 * ratio per round, reported as median and spread across rounds.
 */

/** A ratio's spread across rounds. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Interquartile range: the 25th and 75th percentiles. */
  readonly q1: number;
  readonly q3: number;
  readonly rounds: number;
}

/** One side-by-side measurement. */
export interface Pair {
  /** SINV time ÷ baseline time, per round. */
  readonly ratio: Spread;
  /** Median milliseconds per call of each side. */
  readonly sinvMs: number;
  readonly baselineMs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/**
 * Median, min–max and interquartile range of some figures, to 3 significant places.
 *
 * @example
 * spreadOf([3, 1, 2]); // { median: 2, min: 1, max: 3, q1: 1.5, q3: 2.5, rounds: 3 }
 */
export function spreadOf(values: readonly number[]): Spread {
  const s = values.slice().sort((a, b) => a - b);
  const r = (x: number): number => Number(x.toPrecision(3));
  return { median: r(quantile(s, 0.5)), min: r(s[0] as number), max: r(s[s.length - 1] as number), q1: r(quantile(s, 0.25)), q3: r(quantile(s, 0.75)), rounds: s.length };
}

/**
 * Milliseconds one call of `pass` takes.
 *
 * @example
 * timeOnce(() => JSON.stringify(new Array(1e5).fill(1))); // e.g. 3.2
 */
export function timeOnce(pass: () => void): number {
  const t0 = process.hrtime.bigint();
  pass();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Milliseconds a timed pass should at least last, so that timer and scheduler noise stay small. */
const PASS_MS = 25;

/** How many calls of `fn` make one pass of at least PASS_MS. */
function repetitionsFor(fn: () => void): number {
  let reps = 1;
  for (;;) {
    const t = timeOnce(() => {
      for (let i = 0; i < reps; i++) fn();
    });
    if (t >= PASS_MS || reps >= 1 << 20) return reps;
    reps = t <= 0 ? reps * 8 : Math.max(reps * 2, Math.ceil((reps * PASS_MS * 1.2) / t));
  }
}

/**
 * Runs `sinv` and `baseline` alternately, `rounds` times each after a warm-up, and gives
 * the ratio sinv ÷ baseline per round with its spread. Each side is repeated within a pass
 * until the pass lasts at least 25 ms (the counts are fixed once, before the rounds); the
 * times are per call. Even rounds start with SINV, odd rounds with the baseline.
 *
 * @example
 * const p = sideBySide(() => work(), () => floatWork(), 15);
 * p.ratio.median; // e.g. 4.2 (SINV takes 4.2× the baseline's time)
 */
export function sideBySide(sinv: () => void, baseline: () => void, rounds: number): Pair {
  const ra = repetitionsFor(sinv);
  const rb = repetitionsFor(baseline);
  const passA = (): number => timeOnce(() => {
    for (let i = 0; i < ra; i++) sinv();
  }) / ra;
  const passB = (): number => timeOnce(() => {
    for (let i = 0; i < rb; i++) baseline();
  }) / rb;
  const ratios: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let ta: number;
    let tb: number;
    if (i % 2 === 0) {
      ta = passA();
      tb = passB();
    } else {
      tb = passB();
      ta = passA();
    }
    a.push(ta);
    b.push(tb);
    ratios.push(ta / tb);
  }
  return { ratio: spreadOf(ratios), sinvMs: spreadOf(a).median, baselineMs: spreadOf(b).median };
}

/**
 * A spread as text: "4.2× (IQR 3.9–4.6, min–max 3.5–5.1, 15 rounds)".
 *
 * @example
 * showSpread(spreadOf([1, 2, 3])); // "2× (IQR 1.5–2.5, min–max 1–3, 3 rounds)"
 */
export function showSpread(s: Spread, unit = "×"): string {
  return `${s.median}${unit} (IQR ${s.q1}–${s.q3}, min–max ${s.min}–${s.max}, ${s.rounds} rounds)`;
}
