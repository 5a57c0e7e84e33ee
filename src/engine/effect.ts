import type { Dec} from "./decimal";
import { ONE, ZERO } from "./decimal";

/**
 * One year's saving without cohorts:
 * volume × share × unitCost × quantity × (1 − deadweight).
 *
 * @example
 * singleYearSaving(new Dec(12), new Dec(0.25), new Dec(2150), new Dec(365), new Dec(0.1)).toNumber(); // 2118825
 */
export function singleYearSaving(volume: Dec, share: Dec, unitCost: Dec, quantity: Dec = ONE, deadweight: Dec = ZERO): Dec {
  return volume.times(share).times(unitCost).times(quantity).times(ONE.minus(deadweight));
}
