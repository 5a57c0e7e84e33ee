/**
 * The checks that inputs are in range: every number column of every input table and every
 * parameter on Parametrar against the bounds of its field in the engine's field table
 * (src/engine/fields/: the one owner of every bound), counting the cells outside them.
 */
import type { FieldName, NumberSpec } from "../../engine";
import { FIELDS, cellKey, checkNumber } from "../../engine";
import { onSheet, rangeRef } from "../../sheetModel/a1";
import type { CellValue } from "../../sheetModel/plan";
import { INPUT_TABLE_SPECS } from "../../sheetModel/tables/inputTables";
import type { BuildContext } from "../context";
import { isToken } from "../formulas/keyMatch";
import type { Layout, ParamKey } from "../layout";
import { PARAM_ROWS } from "../layout";
import { PARAM_LABELS } from "../parameterLabels";
import type { LabelKey } from "../template";
import type { PlacedTable, PlanCells } from "./checksPlan";
import type { CheckRow } from "./checksRows";

/** The field each parameter on Parametrar keeps (the rule set's name has none); priceYear may be blank. */
const PARAM_FIELDS: Readonly<Record<Exclude<ParamKey, "ruleSet">, FieldName>> = {
  startYear: "startYear",
  endYear: "endYear",
  horizonYears: "horizonYears",
  feeShare: "feeShare",
  floorShare: "floorShare",
  repaymentModel: "repaymentModel",
  discountRate: "discountRate",
  baseYear: "baseYear",
  includeDuring: "includeDuring",
  shareFactor: "shareFactor",
  volumeFactor: "volumeFactor",
  unitCostFactor: "unitCostFactor",
  priceYear: "priceYear",
  repaymentPlanKind: "repaymentPlan",
  instalmentYears: "instalmentYears",
  minDuration: "minDurationYears",
  maxDuration: "maxDurationYears",
  maxNewPerYear: "maxNewPerYear"
};

/** The parameters a blank leaves as the engine's default (the investment has no price year then). */
const OPTIONAL_PARAMS: readonly ParamKey[] = ["priceYear"];

/** The words a repayment plan kind is written as on Parametrar (src/workbook/sheets/parameters.ts). */
const PLAN_KIND_LABELS: readonly LabelKey[] = ["planFollowSavings", "planEven"];

/** Whether a number breaks its spec: outside the bounds (an open end where said), or not whole where it must be. */
function conditions(ref: string, spec: NumberSpec): string[] {
  return [
    spec.minExclusive ? `(${ref}<=${spec.min})` : `(${ref}<${spec.min})`,
    spec.maxExclusive ? `(${ref}>=${spec.max})` : `(${ref}>${spec.max})`,
    ...(spec.whole || spec.kind === "year" ? [`(${ref}<>INT(${ref}))`] : [])
  ];
}

/**
 * How many non-blank cells of a range break a numeric spec, as a formula; a text counts (it
 * compares above every number), and text in a column of whole numbers gives #VALUE!, which
 * fails the check as well.
 *
 * @example
 * outOfRangeFormula("'Effekter'!$F$5:$F$6", FIELDS.share);
 * // "SUMPRODUCT((('Effekter'!$F$5:$F$6<>\"\")*((('Effekter'!$F$5:$F$6<0)+('Effekter'!$F$5:$F$6>1))>0))*1)"
 */
export function outOfRangeFormula(ref: string, spec: NumberSpec): string {
  return `SUMPRODUCT(((${ref}<>"")*((${conditions(ref, spec).join("+")})>0))*1)`;
}

function outOfRange(values: readonly CellValue[], spec: NumberSpec): number {
  return values.filter((v) => v !== null && checkNumber(spec, v, "") !== undefined).length;
}

function tableChecks(placed: PlacedTable, lang: "sv" | "en", columns: readonly { key: string; field?: FieldName }[], yearField: FieldName | undefined): CheckRow[] {
  const { sheet, table, headerRow, firstCol, rows } = placed;
  const first = headerRow + 1;
  const last = headerRow + rows.length;
  const check = (fromCol: number, toCol: number, heading: string, field: FieldName): CheckRow => {
    const spec = FIELDS[field] as NumberSpec;
    const ref = onSheet(sheet, rangeRef(first, firstCol + fromCol, last, firstCol + toCol));
    const values = rows.flatMap((row) => row.slice(fromCol, toCol + 1));
    return { kind: "count", description: `${table.name} · ${heading}: ${spec.words[lang]}`, found: { formula: outOfRangeFormula(ref, spec), value: outOfRange(values, spec) } };
  };
  const out: CheckRow[] = [];
  columns.forEach((c, j) => {
    if (c.field) out.push(check(j, j, table.columns[j] ?? c.key, c.field));
  });
  const years = table.columns.length - columns.length;
  if (yearField && years > 0) {
    out.push(check(columns.length, table.columns.length - 1, `${table.columns[columns.length]}–${table.columns[table.columns.length - 1]}`, yearField));
  }
  return out;
}

function parameterCheck(ctx: BuildContext, layout: Layout, cells: PlanCells, key: Exclude<ParamKey, "ruleSet">): CheckRow {
  const spec = FIELDS[PARAM_FIELDS[key]];
  const x = layout.param(key);
  const value = cells.held(ctx.sheet("parameters"), PARAM_ROWS[key], 2).value;
  const description = `${ctx.sheet("parameters")} · ${ctx.t(PARAM_LABELS[key])}: ${spec.words[ctx.lang]}`;
  if (spec.type === "number") {
    const optional = OPTIONAL_PARAMS.includes(key);
    const test = `IF(ISNUMBER(${x}),IF(OR(${conditions(x, spec).join(",")}),1,0),1)`;
    const bad = value === null ? !optional : checkNumber(spec, value, "") !== undefined;
    return { kind: "count", description, found: { formula: optional ? `IF(${x}="",0,${test})` : test, value: bad ? 1 : 0 } };
  }
  if (spec.type === "boolean") return { kind: "count", description, found: { formula: `IF(ISLOGICAL(${x}),0,1)`, value: typeof value === "boolean" ? 0 : 1 } };
  // A choice is written as its words on Parametrar, so the check names those, not the field's codes.
  const words = PLAN_KIND_LABELS.map((k) => ctx.t(k));
  const choice = `${ctx.sheet("parameters")} · ${ctx.t(PARAM_LABELS[key])}: ${words.join(" / ")}`;
  return { kind: "count", description: choice, found: { formula: `IF(${isToken(x, words)},0,1)`, value: words.some((w) => cellKey(w) === cellKey(value)) ? 0 : 1 } };
}

/**
 * The range checks: each input table's number columns (its year columns as one), then each
 * parameter.
 *
 * @example
 * rangeChecks(ctx, layout, cells).find((r) => r.description.startsWith("SINV_Effekter · Andel"))?.found.value; // 0
 */
export function rangeChecks(ctx: BuildContext, layout: Layout, cells: PlanCells): CheckRow[] {
  const out: CheckRow[] = [];
  for (const spec of INPUT_TABLE_SPECS) {
    out.push(...tableChecks(cells.table(spec.name), ctx.lang, spec.columns, spec.years?.field));
  }
  for (const key of Object.keys(PARAM_FIELDS) as Exclude<ParamKey, "ruleSet">[]) out.push(parameterCheck(ctx, layout, cells, key));
  return out;
}

