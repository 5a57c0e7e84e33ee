import { cellRef, onSheet, rangeRef } from "../../sheetModel/a1";
import { matchKey } from "../../engine";
import { ACTUAL_VOLUMES_TABLE, EFFECTS_TABLE, TARGET_GROUPS_TABLE } from "../../sheetModel/tables/inputTables";
import { columnNumber, firstYearColumn } from "../../sheetModel/tables/tableSpec";
import type { BuildContext } from "../context";
import { countWhere, sameKey, sumWhere } from "../formulas/keyMatch";
import type { Layout } from "../layout";
import type { SheetBuilder } from "../sheetBuilder";
import { targetGroupName } from "./nameByKey";

/** Where a block of volumes per effect and year sits: its year row and first effect row. */
interface VolumeBlock {
  readonly yearRow: number;
  readonly firstRow: number;
}

/** The formula-ready volumes of effect i: the row range and year k's cell, and the years above. */
export interface EffectVolumes {
  readonly volumes: (i: number) => string;
  readonly volumeAt: (i: number, k: number) => string;
  readonly volumeYears: string;
}

function refsOf(sheet: string, at: VolumeBlock, firstYearCol: number, n: number): EffectVolumes {
  return {
    volumes: (i) => onSheet(sheet, rangeRef(at.firstRow + i, firstYearCol, at.firstRow + i, firstYearCol + n - 1)),
    volumeAt: (i, k) => onSheet(sheet, cellRef(at.firstRow + i, firstYearCol + k, true)),
    volumeYears: onSheet(sheet, rangeRef(at.yearRow, firstYearCol, at.yearRow, firstYearCol + n - 1))
  };
}

/**
 * The planned volumes per effect on Effekter, for formulas on other sheets.
 *
 * @example
 * plannedVolumeRefs(ctx, layout).volumeAt(0, 0); // "Effekter!$D$22"
 */
export function plannedVolumeRefs(ctx: BuildContext, layout: Layout): EffectVolumes {
  const e = layout.effects;
  return refsOf(ctx.sheet("effects"), { yearRow: e.volumeYearRow, firstRow: e.volumeFirstRow }, e.firstYearCol, layout.n);
}

/**
 * Effekter: each effect's target-group volumes per year, found by the engine's key rule
 * (the effect's target-group id against SINV_Malgrupper's ids, trimmed and case-insensitive;
 * #N/A unless exactly one group matches), so a target group typed by hand in SINV_Effekter
 * is followed as the engine follows it. The savings formulas read these rows.
 *
 * @example
 * writePlannedVolumes(b, ctx, layout).volumeAt(0, 0); // "Effekter!$D$22" (10 pupils in 2017)
 */
export function writePlannedVolumes(b: SheetBuilder, ctx: BuildContext, layout: Layout): EffectVolumes {
  const { fmt, years, file } = ctx;
  const e = layout.effects;
  const tg = layout.targetGroups;
  const T = ctx.sheet("targetGroups");
  const at = { yearRow: e.volumeYearRow, firstRow: e.volumeFirstRow };
  const ids = onSheet(T, rangeRef(tg.firstRow, columnNumber(TARGET_GROUPS_TABLE, "id"), tg.firstRow + tg.rows - 1, columnNumber(TARGET_GROUPS_TABLE, "id")));
  header(b, ctx, at, e.firstYearCol, "effectVolumes");
  file.investment.effects.forEach((effect, i) => {
    const r = at.firstRow + i;
    const group = file.investment.targetGroups.find((g) => matchKey(g.id) === matchKey(effect.targetGroupId));
    const key = cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "group"), true);
    b.formula(r, 1, cellRef(e.firstRow + i, columnNumber(EFFECTS_TABLE, "name"), true), { style: "label", expect: effect.name, wrap: true });
    const name = targetGroupName(ctx, layout, key, effect.targetGroupId);
    b.formula(r, 2, name.formula, { expect: name.expect, wrap: true });
    b.formula(r, 3, countWhere(sameKey(ids, key)), { numFmt: fmt.integer, expect: group ? 1 : 0 });
    const count = cellRef(r, 3, true);
    years.forEach((y, k) => {
      const column = onSheet(T, rangeRef(tg.firstRow, tg.firstYearCol + k, tg.firstRow + tg.rows - 1, tg.firstYearCol + k));
      b.formula(r, e.firstYearCol + k, `IF(${count}=1,${sumWhere(column, [sameKey(ids, key)])},NA())`, {
        numFmt: fmt.integer,
        expect: group?.volumes[String(y)] ?? 0
      });
    });
  });
  return plannedVolumeRefs(ctx, layout);
}

/**
 * Uppföljning: each effect's volumes per year completed as the engine completes them
 * (src/engine/actuals.ts): the actual volume where SINV_UtfallVolymer holds one for the
 * effect's target group (matched by id, trimmed and case-insensitive), otherwise the
 * planned volume from Effekter.
 *
 * @example
 * writeActualVolumes(b, ctx, layout).volumeAt(0, 0); // only 2017's 8 given: 8, then 10, 10
 */
export function writeActualVolumes(b: SheetBuilder, ctx: BuildContext, layout: Layout): EffectVolumes {
  const { fmt, years, file, followUp } = ctx;
  const f = layout.followUp;
  const at = { yearRow: f.volumeYearRow, firstRow: f.volumeFirstRow };
  const planned = plannedVolumeRefs(ctx, layout);
  const S = ctx.sheet("followUp");
  const firstYearCol = firstYearColumn(ACTUAL_VOLUMES_TABLE);
  const last = f.firstRow + Math.max(file.investment.targetGroups.length, 1) - 1;
  const idCol = columnNumber(ACTUAL_VOLUMES_TABLE, "id");
  const ids = rangeRef(f.firstRow, idCol, last, idCol);
  header(b, ctx, at, firstYearCol, "actualEffectVolumes");
  file.investment.effects.forEach((effect, i) => {
    const r = at.firstRow + i;
    const group = file.investment.targetGroups.find((g) => matchKey(g.id) === matchKey(effect.targetGroupId));
    const completed = group ? followUp.completed.volumes.get(group.id) : undefined;
    const key = onSheet(ctx.sheet("effects"), cellRef(layout.effects.firstRow + i, columnNumber(EFFECTS_TABLE, "group"), true));
    b.formula(r, 1, onSheet(ctx.sheet("effects"), cellRef(layout.effects.firstRow + i, columnNumber(EFFECTS_TABLE, "name"), true)), { style: "label", expect: effect.name, wrap: true });
    const name = targetGroupName(ctx, layout, key, effect.targetGroupId);
    b.formula(r, 2, name.formula, { expect: name.expect, wrap: true });
    years.forEach((_, k) => {
      const column = rangeRef(f.firstRow, firstYearCol + k, last, firstYearCol + k);
      const given = `${sumWhere(`(${column}<>"")`, [sameKey(ids, key)])}>0`;
      b.formula(r, firstYearCol + k, `IF(${given},${sumWhere(column, [sameKey(ids, key)])},${planned.volumeAt(i, k)})`, {
        numFmt: fmt.integer,
        ...(completed ? { expect: completed[k]!.value } : {})
      });
    });
  });
  return refsOf(S, at, firstYearCol, years.length);
}

function header(b: SheetBuilder, ctx: BuildContext, at: VolumeBlock, firstYearCol: number, title: "effectVolumes" | "actualEffectVolumes"): void {
  const { t, fmt, years } = ctx;
  b.value(at.yearRow - 1, 1, t(title), { style: "subtitle" });
  b.value(at.yearRow, 1, t("effect"), { style: "header" });
  b.value(at.yearRow, 2, t("targetGroup"), { style: "header" });
  if (title === "effectVolumes") b.value(at.yearRow, 3, t("groupMatches"), { style: "header" });
  years.forEach((y, k) => b.value(at.yearRow, firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
}
