/**
 * The evaluator's outcomes as writes into the workbook's follow-up input tables
 * (SINV_UtfallVolymer by Id and year, SINV_UtfallAndelar by effect), so the Uppföljning
 * sheet's formulas follow. An empty field counts as planned, as in the pane.
 */
import type { Actuals, Investment } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { TableCellUpdates, TableColumnLabels } from "../../sheetModel/tableCellWrites";
import { tableCellWrites } from "../../sheetModel/tableCellWrites";
import { WorkbookError } from "../../sheetModel/workbookError";
import { TABLES } from "../../workbook/tableNames";
import type { Template } from "../../workbook/template";

/** One table's write: its key column's headers, the values and other headers of the columns. */
export interface ActualsTableWrite {
  readonly table: string;
  readonly keyHeaders: readonly string[];
  readonly updates: TableCellUpdates;
  readonly columnLabels: TableColumnLabels;
}

/**
 * The two writes: every year shown for every target group, and the actual share (as a
 * share, 0.1 for 10 %) of every effect.
 *
 * @example
 * actualsWrites(inv, { shares: { placement: 0.1 } }, [2017, 2018], template)[1].updates; // { placement: { "Faktisk andel": 0.1 }, … }
 */
export function actualsWrites(inv: Pick<Investment, "targetGroups" | "effects">, actuals: Actuals, years: readonly number[], template: Template): ActualsTableWrite[] {
  const both = (key: "id" | "effect" | "actualShare"): string[] => [template.labels[key].sv, template.labels[key].en];
  const share = template.labels.actualShare.sv;
  return [
    {
      table: TABLES.actualVolumes,
      keyHeaders: both("id"),
      updates: Object.fromEntries(
        inv.targetGroups.map((g) => [g.id, Object.fromEntries(years.map((y) => [String(y), actuals.volumes?.[g.id]?.[String(y)] ?? g.volumes[String(y)] ?? 0]))])
      ),
      columnLabels: {}
    },
    {
      table: TABLES.actualShares,
      keyHeaders: both("effect"),
      updates: Object.fromEntries(inv.effects.map((e) => [e.id, { [share]: actuals.shares?.[e.id] ?? e.share }])),
      columnLabels: { [share]: [template.labels.actualShare.en] }
    }
  ].filter((w) => Object.keys(w.updates).length > 0);
}

/**
 * Writes the outcomes: both tables are read and checked first, so a missing table, row
 * or column writes nothing at all; then each table is written.
 *
 * @returns the number of cells written.
 */
export async function writeActuals(gateway: WorkbookGateway, writes: readonly ActualsTableWrite[]): Promise<number> {
  const tables = await gateway.readTables(writes.map((w) => w.table));
  for (const w of writes) {
    const data = tables[w.table];
    if (!data) throw new WorkbookError("tableMissing", { table: w.table });
    tableCellWrites(w.table, data, w.keyHeaders, w.updates, w.columnLabels);
  }
  let cells = 0;
  for (const w of writes) cells += (await gateway.writeTableCells(w.table, w.keyHeaders, w.updates, w.columnLabels)).cells.length;
  return cells;
}
