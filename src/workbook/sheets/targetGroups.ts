import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { CellValue, SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { TargetGroup } from "../../engine";
import { TARGET_GROUPS_TABLE } from "../../sheetModel/tables/inputTables";
import { blankRow, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";
import { targetGroupRow } from "../../sheetModel/tables/investmentRows";

/**
 * The rows of a table of values per target group and year (planned or actual volumes):
 * id, name, then each year's value as `valueOf` gives it (null leaves the cell blank).
 *
 * @example
 * yearTableRows([{ id: "g", name: "G", volumes: { 2017: 10 } }], [2017, 2018], (g, y) => g.volumes[y] ?? 0); // [["g", "G", 10, 0]]
 */
export function yearTableRows(
  groups: readonly Pick<TargetGroup, "id" | "name" | "volumes">[],
  years: readonly number[],
  valueOf: (group: Pick<TargetGroup, "id" | "name" | "volumes">, year: string) => number | null
): CellValue[][] {
  if (groups.length === 0) return [blankRow(TARGET_GROUPS_TABLE, years)];
  return groups.map((g) => tableRow(TARGET_GROUPS_TABLE, targetGroupRow(g), years.map((y) => valueOf(g, String(y)))));
}

/**
 * Målgrupper: individuals entering per target group and year, as the table SINV_Malgrupper.
 *
 * @example
 * targetGroupsSheet(ctx, layout).tables[0].columns; // ["Id", "Målgrupp", "2017", …]
 */
export function targetGroupsSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years } = ctx;
  const tg = layout.targetGroups;
  const b = new SheetBuilder(ctx.sheet("targetGroups"));
  b.value(1, 1, t("targetGroupsTitle"), { style: "title" });
  b.prose(2, 1, t("volumesHint"), { style: "note" });
  b.value(tg.yearRow, 2, t("year"), { style: "label" });
  years.forEach((y, k) => b.value(tg.yearRow, tg.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.table(
    {
      name: TARGET_GROUPS_TABLE.name,
      columns: tableHeaders(TARGET_GROUPS_TABLE, t, years),
      rows: yearTableRows(ctx.file.investment.targetGroups, years, (g, y) => g.volumes[y] ?? 0),
      numFmts: tableNumFmts(TARGET_GROUPS_TABLE, ctx.inputFmt, years),
      wrap: TARGET_GROUPS_TABLE.columns.map((col) => col.kind === "text")
    },
    tg.headerRow,
    1
  );
  b.width(1, ctx.template.columnWidths.text);
  b.width(2, ctx.template.columnWidths.text + 16);
  years.forEach((_, k) => b.width(tg.firstYearCol + k, ctx.template.columnWidths.year));
  b.freeze(tg.headerRow, 2);
  return b.build();
}
