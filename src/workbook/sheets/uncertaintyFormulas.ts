/**
 * The uncertainty sheet's formulas that mirror the engine's arithmetic, written once here:
 * the triangular inverse distribution function with exactly the operations of
 * src/engine/uncertainty/triangular.ts (same order, so every spreadsheet computes the same
 * double as the engine), and the ratio a draw moves the base case by.
 */

/**
 * The triangular value at probability `u` for (a, b, c), as a formula; IF evaluates only the
 * branch it takes, so c = a never divides by zero.
 *
 * @example
 * triangularFormula("$B40", "$C$8", "$D$8", "$E$8");
 * // "IF($E$8=$C$8,$C$8,IF($B40<($D$8-$C$8)/($E$8-$C$8),$C$8+SQRT($B40*($E$8-$C$8)*($D$8-$C$8)),$E$8-SQRT((1-$B40)*($E$8-$C$8)*($E$8-$D$8))))"
 */
export function triangularFormula(u: string, a: string, b: string, c: string): string {
  return `IF(${c}=${a},${a},IF(${u}<(${b}-${a})/(${c}-${a}),${a}+SQRT(${u}*(${c}-${a})*(${b}-${a})),${c}-SQRT((1-${u})*(${c}-${a})*(${c}-${b}))))`;
}

/**
 * A draw's ratio to the base: the drawn share ÷ the planned share, or the drawn factor itself.
 *
 * @example
 * ratioFormula("share", "$B40", "$C$8", "$D$8", "$E$8"); // "IF(…)/$D$8"
 */
export function ratioFormula(kind: "share" | "volumeFactor" | "unitCostFactor", u: string, a: string, b: string, c: string): string {
  const x = triangularFormula(u, a, b, c);
  return kind === "share" ? `${x}/${b}` : x;
}

/**
 * The repayment of one department in one draw under risk sharing: max(floor × C × w, min(R × w, A)).
 *
 * @example
 * riskSharedFormula("$F$30", "$G$30", "$H40"); // "MAX($F$30,MIN($G$30,$H40))"
 */
export function riskSharedFormula(floor: string, cap: string, savings: string): string {
  return `MAX(${floor},MIN(${cap},${savings}))`;
}
