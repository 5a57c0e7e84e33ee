import type { Dec} from "./decimal";
import { ONE } from "./decimal";
import { domainError } from "./errors";
import type { Result } from "./result";

/**
 * The factor that moves a price from `fromYear`'s level to `toYear`'s level with yearly
 * rates (PKV): Π over y = from+1 … to of (1 + rate[y]); backwards, the inverse.
 * A missing year gives a `noIndex` error naming the first year without a rate.
 *
 * @example
 * const rates = new Map([[2020, new Dec(0.013)], [2021, new Dec(0.021)], [2022, new Dec(0.048)]]);
 * (indexFactor(2019, 2022, rates) as Dec).times(900000).toDecimalPlaces(2).toNumber(); // 975526.29
 */
export function indexFactor(fromYear: number, toYear: number, rates: ReadonlyMap<number, Dec>): Result<Dec> {
  const lo = Math.min(fromYear, toYear);
  const hi = Math.max(fromYear, toYear);
  let factor = ONE;
  for (let y = lo + 1; y <= hi; y++) {
    const r = rates.get(y);
    if (r === undefined) return domainError("noIndex", { year: y });
    factor = factor.times(ONE.plus(r));
  }
  return fromYear <= toYear ? factor : ONE.div(factor);
}
