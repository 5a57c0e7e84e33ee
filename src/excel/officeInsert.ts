/**
 * Inserting into the user's workbook on Office.js: the plan's sheets
 * (`insertWorksheetsFromBase64`) and a single table on a new sheet. Each undoes exactly
 * what it added when a step fails.
 */
import type { WorkbookContents, InsertReport } from "../sheetModel/gateway";
import { toBase64 } from "../sheetModel/base64";
import type { WorkbookPlan } from "../sheetModel/plan";
import { nameKey } from "../sheetModel/renameInFormula";
import { renamePlan, type RenamedPlan } from "../sheetModel/renamePlan";
import { assertRequestSize } from "../sheetModel/requestLimit";
import type { InsertTableReport, TableInsert } from "../sheetModel/tableInsert";
import { fitTableInsert, TABLE_NOTE_REF } from "../sheetModel/tableInsert";
import { reasonOf, WorkbookError } from "../sheetModel/workbookError";
import { onSheet } from "../sheetModel/a1";
import { parseSheetAddress } from "../sheetModel/sheetAddress";
import { loadContents, wrap } from "./officeTables";
import { repairInsertedFormulas, type FormulaRepairReport } from "./officeFormulaRepair";
import { hasCharts, queueSheetCharts, withoutCharts } from "./officeCharts";

/**
 * Inserts the plan's sheets at the end of the workbook; clashing sheets, tables and names
 * are renamed first (the renamed plan written again by `write`), the workbook names are
 * re-created afterwards, and formulas Excel broke on the way (links to another workbook)
 * or will not calculate until entered (`SINV.*` calls) are entered again
 * ({@link repairInsertedFormulas}). A plan with charts is written again without them
 * (Excel on the web refuses a file with charts) and the charts are added through the API
 * in the batch that re-creates the names. On failure the sheets (with their charts) and
 * names this call added are deleted.
 *
 * @example
 * const report = await insertPlanSheets(context, await writeXlsx(plan), plan, writeXlsx);
 * report.renamed.sheets; // { "Översikt": "Översikt (2)" } when "Översikt" existed
 */
export async function insertPlanSheets(
  context: Excel.RequestContext,
  bytes: Uint8Array,
  plan: WorkbookPlan,
  write: (plan: WorkbookPlan) => Promise<Uint8Array>
): Promise<InsertReport> {
  let before: WorkbookContents;
  let sheetIds: Set<string>;
  let fitted: RenamedPlan;
  let base64: string;
  try {
    const sheets = context.workbook.worksheets.load("items/id");
    before = await loadContents(context);
    sheetIds = new Set(sheets.items.map((sheet) => sheet.id));
    fitted = renamePlan(plan, before);
    const payload = fitted.changed || hasCharts(fitted.plan) ? await write(withoutCharts(fitted.plan)) : bytes;
    assertRequestSize(payload.length);
    base64 = toBase64(payload);
  } catch (error) {
    // Nothing has been inserted yet.
    throw error instanceof WorkbookError ? error : new WorkbookError("insertFailed", { reason: reasonOf(error) }, error);
  }
  let inserted: string[] | undefined;
  let repaired: FormulaRepairReport;
  try {
    const result = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
    const names = context.workbook.names.load("items/name,items/formula");
    const sheetsNow = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    inserted = result.value;
    // Inserting can leave the inserted file's names broken (#REF!): delete what came along, add them anew.
    // A name of the same name that refers elsewhere is not ours (the user's, made meanwhile): adding then fails, and the insert is undone.
    const came = new Set(names.items.filter((item) => cameWithInsert(item.formula, fitted.plan)).map((item) => nameKey(item.name)));
    for (const name of fitted.plan.names) {
      if (came.has(nameKey(name.name))) names.getItem(name.name).delete();
      names.add(name.name, `=${onSheet(name.sheet, name.ref)}`);
    }
    const ids = new Map(sheetsNow.items.filter((sheet) => inserted?.includes(sheet.id)).map((sheet) => [nameKey(sheet.name), sheet.id]));
    for (const sheet of fitted.plan.sheets.filter((s) => (s.charts ?? []).length > 0)) {
      const id = ids.get(nameKey(sheet.name));
      if (id === undefined) throw new Error(`Det infogade bladet ${sheet.name} hittades inte för sina diagram. / The inserted sheet ${sheet.name} was not found for its charts.`);
      queueSheetCharts(context.workbook.worksheets.getItem(id), sheet);
    }
    repaired = await repairInsertedFormulas(context, fitted.plan);
    if (inserted.length > 0) context.workbook.worksheets.getItem(inserted[0]).activate();
    await context.sync();
  } catch (error) {
    throw await undoInsert(context, { before, sheetIds }, fitted.plan, inserted, error);
  }
  return {
    sheets: fitted.plan.sheets.map((sheet) => sheet.name),
    tables: fitted.plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
    names: fitted.plan.names.map((name) => name.name),
    renamed: fitted.renames,
    ...(repaired.entered > 0 ? { formulasEntered: repaired.entered, linksRepaired: repaired.relinked } : {})
  };
}

/** Whether a name's formula is #REF! or refers to one of the sheets (by key). */
function refersToOurs(formula: unknown, sheets: ReadonlySet<string>): boolean {
  const where = parseSheetAddress(String(formula));
  return String(formula).includes("#REF!") || (where !== undefined && sheets.has(nameKey(where.sheet)));
}

/** Whether a name came with the inserted file: #REF! or referring to one of the plan's sheets. */
function cameWithInsert(formula: unknown, plan: WorkbookPlan): boolean {
  return refersToOurs(formula, new Set(plan.sheets.map((sheet) => nameKey(sheet.name))));
}

/** The workbook before an insert: its names and its sheets' ids. */
interface BeforeInsert {
  readonly before: WorkbookContents;
  readonly sheetIds: ReadonlySet<string>;
}

/**
 * Deletes exactly the sheets this insert added, by the ids Excel returned, and the names
 * it added (new since the listing, named as in the plan, and referring to a deleted sheet
 * or to #REF!); returns the error to throw. Without the ids (the insert itself failed) it
 * deletes nothing: a sheet that appeared meanwhile may be the user's, so the error names
 * any such sheets and names for the user to check.
 */
async function undoInsert(context: Excel.RequestContext, was: BeforeInsert, plan: WorkbookPlan, inserted: readonly string[] | undefined, cause: unknown): Promise<WorkbookError> {
  const hadNames = new Set(was.before.names.map(nameKey));
  const ourSheets = new Set(plan.sheets.map((sheet) => nameKey(sheet.name)));
  const ourNames = new Set(plan.names.map((name) => nameKey(name.name)));
  const reason = reasonOf(cause);
  try {
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    const newNames = names.items.filter((name) => !hadNames.has(nameKey(name.name)) && ourNames.has(nameKey(name.name)));
    if (inserted === undefined) {
      const appeared = [...sheets.items.filter((sheet) => !was.sheetIds.has(sheet.id) && ourSheets.has(nameKey(sheet.name))).map((sheet) => sheet.name), ...newNames.map((name) => name.name)];
      return appeared.length === 0 ? new WorkbookError("insertFailed", { reason }, cause) : new WorkbookError("insertUncertain", { reason, sheets: appeared.join(", ") }, cause);
    }
    const ours = sheets.items.filter((sheet) => inserted.includes(sheet.id));
    const oursByName = new Set(ours.map((sheet) => nameKey(sheet.name)));
    for (const sheet of ours) sheet.delete();
    for (const name of newNames) if (refersToOurs(name.formula, oursByName)) name.delete();
    await context.sync();
    return new WorkbookError("insertFailed", { reason }, cause);
  } catch (undoError) {
    return new WorkbookError(
      "rollbackFailed",
      { reason, rollback: reasonOf(undoError), sheets: plan.sheets.map((s) => s.name).join(", "), names: plan.names.map((n) => n.name).join(", ") || "–" },
      cause
    );
  }
}

/**
 * Adds the table on a new sheet (names suffixed when taken) with the note in A1, in three
 * syncs: list the names; add the sheet alone under a one-off name no one else can have
 * (so it is found again, by its id, even when the answer to that sync is lost); rename
 * it, write the note and the values, add the table and activate the sheet. After a
 * failure only the sheet this call added is deleted, by its id — never a sheet found by
 * its final name, which may be the user's.
 *
 * @example
 * await insertTableSheet(context, { sheet: "Enhetskostnader (exempel)", note, table }); // { sheet: …, table: "SINV_Enhetskostnader", range: "A3:J46" }
 */
export async function insertTableSheet(context: Excel.RequestContext, insert: TableInsert, token: string = oneOffToken()): Promise<InsertTableReport> {
  let fitted: ReturnType<typeof fitTableInsert>;
  try {
    fitted = fitTableInsert(insert, await loadContents(context));
  } catch (error) {
    throw wrap("insertTableFailed", error);
  }
  const interim = `SINV~${token}`;
  let id: string | undefined;
  try {
    const sheet = context.workbook.worksheets.add(interim).load("id");
    await context.sync();
    id = sheet.id;
    sheet.name = fitted.sheet;
    if (insert.note !== undefined) sheet.getRange(TABLE_NOTE_REF).values = [[insert.note]];
    sheet.getRange(fitted.range).values = fitted.values;
    const table = sheet.tables.add(fitted.range, true);
    table.name = fitted.table;
    sheet.activate();
    await context.sync();
  } catch (error) {
    try {
      if (id === undefined) {
        // The answer to the add was lost: the sheet is there only if the add ran, under the one-off name.
        const sheets = context.workbook.worksheets.load("items/name,items/id");
        await context.sync();
        id = sheets.items.find((s) => s.name === interim)?.id;
      }
      if (id !== undefined) {
        context.workbook.worksheets.getItem(id).delete();
        await context.sync();
      }
    } catch (undoError) {
      throw new WorkbookError("insertTableRollbackFailed", { reason: reasonOf(error), rollback: reasonOf(undoError), sheet: `${fitted.sheet} / ${interim}` }, error);
    }
    throw wrap("insertTableFailed", error);
  }
  return { sheet: fitted.sheet, table: fitted.table, range: fitted.range };
}

/** Eight random hex digits: a sheet name no workbook has (sheet names are at most 31 characters). */
function oneOffToken(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}
