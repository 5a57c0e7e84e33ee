import { cellRef, onSheet } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import { OVERVIEW_ROWS } from "../layout";

/** Which overview result. */
export type OverviewKey = keyof typeof OVERVIEW_ROWS;

/**
 * The cell of a key result on Översikt (value in column C).
 *
 * @example
 * overviewRef(ctx, "totalCost"); // "'Översikt'!$C$9"
 */
export function overviewRef(ctx: BuildContext, key: OverviewKey): string {
  return onSheet(ctx.sheet("overview"), cellRef(OVERVIEW_ROWS[key], 3, true));
}
