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
import { loadContents, wrap } from "./officeTables";

/**
 * Inserts the plan's sheets at the end of the workbook; clashing sheets, tables and names
 * are renamed first (the renamed plan written again by `write`), the workbook names are
 * re-created afterwards. On failure the sheets and names this call added are deleted.
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
  let fitted: RenamedPlan;
  let base64: string;
  try {
    before = await loadContents(context);
    fitted = renamePlan(plan, before);
    const payload = fitted.changed ? await write(fitted.plan) : bytes;
    assertRequestSize(payload.length);
    base64 = toBase64(payload);
  } catch (error) {
    // Nothing has been inserted yet.
    throw error instanceof WorkbookError ? error : new WorkbookError("insertFailed", { reason: reasonOf(error) }, error);
  }
  let inserted: string[] | undefined;
  try {
    const result = context.workbook.insertWorksheetsFromBase64(base64, { positionType: "End" });
    const names = context.workbook.names.load("items/name");
    await context.sync();
    inserted = result.value;
    // Inserting can leave the inserted file's names broken (#REF!): delete what came along, add them anew.
    const present = new Set(names.items.map((item) => nameKey(item.name)));
    for (const name of fitted.plan.names) {
      if (present.has(nameKey(name.name))) names.getItem(name.name).delete();
      names.add(name.name, `=${onSheet(name.sheet, name.ref)}`);
    }
    if (inserted.length > 0) context.workbook.worksheets.getItem(inserted[0]).activate();
    await context.sync();
  } catch (error) {
    throw await undoInsert(context, before, fitted.plan, inserted, error);
  }
  return {
    sheets: fitted.plan.sheets.map((sheet) => sheet.name),
    tables: fitted.plan.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
    names: fitted.plan.names.map((name) => name.name),
    renamed: fitted.renames
  };
}

/** Deletes exactly the sheets and names this insert added; returns the error to throw. */
async function undoInsert(
  context: Excel.RequestContext,
  before: WorkbookContents,
  plan: WorkbookPlan,
  inserted: readonly string[] | undefined,
  cause: unknown
): Promise<WorkbookError> {
  const hadSheets = new Set(before.sheets.map(nameKey));
  const hadNames = new Set(before.names.map(nameKey));
  const ourSheets = new Set(plan.sheets.map((sheet) => nameKey(sheet.name)));
  const ourNames = new Set(plan.names.map((name) => nameKey(name.name)));
  const reason = reasonOf(cause);
  try {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  for (const sheet of sheets.items) {
    const ours = inserted?.includes(sheet.id) || (!hadSheets.has(nameKey(sheet.name)) && ourSheets.has(nameKey(sheet.name)));
    if (ours) sheet.delete();
  }
  for (const name of names.items) if (!hadNames.has(nameKey(name.name)) && ourNames.has(nameKey(name.name))) name.delete();
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
 * Adds the table on a new sheet (names suffixed when taken) with the note in A1, in two
 * syncs; on failure the new sheet is deleted again.
 *
 * @example
 * await insertTableSheet(context, { sheet: "Enhetskostnader (exempel)", note, table }); // { sheet: …, table: "SINV_Enhetskostnader", range: "A3:J46" }
 */
export async function insertTableSheet(context: Excel.RequestContext, insert: TableInsert): Promise<InsertTableReport> {
  let before: WorkbookContents;
  try {
    before = await loadContents(context);
  } catch (error) {
    throw wrap("insertTableFailed", error);
  }
  const fitted = fitTableInsert(insert, before);
  try {
    const sheet = context.workbook.worksheets.add(fitted.sheet);
    if (insert.note !== undefined) sheet.getRange(TABLE_NOTE_REF).values = [[insert.note]];
    sheet.getRange(fitted.range).values = fitted.values;
    const table = sheet.tables.add(fitted.range, true);
    table.name = fitted.table;
    sheet.activate();
    await context.sync();
  } catch (error) {
    try {
      const added = context.workbook.worksheets.getItemOrNullObject(fitted.sheet);
      await context.sync();
      if (!added.isNullObject) added.delete();
      await context.sync();
    } catch (undoError) {
      throw new WorkbookError("insertTableRollbackFailed", { reason: reasonOf(error), rollback: reasonOf(undoError), sheet: fitted.sheet }, error);
    }
    throw wrap("insertTableFailed", error);
  }
  return { sheet: fitted.sheet, table: fitted.table, range: fitted.range };
}
