/**
 * Kontroller (Checks), as financial modellers keep one (FAST, ICAEW): live checks that the
 * workbook is on its base case, that parts add up to totals, that no lookup failed and that
 * inputs are within the engine's bounds, one row each with the value found, the value
 * expected, the difference and OK; one master check, the workbook name SINV_ChecksOK, TRUE
 * when every row is OK; and its status line and scenario banner on Översikt.
 */
import { cellRef, onSheet, parseCell, rangeRef } from "../../sheetModel/a1";
import type { CellPlan, NamePlan, SheetPlan } from "../../sheetModel/plan";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import { SheetBuilder } from "../sheetBuilder";
import type { LabelKey } from "../template";
import { baseCaseChecks } from "./checksBaseCase";
import { lookupChecks } from "./checksLookups";
import { PlanCells } from "./checksPlan";
import { rangeChecks } from "./checksRanges";
import type { CheckRow } from "./checksRows";
import { CHECK_COLUMNS, MONEY_TOLERANCE, writeCheckRow } from "./checksRows";
import { sumChecks } from "./checksSums";

/** The workbook name of the master check: TRUE when every check passes. */
export const CHECKS_OK_NAME = "SINV_ChecksOK";

/** Rows of the checks sheet's head (values in column B) and of its column headers. */
export const CHECKS_ROWS = { master: 3, failed: 4, baseCase: 5, tolerance: 6, header: 8 } as const;

/** Rows of Översikt the checks write: the status line near the top and the scenario banner (both empty rows before). */
export const OVERVIEW_STATUS_ROWS = { status: 2, banner: 8 } as const;

/** What the checks give on the plan's values (undefined where a value is unknown). */
export interface ChecksStatus {
  readonly allOk: boolean | undefined;
  readonly failed: number | undefined;
  readonly baseCase: boolean | undefined;
}

/** The checks sheet, its workbook name and its status. */
export interface ChecksResult {
  readonly sheet: SheetPlan;
  readonly names: NamePlan[];
  readonly status: ChecksStatus;
}

function countFailed(passes: readonly (boolean | undefined)[]): number | undefined {
  return passes.some((p) => p === undefined) ? undefined : passes.filter((p) => p === false).length;
}

/**
 * Builds the checks sheet from the other sheets as planned (the checks read their cells and
 * the values the plan gives them).
 *
 * @example
 * const checks = checksSheet(ctx, layout, sheets);
 * checks.names[0]; // { name: "SINV_ChecksOK", sheet: "Kontroller", ref: "$B$3" }
 * checks.status.allOk; // true for every shipped example
 */
export function checksSheet(ctx: BuildContext, layout: Layout, sheets: readonly SheetPlan[]): ChecksResult {
  const { t, fmt } = ctx;
  const cells = new PlanCells(sheets);
  const name = ctx.sheet("checks");
  const b = new SheetBuilder(name);
  const C = CHECK_COLUMNS;
  const H = CHECKS_ROWS;
  b.value(1, 1, t("checksTitle"), { style: "title" });
  b.prose(2, 1, t("checksNote"), { style: "note" });
  b.value(H.master, 1, t("checksAllOk"), { style: "label" });
  b.value(H.failed, 1, t("checksFailedCount"), { style: "label" });
  b.value(H.baseCase, 1, t("checksOnBaseCase"), { style: "label" });
  b.value(H.tolerance, 1, t("checksTolerance"), { style: "label" });
  b.value(H.tolerance, 2, MONEY_TOLERANCE, { style: "input", numFmt: "0.000" });
  const headers: [number, LabelKey][] = [
    [C.description, "checkDescription"],
    [C.found, "checkFound"],
    [C.expected, "checkExpected"],
    [C.difference, "checkDifference"],
    [C.ok, "checkOk"]
  ];
  for (const [col, key] of headers) b.value(H.header, col, t(key), { style: "header" });

  const sections: [LabelKey, CheckRow[]][] = [
    ["checksBaseCaseTitle", baseCaseChecks(ctx, layout, cells)],
    ["checksSumsTitle", sumChecks(ctx, layout, cells)],
    ["checksLookupsTitle", lookupChecks(ctx, layout, cells)],
    ["checksRangesTitle", rangeChecks(ctx, layout, cells)]
  ];
  const tolerance = cellRef(H.tolerance, C.found, true);
  const okRanges: string[] = [];
  const passes: (boolean | undefined)[] = [];
  let baseCase: (boolean | undefined)[] = [];
  let row = H.header + 1;
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    b.value(row++, 1, t(title), { style: "subtitle" });
    const first = row;
    const here = rows.map((check) => writeCheckRow(b, check, row++, tolerance, fmt));
    okRanges.push(rangeRef(first, C.ok, row - 1, C.ok));
    if (title === "checksBaseCaseTitle") baseCase = here;
    passes.push(...here);
    row += 1;
  }

  const failed = countFailed(passes);
  const notOk = (range: string): string => `SUMPRODUCT(1-(${range}))`;
  b.formula(H.failed, C.found, okRanges.map(notOk).join("+"), { numFmt: fmt.integer, ...(failed === undefined ? {} : { expect: failed }) });
  b.formula(H.master, C.found, `IFERROR(${cellRef(H.failed, C.found)}=0,FALSE())`, { style: "result", ...(failed === undefined ? {} : { expect: failed === 0 }) });
  const baseFailed = countFailed(baseCase);
  b.formula(H.baseCase, C.found, `IFERROR(${notOk(okRanges[0]!)}=0,FALSE())`, { style: "result", ...(baseFailed === undefined ? {} : { expect: baseFailed === 0 }) });

  const w = ctx.template.columnWidths;
  b.width(C.description, w.text + 60);
  b.widths(C.found, [w.value + 4, w.value + 4, w.value + 4, w.year]);
  b.freeze(H.header, 1);
  return {
    sheet: b.build(),
    names: [{ name: CHECKS_OK_NAME, sheet: name, ref: cellRef(H.master, C.found, true) }],
    status: { allOk: failed === undefined ? undefined : failed === 0, failed, baseCase: baseFailed === undefined ? undefined : baseFailed === 0 }
  };
}

/**
 * Översikt with the checks' status line (row 2: "Kontroller", TRUE/FALSE, and in words) and
 * the scenario banner (row 8, empty on the base case), all live on the checks sheet. Refuses
 * to write over a cell Översikt already has.
 *
 * @example
 * withChecksStatus(overview, ctx, { allOk: true, failed: 0, baseCase: true }).cells.find((c) => c.ref === "D2")?.expect; // "Alla kontroller stämmer."
 */
export function withChecksStatus(overview: SheetPlan, ctx: BuildContext, status: ChecksStatus): SheetPlan {
  const { t } = ctx;
  const K = ctx.sheet("checks");
  const at = (r: number): string => onSheet(K, cellRef(r, CHECK_COLUMNS.found, true));
  const b = new SheetBuilder(overview.name);
  const { status: s, banner } = OVERVIEW_STATUS_ROWS;
  const okText = t("checksStatusOk");
  const failedText = t("checksStatusFailed");
  const bannerText = t("scenarioBanner");
  b.value(s, 1, t("checksStatus"), { style: "label" });
  // Ja/Nej as on the rest of Översikt (the logical value itself is SINV_ChecksOK on Kontroller; LibreOffice printed it read from here as 1).
  const [yes, no] = [t("yes"), t("no")];
  b.formula(s, 3, `IF(${at(CHECKS_ROWS.master)},"${yes}","${no}")`, { style: "result", ...(status.allOk === undefined ? {} : { expect: status.allOk ? yes : no }) });
  b.formula(s, 4, `IF(${at(CHECKS_ROWS.master)},"${okText}",${at(CHECKS_ROWS.failed)}&" ${failedText}")`, {
    style: "note",
    ...(status.failed === undefined ? {} : { expect: status.failed === 0 ? okText : `${status.failed} ${failedText}` })
  });
  b.formula(banner, 1, `IF(${at(CHECKS_ROWS.baseCase)},"","${bannerText}")`, { style: "warning", ...(status.baseCase === undefined ? {} : { expect: status.baseCase ? "" : bannerText }) });
  const added: readonly CellPlan[] = b.build().cells;
  const taken = new Set(overview.cells.map((c) => parseCell(c.ref)).map((p) => cellRef(p.row, p.col)));
  const clash = added.find((c) => taken.has(c.ref));
  if (clash) throw new Error(`${overview.name}!${clash.ref} is already written; the checks' status line needs rows ${s} and ${banner} free.`);
  return { ...overview, cells: [...overview.cells, ...added] };
}
