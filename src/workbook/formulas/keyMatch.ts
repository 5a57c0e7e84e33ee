/**
 * The engine's match rule (src/engine/key.ts: Excel's TRIM, then case-insensitive) written
 * as native formulas. Excel, LibreOffice and HyperFormula evaluate `TRIM(a)=TRIM(b)` alike:
 * `=` on text ignores case and knows no wildcards, criteria operators or numeric-looking
 * text, unlike MATCH, SUMIFS and COUNTIF. Every formula that compares ids, codes, areas or
 * tokens goes through this file.
 */
import { excelTrim } from "../../engine/key";

/**
 * The condition that a cell (or each cell of a range) holds the same key as another.
 *
 * @example
 * sameKey("$A$5:$A$7", "$D$5"); // "(TRIM($A$5:$A$7)=TRIM($D$5))"
 */
export function sameKey(a: string, b: string): string {
  return `(TRIM(${a})=TRIM(${b}))`;
}

/**
 * The condition that a cell (or each cell of a range) holds one of the given texts
 * (tokens: fixed words such as "fond" or "kommun").
 *
 * @example
 * isToken("$E$5:$E$9", ["fond"]);              // "(TRIM($E$5:$E$9)=\"fond\")"
 * isToken("$B$5:$B$6", ["förening", "stiftelse"]); // "((TRIM($B$5:$B$6)=\"förening\")+(TRIM($B$5:$B$6)=\"stiftelse\"))"
 */
export function isToken(range: string, tokens: readonly string[]): string {
  // The token as TRIM leaves a cell holding it (a label "a  b" typed into a cell reads back as "a b").
  const one = (token: string): string => `(TRIM(${range})="${excelTrim(token).replace(/"/g, '""')}")`;
  return tokens.length === 1 ? one(tokens[0]!) : `(${tokens.map(one).join("+")})`;
}

/**
 * The sum of `values` over the rows where every condition holds (a SUMIFS with exact
 * comparisons).
 *
 * @example
 * sumWhere("$D$5:$D$9", [sameKey("$B$5:$B$9", "$A$20"), isToken("$C$5:$C$9", ["kommun"])]);
 * // "SUMPRODUCT($D$5:$D$9*(TRIM($B$5:$B$9)=TRIM($A$20))*(TRIM($C$5:$C$9)=\"kommun\"))"
 */
export function sumWhere(values: string, conditions: readonly string[]): string {
  return `SUMPRODUCT(${[values, ...conditions].join("*")})`;
}

/**
 * How many cells of a range satisfy a condition (a COUNTIF with exact comparisons).
 *
 * @example
 * countWhere(isToken("$B$5:$B$6", ["association"])); // "SUMPRODUCT((TRIM($B$5:$B$6)=\"association\")*1)"
 */
export function countWhere(condition: string): string {
  return `SUMPRODUCT(${condition}*1)`;
}

/**
 * The position (1-based, from `positions`: a column beside `keys` holding 1, 2, 3, …) of the
 * one row of `keys` that holds `key`; #N/A when none or more than one does — the engine
 * refuses both — so a code that matches nothing never reads as 0. INDEX with the position
 * then reads only that row.
 *
 * @example
 * keyPosition("$D$5", "Enhetskostnader!$A$5:$A$7", "Enhetskostnader!$J$5:$J$7");
 * // "IF(SUMPRODUCT((TRIM(Enhetskostnader!$A$5:$A$7)=TRIM($D$5))*1)=1,SUMPRODUCT(…*Enhetskostnader!$J$5:$J$7),NA())"
 */
export function keyPosition(key: string, keys: string, positions: string): string {
  const hit = sameKey(keys, key);
  return `IF(${countWhere(hit)}=1,${sumWhere(positions, [hit])},NA())`;
}

/**
 * The token (one of a fixed list of words) in `values` on the one row of `keys` that holds
 * `key`, written as the token; #N/A unless `found` holds or when the row holds none of them.
 *
 * @example
 * tokenByKey("$D$5", "…$A$5:$A$7", "…$F$5:$F$7", "ISNUMBER($N$5)", ["kommun", "region"]);
 * // "IF(ISNUMBER($N$5),IF(SUMPRODUCT(…*(TRIM(…$F$5:$F$7)=\"kommun\")),\"kommun\",IF(…,\"region\",NA())),NA())"
 */
export function tokenByKey(key: string, keys: string, values: string, found: string, tokens: readonly string[]): string {
  const hit = sameKey(keys, key);
  const chain = tokens.reduceRight((otherwise, token) => `IF(${sumWhere(hit, [isToken(values, [token])])},"${token}",${otherwise})`, "NA()");
  return `IF(${found},${chain},NA())`;
}

/**
 * At least two different non-blank keys in a range (e.g. two areas): some cell differs
 * from another non-blank one. `cells` are the range's cells one by one (the pairs are
 * counted per cell, so no array transposition is needed in any spreadsheet).
 *
 * @example
 * twoDifferentKeys("$C$5:$C$6", ["$C$5", "$C$6"]);
 * // "(SUMPRODUCT((TRIM($C$5:$C$6)<>\"\")*(TRIM($C$5:$C$6)<>TRIM($C$5)))*(TRIM($C$5)<>\"\")+…>0)"
 */
export function twoDifferentKeys(range: string, cells: readonly string[]): string {
  const pairs = cells.map((c) => `SUMPRODUCT((TRIM(${range})<>"")*(TRIM(${range})<>TRIM(${c})))*(TRIM(${c})<>"")`);
  return `(${pairs.join("+")}>0)`;
}
