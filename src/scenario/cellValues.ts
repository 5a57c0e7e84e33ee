/**
 * Reading cell values from a sheet or a CSV field: text, and numbers written the Swedish way.
 */

/**
 * A cell as trimmed text; blanks (null, undefined, "") are "".
 *
 * @example
 * cellText("  Skola "); // "Skola"
 * cellText(2019);       // "2019"
 * cellText(null);       // ""
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * A cell as a number: numbers as they are (finite only); text as a number written with a
 * decimal point or a Swedish decimal comma, spaces as thousands separators, an optional
 * "kr"/"SEK" after it. A comma followed by exactly three digits ("98,912") is refused as
 * ambiguous (thousands or decimals?). Anything else is undefined.
 *
 * @example
 * numberOfCell(98912);        // 98912
 * numberOfCell("98 912 kr");  // 98912
 * numberOfCell("324,50");     // 324.5
 * numberOfCell("324.50");     // 324.5
 * numberOfCell("98,912");     // undefined (ambiguous)
 * numberOfCell("ca 100");     // undefined
 */
export function numberOfCell(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const t = value
    .trim()
    .replace(/\s*(kr|sek)\.?$/i, "")
    .replace(/[\s\u00a0\u202f\u2009]/g, "")
    .replace(/^\u2212/, "-");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  const comma = /^(-?\d+),(\d+)$/.exec(t);
  if (comma && (comma[2] as string).length !== 3) return Number(`${comma[1]}.${comma[2]}`);
  return undefined;
}
