/**
 * What the checks tests share: the shipped examples, where a check's row is on Kontroller,
 * and one deliberate break per family of checks (a total overwritten with a constant, a code
 * that matches nothing, an input out of range, a scenario written to Parametrar), each with
 * the rows it must make fail.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCell } from "../../src/sheetModel/a1";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { EFFECTS_TABLE } from "../../src/sheetModel/tables/inputTables";
import { columnNumber } from "../../src/sheetModel/tables/tableSpec";
import { PARAM_ROWS } from "../../src/workbook/layout";
import { CHECK_COLUMNS } from "../../src/workbook/sheets/checksRows";
import type { LabelKey } from "../../src/workbook/template";
import type { PlanEdit } from "../support/planEdits";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";

/** Every shipped example (assets/examples), by file name. */
export const EXAMPLES: readonly (readonly [string, ScenarioFile])[] = readdirSync(join(ROOT, "assets", "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(ROOT, "assets", "examples", f), "utf8")));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.errors.map((e) => e.en).join("; ")}`);
    return [f, parsed.value] as const;
  });

const template = orebroTemplate();

/** The checks sheet of a plan (the last sheet). */
export function checksSheetOf(plan: WorkbookPlan): WorkbookPlan["sheets"][number] {
  const sheet = plan.sheets.find((s) => s.name === template.sheets.checks[plan.lang]);
  if (!sheet) throw new Error("the plan has no checks sheet");
  return sheet;
}

/**
 * The row of the check whose description begins with a label (in the plan's language) or
 * with a given text.
 *
 * @example
 * checkRowOf(plan, "checkCostFund"); // 21 (worked example)
 */
export function checkRowOf(plan: WorkbookPlan, start: LabelKey | { text: string }): number {
  const text = typeof start === "string" ? template.labels[start][plan.lang] : start.text;
  const cell = checksSheetOf(plan).cells.find((c) => parseCell(c.ref).col === CHECK_COLUMNS.description && typeof c.value === "string" && c.value.startsWith(text));
  if (!cell) throw new Error(`no check begins with ${JSON.stringify(text)}`);
  return parseCell(cell.ref).row;
}

/** A check row's cell in a column ("found", "ok", …) as "Sheet!A1", the key of recalculated values. */
export function checkCell(plan: WorkbookPlan, row: number, column: keyof typeof CHECK_COLUMNS): string {
  const letters = "ABCDE"[CHECK_COLUMNS[column] - 1];
  return `${checksSheetOf(plan).name}!${letters}${row}`;
}

/** The cell a formula begins with (`'Översikt'!$C$11+…` → Översikt, C11). */
function firstCell(formula: string): { sheet: string; ref: string } {
  const hit = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+)/.exec(formula);
  if (!hit) throw new Error(`${formula} does not begin with a cell`);
  return { sheet: hit[1]!, ref: `${hit[2]}${hit[3]}` };
}

/** The cell a check's found (or expected) formula reads first. */
export function cellReadBy(plan: WorkbookPlan, row: number, column: "found" | "expected"): { sheet: string; ref: string } {
  return firstCell(checksSheetOf(plan).cells.find((c) => c.ref === `${"ABCDE"[CHECK_COLUMNS[column] - 1]}${row}`)?.formula ?? "");
}

/** The cell another cell's formula reads first (one step further back). */
function cellReadByCell(plan: WorkbookPlan, at: { sheet: string; ref: string }): { sheet: string; ref: string } {
  return firstCell(plan.sheets.find((s) => s.name === at.sheet)?.cells.find((c) => c.ref === at.ref)?.formula ?? "");
}

/** A deliberate break: what to type over, and the checks that must fail then. */
export interface Break {
  readonly family: "sums" | "lookups" | "ranges" | "base case";
  readonly what: string;
  readonly edits: (plan: WorkbookPlan) => PlanEdit[];
  readonly failing: (plan: WorkbookPlan) => number[];
}

const over = (plan: WorkbookPlan, row: number, column: "found" | "expected", value: number): PlanEdit => ({ ...cellReadBy(plan, row, column), value });

/** One or more breaks per family, on the worked example (Swedish). */
export const BREAKS: readonly Break[] = [
  {
    family: "sums",
    what: "the fund's total on Kostnadskalkyl overwritten with 1",
    edits: (plan) => [over(plan, checkRowOf(plan, "checkCostFinancing"), "found", 1)],
    failing: (plan) => ["checkCostFinancing", "checkCostFund", "checkCostDepartments", "checkCostCategories"].map((k) => checkRowOf(plan, k as LabelKey))
  },
  {
    family: "sums",
    what: "the municipality's savings in the window (Effekter) overwritten with 1",
    // Översikt's figure reads Effekter's total, which is overwritten; Översikt follows it.
    edits: (plan) => [{ ...cellReadByCell(plan, cellReadBy(plan, checkRowOf(plan, "checkSavingsWindow"), "expected")), value: 1 }],
    failing: (plan) => [checkRowOf(plan, "checkSavingsWindow")]
  },
  {
    family: "sums",
    what: "the repayment split's total overwritten with 1, and a repayment plan's total with 99 000 000",
    edits: (plan) => [over(plan, checkRowOf(plan, "checkRepaymentSplit"), "found", 1), over(plan, checkRowOf(plan, "checkRepaymentPlan"), "found", 99e6)],
    failing: (plan) => [checkRowOf(plan, "checkRepaymentSplit"), checkRowOf(plan, "checkRepaymentPlan")]
  },
  {
    family: "lookups",
    what: "an effect's unit-cost code that matches no row",
    edits: () => [{ table: EFFECTS_TABLE.name, row: 0, col: columnNumber(EFFECTS_TABLE, "code") - 1, value: "OKAND" }],
    failing: (plan) => [checkRowOf(plan, { text: `${template.sheets.effects[plan.lang]}: ${template.labels.unitCostRow[plan.lang]}` })]
  },
  {
    family: "ranges",
    what: "a share of 1.5, a duration written as text and a fee of 120 %",
    edits: (plan) => [
      { table: EFFECTS_TABLE.name, row: 0, col: columnNumber(EFFECTS_TABLE, "share") - 1, value: 1.5 },
      { table: EFFECTS_TABLE.name, row: 0, col: columnNumber(EFFECTS_TABLE, "duration") - 1, value: "tre" },
      { sheet: template.sheets.parameters[plan.lang], ref: `B${PARAM_ROWS.feeShare}`, value: 1.2 }
    ],
    failing: (plan) => [
      checkRowOf(plan, { text: `${EFFECTS_TABLE.name} · ${template.labels.share[plan.lang]}:` }),
      checkRowOf(plan, { text: `${EFFECTS_TABLE.name} · ${template.labels.durationYears[plan.lang]}:` }),
      checkRowOf(plan, { text: `${template.sheets.parameters[plan.lang]} · ${template.labels.feeShare[plan.lang]}:` })
    ]
  },
  {
    family: "base case",
    what: "a scenario's share factor 0.8 written to Parametrar",
    edits: (plan) => [{ sheet: template.sheets.parameters[plan.lang], ref: `B${PARAM_ROWS.shareFactor}`, value: 0.8 }],
    failing: (plan) => [checkRowOf(plan, { text: template.labels.shareFactor[plan.lang] })]
  }
];
