/**
 * The evaluator's outcomes as writes into the workbook's follow-up input tables
 * (SINV_UtfallVolymer by Id and year, SINV_UtfallAndelar by effect, SINV_UtfallKostnader
 * by cost line and cost year), so the Uppföljning
 * sheet's formulas follow. Only the values the evaluator gave are written; every other
 * cell is blanked, and a blank cell reads the plan (a forecast) — the engine's rule in
 * src/engine/actuals.ts, so the pane and the workbook agree.
 */
import type { Actuals, Investment } from "../../engine";
import type { ActualCosts } from "../../engine/costFollowUp";
import { costYears } from "../../engine/costFollowUp";
import { valueByKey } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { CellValue } from "../../sheetModel/plan";
import type { TableColumnLabels } from "../../sheetModel/tableCellWrites";
import type { TableWrite } from "../../sheetModel/tablesWrite";
import { ACTUAL_COSTS_TABLE, ACTUAL_SHARES_TABLE, ACTUAL_VOLUMES_TABLE } from "../../sheetModel/tables/inputTables";
import type { TableLabelKey } from "../../sheetModel/tables/tableSpec";
import { columnDef } from "../../sheetModel/tables/tableSpec";
import type { Template } from "../../workbook/template";

/** One table's write: its key column's headers, the values and other headers of the columns. */
export interface ActualsTableWrite extends TableWrite {
  readonly columnLabels: TableColumnLabels;
}

/**
 * The two writes: every year shown for every target group — the actual volume where one was
 * given, blank (null) elsewhere — and every effect's actual share (as a share, 0.1 for
 * 10 %) or blank — and, when the pane holds any actual cost, every cost line's actual cost
 * of every cost year (engine costYears) or blank. Decided here: without any actual cost in
 * the pane, SINV_UtfallKostnader is left as it is, so a workbook made before the table
 * existed still takes the volumes and shares (a write to a missing table fails as a whole).
 *
 * @example
 * // Worked example, only 2017's volume (8) and the share 10 % given:
 * actualsWrites(inv, { volumes: { pupils: { "2017": 8 } }, shares: { placement: 0.1 } }, [2017, 2018], template);
 * // [{ table: "SINV_UtfallVolymer", updates: { pupils: { "2017": 8, "2018": null } }, … },
 * //  { table: "SINV_UtfallAndelar", updates: { placement: { "Faktisk andel": 0.1 } }, … }]
 * // With the actual staff cost 2017 (3 100 000) as well, a third write:
 * // { table: "SINV_UtfallKostnader", updates: { staff: { "2017": 3100000, "2018": null, "2019": null }, premises: { … null }, grant: { … null } }, … }
 */
export function actualsWrites(
  inv: Pick<Investment, "targetGroups" | "effects"> & Partial<Pick<Investment, "costLines" | "startYear" | "endYear">>,
  actuals: Actuals,
  years: readonly number[],
  template: Template,
  costs: ActualCosts = {}
): ActualsTableWrite[] {
  const both = (key: TableLabelKey): string[] => [template.labels[key].sv, template.labels[key].en];
  const keyOf = (spec: typeof ACTUAL_VOLUMES_TABLE | typeof ACTUAL_SHARES_TABLE | typeof ACTUAL_COSTS_TABLE): string[] => both(columnDef(spec, "id").header);
  const [share, shareEn] = both(columnDef(ACTUAL_SHARES_TABLE, "actual").header) as [string, string];
  const given = (value: number | undefined): CellValue => value ?? null;
  return [
    {
      table: ACTUAL_VOLUMES_TABLE.name,
      keyHeaders: keyOf(ACTUAL_VOLUMES_TABLE),
      updates: Object.fromEntries(
        inv.targetGroups.map((g) => {
          const volumes = valueByKey(actuals.volumes, g.id);
          return [g.id, Object.fromEntries(years.map((y) => [String(y), given(volumes?.[String(y)])]))];
        })
      ),
      columnLabels: {}
    },
    {
      table: ACTUAL_SHARES_TABLE.name,
      keyHeaders: keyOf(ACTUAL_SHARES_TABLE),
      updates: Object.fromEntries(inv.effects.map((e) => [e.id, { [share]: given(valueByKey(actuals.shares, e.id)) }])),
      columnLabels: { [share]: [shareEn] }
    },
    ...(inv.costLines !== undefined && inv.startYear !== undefined && inv.endYear !== undefined && anyCost(costs)
      ? [
          {
            table: ACTUAL_COSTS_TABLE.name,
            keyHeaders: keyOf(ACTUAL_COSTS_TABLE),
            updates: Object.fromEntries(
              inv.costLines.map((l) => {
                const byYear = valueByKey(costs, l.id);
                return [l.id, Object.fromEntries(costYears({ startYear: inv.startYear!, endYear: inv.endYear!, costLines: inv.costLines! }).map((y) => [String(y), given(byYear?.[String(y)])]))];
              })
            ),
            columnLabels: {}
          }
        ]
      : [])
  ].filter((w) => Object.keys(w.updates).length > 0);
}

function anyCost(costs: ActualCosts): boolean {
  return Object.values(costs).some((byYear) => Object.keys(byYear).length > 0);
}

/**
 * Writes the outcomes into the tables as one operation of the gateway: the tables are
 * read, the rows found by key and the target cells checked in the same batch as the
 * write, all cells are written at once, and a failure leaves every cell as it was.
 *
 * @returns the number of cells written.
 *
 * @example
 * await writeActuals(gateway, actualsWrites(inv, actuals, [2017, 2018], template)); // 4
 */
export async function writeActuals(gateway: WorkbookGateway, writes: readonly ActualsTableWrite[]): Promise<number> {
  return (await gateway.writeTablesCells(writes)).cells.length;
}
