import { mulScaled, oneMinusScaled, scaledToOre, toScaled } from "../../engine/scaled";
import { flatCells, isYear, numberOr } from "./flatCells";

const SAFE = Number.MAX_SAFE_INTEGER;
const MAX_WHOLE = 1e12;

function wholeAtLeastZero(value: unknown, fallback: number | undefined): number | undefined {
  const n = fallback === undefined ? (typeof value === "number" ? value : undefined) : numberOr(value, fallback);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * COHORTSAVINGS' fast path for the common case: whole volumes, consecutive increasing
 * years, no blanks, no drop-off, share, unit cost, quantity and deadweight with few
 * decimals. It multiplies scaled integers (exact below 2^53) and rounds to öre as the
 * decimal path does. Anything else returns undefined and the general path runs.
 *
 * @example
 * cohortSavingsFast([[10, 10, 10, 0]], [[2017, 2018, 2019, 2020]], 0.3, 900000, 3, 1, null, null, null);
 * // [[0, 2700000, 5400000, 8100000]]
 */
export function cohortSavingsFast(
  volumes: unknown,
  years: unknown,
  share: unknown,
  unitCost: unknown,
  duration: unknown,
  lag: unknown,
  dropOff: unknown,
  quantity: unknown,
  deadweight: unknown
): number[][] | undefined {
  if (typeof share !== "number" || !(share >= 0 && share <= 1)) return undefined;
  if (typeof unitCost !== "number" || !(unitCost >= 0 && unitCost < MAX_WHOLE)) return undefined;
  const d = wholeAtLeastZero(duration, undefined);
  const l = wholeAtLeastZero(lag, 0);
  const q = numberOr(quantity, 1);
  const dw = numberOr(deadweight, 0);
  if (d === undefined || l === undefined || numberOr(dropOff, 0) !== 0) return undefined;
  if (q === undefined || !(q >= 0) || dw === undefined || !(dw >= 0 && dw < 1)) return undefined;
  const sh = toScaled(share);
  const uc = toScaled(unitCost);
  const qs = toScaled(q);
  const dws = toScaled(dw);
  if (!sh || !uc || !qs || !dws) return undefined;
  const a = mulScaled(sh, uc);
  const b = a && mulScaled(a, qs);
  const per = b && mulScaled(b, oneMinusScaled(dws));
  if (!per) return undefined;

  const v = flatCells(volumes);
  const y = flatCells(years);
  if (!v || !y || v.length !== y.length) return undefined;
  const n = y.length;
  const first = y.at(0);
  if (!isYear(first)) return undefined;
  const acc = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    if (y.at(i) !== first + i || (i > 0 && !isYear(y.at(i)))) return undefined;
    const vol = v.at(i);
    if (typeof vol !== "number" || !Number.isInteger(vol) || vol < 0 || vol >= MAX_WHOLE) return undefined;
    if (vol === 0 || per.m === 0) continue;
    const amount = vol * per.m;
    if (amount > SAFE) return undefined;
    const end = Math.min(n, i + l + d);
    for (let j = i + l; j < end; j++) acc[j] = (acc[j] as number) + amount;
  }
  const out = new Array<number>(n);
  for (let j = 0; j < n; j++) {
    const m = acc[j] as number;
    if (m > SAFE) return undefined;
    out[j] = scaledToOre(m, per.s);
  }
  return y.column ? out.map((x) => [x]) : [out];
}
