/**
 * The columns of a unit-cost table, found by their headers in Swedish or English, whatever
 * their order, case, accents, underscores or a unit in parentheses ("Kostnad (kr)").
 */

/** A column the unit-cost table knows. */
export type UnitCostColumn = "code" | "description" | "unit" | "cost" | "priceYear" | "payer" | "sourceTitle" | "sourceUrl" | "area" | "note";

/** Each known column: the headers it answers to (as written; compared normalised) and its name in messages. */
export const UNIT_COST_COLUMNS: Readonly<Record<UnitCostColumn, { readonly names: readonly string[]; readonly sv: string; readonly en: string }>> = {
  code: { names: ["code", "kod"], sv: "kod", en: "code" },
  description: { names: ["description", "beskrivning", "description_sv", "beskrivning_sv"], sv: "beskrivning", en: "description" },
  unit: { names: ["unit", "enhet"], sv: "enhet", en: "unit" },
  cost: { names: ["cost", "kostnad", "cost_sek", "kostnad_sek", "belopp"], sv: "kostnad", en: "cost" },
  priceYear: { names: ["price_year", "prisår"], sv: "prisår", en: "price year" },
  payer: { names: ["payer", "betalare"], sv: "betalare", en: "payer" },
  sourceTitle: { names: ["source", "källa", "source_title"], sv: "källa", en: "source" },
  sourceUrl: { names: ["source_url", "url", "källa_url"], sv: "källans adress", en: "source address" },
  area: { names: ["area", "område"], sv: "område", en: "area" },
  note: { names: ["note", "anmärkning"], sv: "anmärkning", en: "note" }
};

/** The columns a unit-cost table must have. */
export const REQUIRED_UNIT_COST_COLUMNS: readonly UnitCostColumn[] = ["code", "description", "unit", "cost", "priceYear", "payer"];

/**
 * A header as compared: accents removed (å → a), lower case, a parenthesised part dropped,
 * underscores, hyphens, dots and slashes as spaces.
 *
 * @example
 * normaliseHeader("Prisår");        // "prisar"
 * normaliseHeader("cost_sek");      // "cost sek"
 * normaliseHeader(" Kostnad (kr)"); // "kostnad"
 */
export function normaliseHeader(header: unknown): string {
  const text = typeof header === "string" ? header : typeof header === "number" ? String(header) : "";
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[_\-./]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The known column a header names, if any.
 *
 * @example
 * columnOfHeader("Källa");        // "sourceTitle"
 * columnOfHeader("description_sv"); // "description"
 * columnOfHeader("Ansvarig");     // undefined
 */
export function columnOfHeader(header: unknown): UnitCostColumn | undefined {
  const h = normaliseHeader(header);
  if (h === "") return undefined;
  for (const [column, def] of Object.entries(UNIT_COST_COLUMNS) as [UnitCostColumn, (typeof UNIT_COST_COLUMNS)[UnitCostColumn]][]) {
    if (def.names.some((name) => normaliseHeader(name) === h)) return column;
  }
  return undefined;
}
