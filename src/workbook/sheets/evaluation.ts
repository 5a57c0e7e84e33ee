import type { BuildContext } from "../context";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import { EVALUATION_TABLE } from "../../sheetModel/tables/inputTables";
import { blankRow, tableHeaders, tableRow } from "../../sheetModel/tables/tableSpec";

/**
 * Utvärderingsschema: goal, activity, activity measures, effect measures, indicators and
 * economic effects (table SINV_Utvardering), from the scenario or empty rows to fill in.
 *
 * @example
 * evaluationSheet(ctx).tables[0].columns.length; // 6
 */
export function evaluationSheet(ctx: BuildContext): SheetPlan {
  const { t } = ctx;
  const b = new SheetBuilder(ctx.sheet("evaluation"));
  b.value(1, 1, t("evaluationTitle"), { style: "title" });
  b.prose(2, 1, t("inputHint"), { style: "note" });
  const rows = ctx.file.evaluationSchema ?? [];
  const blank = Math.max(1, ctx.template.evaluationRows);
  b.table(
    {
      name: EVALUATION_TABLE.name,
      columns: tableHeaders(EVALUATION_TABLE, t),
      rows: rows.length ? rows.map((r) => tableRow(EVALUATION_TABLE, r)) : Array.from({ length: blank }, () => blankRow(EVALUATION_TABLE)),
      wrap: EVALUATION_TABLE.columns.map(() => true)
    },
    4,
    1
  );
  for (let c = 1; c <= EVALUATION_TABLE.columns.length; c++) b.width(c, ctx.template.columnWidths.text + 14);
  return b.build();
}
