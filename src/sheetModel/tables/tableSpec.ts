/**
 * The shape of an input table's spec: each column's key, header (a template label, so the
 * header is in Swedish or English), kind of value, whether it is required, its number
 * format and, for a token column, the accepted texts. The sheet writers, the formula
 * builder (columns by key), the read-back and the pane's writes all read these specs.
 */
import type { NumberFieldName } from "../../engine/fields/fieldTable";

/** The kind of value a column holds, as the read-back checks it. */
export type ColumnKind = "text" | "nonNegative" | "share" | "shareBelowOne" | "whole" | "year" | "rate" | "token" | "boolean";

/** The template's number formats a column can use (keys of the template's `numberFormats`). */
export type FormatKey = "money" | "share" | "year" | "ratio" | "decimal" | "integer";

/** The template labels that serve as table headers or tokens. */
export type TableLabelKey =
  | "id" | "name" | "area" | "category" | "description" | "department" | "financing" | "monthlySalary" | "fte" | "payrollOverhead"
  | "targetGroup" | "code" | "unit" | "cost" | "priceYear" | "payer" | "source"
  | "effect" | "share" | "quantity" | "durationYears" | "lag" | "dropOff" | "deadweight" | "model"
  | "year" | "indexRate" | "plannedShare" | "actualShare"
  | "goal" | "activity" | "activityMeasures" | "effectMeasures" | "indicators" | "economicEffects"
  | "fund" | "cofinanced" | "modelCohort" | "modelAnnual"
  | "catStaff" | "catPremises" | "catMaterial" | "catTraining" | "catEvaluation" | "catOther"
  | "uncKind" | "uncLow" | "uncBase" | "uncHigh" | "uncGrade" | "uncMeaning" | "uncCorrection"
  | "uncUnitCostCorrection" | "uncEffectCorrection" | "uncBiasFactor" | "inWindow" | "uncCorrectedWindow";

/** One accepted value of a token column: the value and the texts that stand for it. */
export interface TokenSpec {
  /** What the value means in the model, e.g. "fund", "annual", "association". */
  readonly value: string;
  /** The template label written for it (in the workbook's language); without one, `value` is written. */
  readonly label?: TableLabelKey;
  /** Further texts read as this value (lower case), e.g. "förening". */
  readonly also?: readonly string[];
}

/** One column of an input table. */
export interface ColumnDef {
  readonly key: string;
  readonly header: TableLabelKey;
  readonly kind: ColumnKind;
  readonly required: boolean;
  readonly numFmt?: FormatKey;
  readonly tokens?: readonly TokenSpec[];
  /** The engine's field (src/engine/fields/) whose bounds a number in this column must keep. */
  readonly field?: NumberFieldName;
}

/** An input table: its fixed name, its columns in order and, when it has them, year columns after them. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  /** Year columns ("2017", "2018", …) after the fixed columns, with their format and the engine's field for their numbers. */
  readonly years?: { readonly numFmt: FormatKey; readonly field?: NumberFieldName };
}

/** A column key of a spec. */
export type ColumnKey<S extends TableSpec> = S["columns"][number]["key"];

/** A label lookup in one language (the workbook's `t`). */
export type LabelOf = (key: TableLabelKey) => string;

/** The number formats by key (the template's `numberFormats`). */
export type FormatsOf = Readonly<Record<FormatKey, string>>;

/**
 * The 1-based position of a column within its table.
 *
 * @example
 * columnNumber(EFFECTS_TABLE, "share"); // 6
 */
export function columnNumber<S extends TableSpec>(spec: S, key: ColumnKey<S>): number {
  const i = spec.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${spec.name} has no column ${key}`);
  return i + 1;
}

/**
 * A column's definition by its key.
 *
 * @example
 * columnDef(UNIT_COSTS_TABLE, "payer").tokens?.map((x) => x.value); // ["kommun", "region", "staten"]
 */
export function columnDef<S extends TableSpec>(spec: S, key: ColumnKey<S>): ColumnDef {
  return spec.columns[columnNumber(spec, key) - 1] as ColumnDef;
}

/**
 * The 1-based position of the first year column (right after the fixed columns).
 *
 * @example
 * firstYearColumn(TARGET_GROUPS_TABLE); // 3
 */
export function firstYearColumn(spec: TableSpec): number {
  return spec.columns.length + 1;
}

/**
 * The table's headers in one language, the years after the fixed columns.
 *
 * @example
 * tableHeaders(TARGET_GROUPS_TABLE, t, [2017, 2018]); // ["Id", "Målgrupp", "2017", "2018"]
 */
export function tableHeaders(spec: TableSpec, t: LabelOf, years: readonly number[] = []): string[] {
  return [...spec.columns.map((c) => t(c.header)), ...(spec.years ? years.map(String) : [])];
}

/**
 * The number format of each column (undefined for general).
 *
 * @example
 * tableNumFmts(PRICE_INDEX_TABLE, { …, year: "0", share: "0.0%" }); // ["0", "0.0%"]
 */
export function tableNumFmts(spec: TableSpec, fmt: FormatsOf, years: readonly number[] = []): (string | undefined)[] {
  const own = spec.columns.map((c) => (c.numFmt ? fmt[c.numFmt] : undefined));
  return [...own, ...(spec.years ? years.map(() => fmt[spec.years!.numFmt]) : [])];
}

/**
 * One row in the spec's column order from values by key (missing keys blank), then the years.
 *
 * @example
 * tableRow(DEPARTMENTS_TABLE, { id: "UF", name: "Utbildning", area: "skola" }); // ["UF", "Utbildning", "skola"]
 */
export function tableRow<S extends TableSpec>(
  spec: S,
  values: Partial<Record<ColumnKey<S>, string | number | boolean | null | undefined>>,
  years: readonly (number | null)[] = []
): (string | number | boolean | null)[] {
  const byKey = values as Record<string, string | number | boolean | null | undefined>;
  return [...spec.columns.map((c) => byKey[c.key] ?? null), ...years];
}

/**
 * An empty row (every column and year blank), for a table with no data yet.
 *
 * @example
 * blankRow(DEPARTMENTS_TABLE); // [null, null, null]
 */
export function blankRow(spec: TableSpec, years: readonly number[] = []): null[] {
  return tableHeaders(spec, () => "", years).map(() => null);
}

/**
 * The text written for a token value: its label in the workbook's language, or the value.
 *
 * @example
 * tokenText(EFFECTS_TABLE, "model", "annual", t); // "årlig"
 */
export function tokenText<S extends TableSpec>(spec: S, key: ColumnKey<S>, value: string, t: LabelOf): string {
  const token = spec.columns.find((c) => c.key === key)?.tokens?.find((x) => x.value === value);
  return token?.label ? t(token.label) : value;
}

/**
 * Every text (lower case) that reads as a token value: its label in both languages, the
 * further texts, and the value itself.
 *
 * @example
 * tokenTexts(PARTNERS_TABLE.columns[1], both); // { association: "association", förening: "association", … }
 */
export function tokenTexts(column: ColumnDef, both: (key: TableLabelKey) => readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const token of column.tokens ?? []) {
    const texts = [token.value, ...(token.label ? both(token.label) : []), ...(token.also ?? [])];
    for (const text of texts) out[text.toLowerCase()] = token.value;
  }
  return out;
}

/**
 * Every text (lower case) that reads as one token value, for formulas that must count what
 * the read-back counts.
 *
 * @example
 * tokenWords(COSTS_TABLE.columns[4], "fund", both); // ["fund", "fond"]
 */
export function tokenWords(column: ColumnDef, value: string, both: (key: TableLabelKey) => readonly string[]): string[] {
  return Object.entries(tokenTexts(column, both))
    .filter(([, v]) => v === value)
    .map(([text]) => text);
}
