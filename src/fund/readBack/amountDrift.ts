/**
 * Where the register's amounts no longer are the engine's: the amount columns hold the
 * engine's figures from the scenario files when the fund's sheets are generated, and the
 * workbook's formulas read them as they stand (booked from the cost, the ratio and approval
 * from the savings, what is owed from the repayments). A hand edit there changes the
 * workbook's figures but not the fund's source, so the pane says so rather than show
 * figures that silently differ from the workbook's.
 */
import type { FundResults } from "../../engine";
import { matchKey } from "../../engine";
import type { RegisterAmount, RegisterAmounts } from "./readFund";
import { REGISTER_AMOUNTS } from "./readFund";

/** One amount that differs: the row, the column, what the register holds, what the engine gives. */
export interface AmountDrift {
  readonly id: string;
  readonly column: RegisterAmount;
  readonly register: unknown;
  readonly engine: number;
}

/**
 * The register's amounts that differ from the engine's by more than half an öre.
 *
 * @example
 * amountDrift(fundResults(p), { S1: { totalCost: 4000000, windowSavings: 5403240 } });
 * // [{ id: "S1", column: "totalCost", register: 4000000, engine: 4100000 }]
 */
export function amountDrift(results: FundResults, amounts: RegisterAmounts): AmountDrift[] {
  const byKey = new Map(Object.entries(amounts).map(([id, a]) => [matchKey(id), { id, a }] as const));
  return results.investments.flatMap((inv) => {
    const row = byKey.get(matchKey(inv.id));
    if (row === undefined) return [];
    return REGISTER_AMOUNTS.flatMap((column) => {
      if (!(column in row.a)) return [];
      const held = row.a[column];
      const engine = inv[column];
      return typeof held === "number" && Math.abs(held - engine) < 0.005 ? [] : [{ id: row.id, column, register: held, engine }];
    });
  });
}
