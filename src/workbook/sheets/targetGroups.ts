import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { YearValues } from "../../engine";

/**
 * A table of values per year (target-group volumes, planned or actual): numeric years above
 * the table's header row, then one row per group.
 *
 * @example
 * yearTableRows([{ id: "g", name: "G", volumes: { 2017: 10 } }], [2017, 2018]); // [["g", "G", 10, 0]]
 */
export function yearTableRows(groups: readonly { id: string; name: string; volumes: YearValues }[], years: readonly number[]): (string | number | null)[][] {
  if (groups.length === 0) return [[null, null, ...years.map(() => null)]];
  return groups.map((g) => [g.id, g.name, ...years.map((y) => g.volumes[String(y)] ?? 0)]);
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
  b.value(2, 1, t("volumesHint"), { style: "note" });
  b.value(tg.yearRow, 2, t("year"), { style: "label" });
  years.forEach((y, k) => b.value(tg.yearRow, tg.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.table(
    {
      name: "SINV_Malgrupper",
      columns: [t("id"), t("targetGroup"), ...years.map(String)],
      rows: yearTableRows(ctx.file.investment.targetGroups, years),
      numFmts: [undefined, undefined, ...years.map(() => fmt.integer)]
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
