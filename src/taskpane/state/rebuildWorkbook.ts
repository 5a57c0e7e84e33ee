/**
 * "Uppdatera denna arbetsbok" when the pane's items and the workbook's rows differ: the
 * generated sheets are rebuilt in place. The workbook's own inputs, read back, give the
 * OLD plan (same template, the workbook's language); the pane's investment in their place
 * gives the NEW one; the planner ({@link planRebuild}) decides what may be replaced or
 * refuses; the gateway swaps the sheets all or nothing. The workbook's parameters and
 * stored scenarios stay as they are: only the investment changes, as in the fast path.
 */
import type { Investment, Result } from "../../engine";
import { appraise, isDomainError } from "../../engine";
import { matchKey } from "../../engine/key";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { WorkbookPlan } from "../../sheetModel/plan";
import { writeXlsxLazily } from "../../sheetModel/lazyXlsx";
import { planRebuild } from "../../sheetModel/rebuildPlan";
import type { RebuildSwap } from "../../sheetModel/rebuildTypes";
import { COSTS_TABLE, DEPARTMENTS_TABLE, EFFECTS_TABLE, TARGET_GROUPS_TABLE, UNIT_COSTS_TABLE } from "../../sheetModel/tables/inputTables";
import { WorkbookError } from "../../sheetModel/workbookError";
import type { ScenarioFile } from "../../scenario/scenarioFile";
import { readWorkbookInputs } from "../../workbook/readBack/readFromGateway";
import { readNotes } from "../../workbook/readBack/readNotes";
import type { Template } from "../../workbook/template";
import { UPDATED_TABLES } from "./inputWrites";
import { workbookLanguage } from "./updateInputs";

/** One input table's rows that come and go, by the items' names (ids where an item has no name). */
export interface TableChange {
  readonly table: string;
  /** The sheet the table is on in the workbook, e.g. "Effekter" (the table's name where none is known). */
  readonly sheet: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** What a rebuild will do, for the confirmation. */
export interface RebuildProposal {
  readonly changes: readonly TableChange[];
  /** How many generated sheets are replaced. */
  readonly sheets: number;
  /** The sheets of the workbook that are not SINV's and stay as they are. */
  readonly ownSheets: number;
}

/** What a rebuild did, with the figures Översikt shows now (the engine's). */
export interface RebuildOutcome {
  readonly sheets: number;
  readonly totalCost: number;
  readonly windowSavings: number;
  readonly approved: boolean;
}

interface Prepared {
  readonly proposal: RebuildProposal;
  readonly plan: WorkbookPlan;
  readonly file: ScenarioFile;
  readonly swap: RebuildSwap;
}

type Labelled = { readonly id?: string; readonly code?: string; readonly name?: string; readonly description?: string };

function label(items: readonly Labelled[], key: string): string {
  const found = items.find((i) => matchKey(i.id ?? i.code ?? "") === matchKey(key));
  return found?.name ?? found?.description ?? key;
}

const ITEMS: Readonly<Record<string, (inv: Investment) => readonly Labelled[]>> = {
  [DEPARTMENTS_TABLE.name]: (inv) => inv.departments,
  [COSTS_TABLE.name]: (inv) => inv.costLines,
  [TARGET_GROUPS_TABLE.name]: (inv) => inv.targetGroups,
  [UNIT_COSTS_TABLE.name]: (inv) => inv.unitCosts,
  [EFFECTS_TABLE.name]: (inv) => inv.effects
};

/**
 * The input tables' rows that a rebuild adds and removes.
 *
 * @example
 * tableChanges(workbookInvestment, { ...workbookInvestment, effects: [...effects, fewerPlacements] });
 * // [{ table: "SINV_Effekter", sheet: "SINV_Effekter", added: ["Färre placeringar"], removed: [] }]
 */
export function tableChanges(before: Investment, after: Investment, sheetOf: (table: string) => string = (table) => table): TableChange[] {
  return UPDATED_TABLES.flatMap(({ spec, ids }) => {
    const was = new Set(ids(before).map(matchKey));
    const now = new Set(ids(after).map(matchKey));
    const items = ITEMS[spec.name] ?? (() => []);
    const added = ids(after).filter((k) => !was.has(matchKey(k))).map((k) => label(items(after), k));
    const removed = ids(before).filter((k) => !now.has(matchKey(k))).map((k) => label(items(before), k));
    return added.length + removed.length > 0 ? [{ table: spec.name, sheet: sheetOf(spec.name), added, removed }] : [];
  });
}

function built(plan: Result<WorkbookPlan>): WorkbookPlan {
  if (isDomainError(plan)) throw plan;
  return plan;
}

async function prepare(gateway: WorkbookGateway, inv: Investment, template: Template): Promise<Prepared> {
  const read = await readWorkbookInputs(gateway, template);
  if (!read.file) throw new WorkbookError("rebuildUnreadable", { problems: read.problems.slice(0, 5).map((p) => `${p.table}${p.row > 0 ? `:${p.row}` : ""}`).join(", ") });
  const headers = (await gateway.readTables([EFFECTS_TABLE.name]))[EFFECTS_TABLE.name]?.headers ?? [];
  const lang = workbookLanguage(headers, template, EFFECTS_TABLE);
  const { buildWorkbook } = await import(/* webpackChunkName: "workbook-builder" */ "../../workbook/buildWorkbook");
  const book = await gateway.readWorkbook();
  const overview = book.sheets.find((s) => matchKey(s.name) === matchKey(template.sheets.overview[lang]));
  const oldFile: ScenarioFile = { ...read.file, ...readNotes(overview, template, lang) };
  // Decided here: a workbook made by the CLI with --formulas sinv is recognised too; native first (the pane's own).
  let swap: RebuildSwap | undefined;
  let old: WorkbookPlan | undefined;
  let formulas: WorkbookPlan["formulas"] = "native";
  let refusal: unknown;
  for (const mode of ["native", "sinv"] as const) {
    try {
      old = built(buildWorkbook(oldFile, { template, lang, formulas: mode }));
      swap = planRebuild(book, old);
      formulas = mode;
      break;
    } catch (error) {
      refusal ??= error;
      if (!(error instanceof WorkbookError) || error.kind !== "rebuildUnexplained") throw error;
    }
  }
  if (swap === undefined || old === undefined) throw refusal;
  const sheets = old.sheets;
  const sheetOf = (table: string): string => sheets.find((s) => s.tables.some((t) => matchKey(t.name) === matchKey(table)))?.name ?? table;
  const file: ScenarioFile = { ...oldFile, investment: inv };
  const plan = built(buildWorkbook(file, { template, lang, formulas }));
  const ours = new Set(swap.sheets.map(matchKey));
  const proposal = { changes: tableChanges(oldFile.investment, inv, sheetOf), sheets: swap.sheets.length, ownSheets: book.sheets.filter((s) => !ours.has(matchKey(s.name))).length };
  return { proposal, plan, file, swap };
}

/**
 * What a rebuild would do, or why it is refused (a {@link WorkbookError}); changes nothing.
 *
 * @example
 * await proposeRebuild(gateway, withNewEffect, template);
 * // { changes: [{ table: "SINV_Effekter", sheet: "Effekter", added: ["Färre placeringar"], removed: [] }], sheets: 12, ownSheets: 0 }
 */
export async function proposeRebuild(gateway: WorkbookGateway, inv: Investment, template: Template): Promise<RebuildProposal> {
  return (await prepare(gateway, inv, template)).proposal;
}

/**
 * Rebuilds the generated sheets from the pane's investment (planned afresh: the workbook
 * may have changed since the proposal).
 *
 * @example
 * await rebuildWorkbook(gateway, withNewEffect, template); // { sheets: 12, totalCost: 3000000, windowSavings: 5123456, approved: true }
 */
export async function rebuildWorkbook(gateway: WorkbookGateway, inv: Investment, template: Template): Promise<RebuildOutcome> {
  const { plan, file, swap } = await prepare(gateway, inv, template);
  const report = await gateway.rebuildInPlace(await writeXlsxLazily(plan), plan, swap);
  const appraisal = appraise(file);
  if (isDomainError(appraisal)) throw appraisal;
  const { totalCost, windowSavings, approved } = appraisal.summary;
  return { sheets: report.sheets.length, totalCost, windowSavings, approved };
}
