/**
 * The number format of an amount as readers see it: the template's money format with the
 * template's unit — "kr", or thousands ("tkr") and millions ("mnkr") through Excel's scaling
 * commas, which change what is shown, never the value in the cell.
 */
import { formatSections } from "./numberFormat";
import type { AmountUnit } from "./printTemplate";

/** How many thousands each unit divides by (Excel: one trailing comma per thousand). */
const SCALE: Readonly<Record<AmountUnit, string>> = { kr: "", tkr: ",", mnkr: ",," };

/** How a zero amount shows when the template's format does not say (decided here: a dash, so a table of years reads as where the money is). */
const ZERO_SHOWN = '"–"';

/** Where the last digit placeholder (0, # or ?) of a section ends, outside quotes and escapes; -1 without one. */
function afterLastDigit(section: string): number {
  let end = -1;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      i = close < 0 ? section.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") i += 1;
    else if (ch === "[") i = Math.max(i, section.indexOf("]", i + 1));
    else if (ch === "0" || ch === "#" || ch === "?") end = i + 1;
  }
  return end;
}

function withUnit(section: string, unit: AmountUnit): string {
  const at = afterLastDigit(section);
  if (at < 0) return section; // a text or literal section ("–", "@") shows no amount
  const decimals = unit === "mnkr" && !section.slice(0, at).includes(".") ? ".0" : "";
  return `${section.slice(0, at)}${decimals}${SCALE[unit]}${section.slice(at)} "${unit}"`;
}

/**
 * The reader's format of an amount: every numeric section of `money` gets the unit (and for
 * tkr and mnkr the scaling commas; mnkr shows one decimal when the format has none). A
 * format of one section gets a negative section and zero shown as "–".
 *
 * @param money - the template's money format, e.g. "#,##0".
 * @param unit - the template's amount unit.
 * @returns a number format; 12 200 000 shows as "12 200 000 kr", "12 200 tkr" or "12,2 mnkr".
 *
 * @example
 * amountFormat("#,##0", "kr");          // '#,##0 "kr";-#,##0 "kr";"–"'
 * amountFormat("#,##0", "tkr");         // '#,##0, "tkr";-#,##0, "tkr";"–"'
 * amountFormat("#,##0", "mnkr");        // '#,##0.0,, "mnkr";-#,##0.0,, "mnkr";"–"'
 * amountFormat("#,##0;-#,##0", "tkr");  // '#,##0, "tkr";-#,##0, "tkr"'
 */
export function amountFormat(money: string, unit: AmountUnit): string {
  const sections = formatSections(money);
  const all = sections.length === 1 ? [sections[0]!, `-${sections[0]!}`, ZERO_SHOWN] : sections;
  return all.map((s) => withUnit(s, unit)).join(";");
}

/**
 * The same format with zero shown as nothing: for the formulas of an empty input table
 * (no staff lines), which stay live for the rows a user adds but print no block of zeros.
 *
 * @example
 * hideZero('#,##0 "kr";-#,##0 "kr";"–"'); // '#,##0 "kr";-#,##0 "kr";'
 * hideZero('#,##0 "kr"');                 // '#,##0 "kr";-#,##0 "kr";'
 */
export function hideZero(format: string): string {
  const [positive, negative] = formatSections(format);
  return `${positive!};${negative ?? `-${positive!}`};`;
}

/**
 * Every number format an amount may carry in a workbook made with this template: the
 * readers' (in the template's unit), the input tables' (kronor as typed), and each of them
 * without zeros. Tests know money cells by them (they compare money to the öre).
 *
 * @example
 * amountFormats({ numberFormats: { money: "#,##0" }, amountUnit: "kr" });
 * // ['#,##0 "kr";-#,##0 "kr";"–"', '#,##0 "kr";-#,##0 "kr";']
 */
export function amountFormats(template: { readonly numberFormats: { readonly money: string }; readonly amountUnit: AmountUnit }): string[] {
  const formats = [amountFormat(template.numberFormats.money, template.amountUnit), amountFormat(template.numberFormats.money, "kr")];
  return [...new Set([...formats, ...formats.map(hideZero)])];
}
