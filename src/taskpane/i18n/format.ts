/**
 * Numbers as the pane shows them, the Swedish way (space between thousands, decimal
 * comma) in both languages: the figures are Swedish kronor in a Swedish municipality.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number, grouping: boolean): Intl.NumberFormat {
  const key = `${min}:${max}:${grouping}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
    cache.set(key, found);
  }
  return found;
}

/**
 * A number with up to `digits` decimals (none by default), thousands separated by a space.
 *
 * @example
 * formatNumber(16200000);   // "16 200 000" (with non-breaking spaces)
 * formatNumber(1.328, 2);   // "1,33"
 */
export function formatNumber(value: number, digits = 0): string {
  return formatter(0, digits, true).format(value);
}

/**
 * Kronor, whole kronor unless öre matter.
 *
 * @example
 * formatKr(12200000);  // "12 200 000 kr"
 * formatKr(324.5);     // "324,50 kr"
 */
export function formatKr(value: number, kr = "kr"): string {
  const whole = Math.abs(value - Math.round(value)) < 0.005;
  return `${whole ? formatter(0, 0, true).format(Math.round(value)) : formatter(2, 2, true).format(value)} ${kr}`;
}

/**
 * A result in whole kronor, as every result the pane shows (decided here, issue 10: a
 * discounted sum in öre beside whole kronor elsewhere read as a different kind of figure).
 * Only display: the engine's figures stay exact, and the workbook shows them to the öre.
 *
 * @example
 * formatResultKr(15302290.04); // "15 302 290 kr"
 * formatResultKr(12200000);    // "12 200 000 kr"
 */
export function formatResultKr(value: number, kr = "kr"): string {
  return `${formatter(0, 0, true).format(Math.round(value))} ${kr}`;
}

/**
 * A share as a percentage with up to `digits` decimals.
 *
 * @example
 * formatPercent(0.2259259); // "22,6 %"
 * formatPercent(0.3);       // "30 %"
 */
export function formatPercent(share: number, digits = 1): string {
  return `${formatter(0, digits, true).format(share * 100)} %`;
}

/**
 * A number as an input field shows it for editing: no thousands separator, decimal comma,
 * up to six decimals (so 0.3 × 100 shows as 30).
 *
 * @example
 * formatInput(0.35); // "0,35"
 * formatInput(3000000); // "3000000"
 */
export function formatInput(value: number): string {
  return formatter(0, 6, false).format(value);
}

/**
 * Millions for chart axes.
 *
 * @example
 * formatMillions(12200000); // "12,2"
 */
export function formatMillions(value: number): string {
  return formatter(0, 1, true).format(value / 1_000_000);
}
