/**
 * Header and footer texts from the template's print section into Excel's header/footer
 * code: `{page}` → `&P`, `{pages}` → `&N`, `{sheet}` → `&A`, `{date}` → the date of
 * generation, `{investment}` → the investment's name; a literal `&` is written `&&`.
 * Excel allows 255 characters for a header (all three parts with their `&L`, `&C`, `&R`);
 * decided here: the investment's name is cut to fit, ending in "…".
 */
import type { HeaderFooterPlan } from "../sheetModel/plan";
import type { PrintBand } from "./printTemplate";

/** Excel's longest header or footer code. */
export const MAX_HEADER_FOOTER = 255;

/** Characters a template must leave for the investment's name in each header and footer. */
export const MIN_NAME_ROOM = 20;

/** What the placeholders stand for in one workbook. */
export interface HeaderFooterValues {
  readonly investment: string;
  /** The date of generation, e.g. "2024-05-01". */
  readonly date: string;
}

const CODES: Readonly<Record<string, string>> = { page: "&P", pages: "&N", sheet: "&A" };

const escape = (text: string): string => text.replace(/&/g, "&&");

function part(text: string, values: HeaderFooterValues): string {
  return text
    .split(/(\{[a-z]+\})/)
    .map((piece) => {
      const key = /^\{([a-z]+)\}$/.exec(piece)?.[1];
      if (key === undefined) return escape(piece);
      if (key === "investment") return escape(values.investment);
      if (key === "date") return escape(values.date);
      return CODES[key] ?? escape(piece);
    })
    .join("");
}

function parts(band: PrintBand, lang: "sv" | "en", values: HeaderFooterValues): HeaderFooterPlan {
  const out: { left?: string; center?: string; right?: string } = {};
  for (const key of ["left", "center", "right"] as const) {
    const text = band[key]?.[lang];
    if (text !== undefined && text !== "") out[key] = part(text, values);
  }
  return out;
}

function joined(plan: HeaderFooterPlan): string {
  return `${plan.left !== undefined ? `&L${plan.left}` : ""}${plan.center !== undefined ? `&C${plan.center}` : ""}${plan.right !== undefined ? `&R${plan.right}` : ""}`;
}

/**
 * The whole header or footer code as Excel stores it (the parts with `&L`, `&C`, `&R`).
 *
 * @example
 * headerFooterCode({ right: { sv: "sida {page} av {pages}", en: "page {page} of {pages}" } }, "sv", { investment: "X", date: "2024-05-01" });
 * // "&Rsida &P av &N"
 */
export function headerFooterCode(band: PrintBand, lang: "sv" | "en", values: HeaderFooterValues): string {
  return joined(parts(band, lang, values));
}

/**
 * A header or footer for the plan, in Excel's code, within 255 characters: the investment's
 * name is cut (and ends in "…") when the whole would be longer.
 *
 * @example
 * headerFooterPlan({ left: { sv: "{investment}", en: "{investment}" }, right: { sv: "{sheet}", en: "{sheet}" } }, "sv", { investment: "Bryggan & co", date: "2024-05-01" });
 * // { left: "Bryggan && co", right: "&A" }
 */
export function headerFooterPlan(band: PrintBand, lang: "sv" | "en", values: HeaderFooterValues): HeaderFooterPlan {
  const full = parts(band, lang, values);
  if (joined(full).length <= MAX_HEADER_FOOTER) return full;
  const uses = ["left", "center", "right"].reduce((n, key) => n + ((band[key as keyof PrintBand]?.[lang] ?? "").match(/\{investment\}/g)?.length ?? 0), 0);
  const fixed = joined(parts(band, lang, { ...values, investment: "" })).length;
  const room = Math.max(0, Math.floor((MAX_HEADER_FOOTER - fixed) / Math.max(uses, 1)) - 1);
  let name = values.investment;
  while (name.length > 0 && escape(name).length > room) name = name.slice(0, -1);
  if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1); // never half a surrogate pair
  return parts(band, lang, { ...values, investment: `${name}…` });
}
