import type { Dec } from "./decimal";
import type { DomainError } from "./errors";
import { domainError } from "./errors";
import type { Summary } from "./summarize";

/**
 * The last guard of issue 8's rule "an error, never Infinity or NaN" for the key results:
 * every number of a summary is finite, or the appraisal is an error naming the figure.
 *
 * The field table's bounds keep every sum finite; what they cannot bound is a quotient by
 * a vanishingly small positive number. Window savings are booked in öre (0 or at least
 * 0.01 kr), so the break-even factor cost ÷ savings stays finite; the ratio savings ÷ cost
 * does not when the total cost is, say, 5e-324 kr (amounts of fractions of an öre).
 */

function firstNonFinite(summary: Summary): string | undefined {
  for (const [field, value] of Object.entries(summary)) {
    if (typeof value === "number" && !Number.isFinite(value)) return field;
    if (typeof value === "object" && value !== null) {
      for (const [key, n] of Object.entries(value as Record<string, unknown>)) if (typeof n === "number" && !Number.isFinite(n)) return `${field}.${key}`;
    }
  }
  return undefined;
}

/**
 * Undefined when every figure of the summary is a finite number; otherwise the error: for
 * the ratio, that the total cost is greater than 0 but too close to it; for anything else,
 * that the figure is too large.
 *
 * @example
 * nonFiniteSummary(summary);                                                // undefined (the worked example)
 * nonFiniteSummary({ ...summary, ratio: Infinity }, new Dec("4.4e-323"))?.en;
 * // "ratio (window savings ÷ total cost): the total cost 4.400e-323 kr is greater than 0 but so close to it that the ratio is too large for a number in Excel. Enter the amounts in whole öre, or 0."
 */
export function nonFiniteSummary(summary: Summary, totalCost: Dec): DomainError | undefined {
  const field = firstNonFinite(summary);
  if (field === undefined) return undefined;
  if (field === "ratio") return domainError("costNearZero", { arg: "ratio", cost: totalCost.toExponential(3) });
  return domainError("tooLarge", { arg: field, got: String((summary as unknown as Record<string, unknown>)[field] ?? "∞") });
}
