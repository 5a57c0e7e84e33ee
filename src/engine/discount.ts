import type { Dec} from "./decimal";
import { ONE } from "./decimal";

/**
 * Present value at `rate` in `baseYear` of an amount arising in `year`:
 * amount / (1 + rate)^(year − baseYear). Years before the base year grow.
 *
 * @example
 * presentValue(new Dec(1035), 2018, 2017, new Dec(0.035)).toNumber(); // 1000
 */
export function presentValue(amount: Dec, year: number, baseYear: number, rate: Dec): Dec {
  if (rate.isZero() || year === baseYear) return amount;
  return amount.div(ONE.plus(rate).pow(year - baseYear));
}
