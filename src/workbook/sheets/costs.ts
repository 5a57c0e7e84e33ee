import { cellRef, rangeRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout } from "../layout";
import type { CellValue, SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { CostCategory, Dec } from "../../engine";
import { ZERO, dec, excelTrim, oreNumber, staffPay } from "../../engine";
import type { LabelKey } from "../template";
import { COSTS_TABLE, STAFF_TABLE } from "../../sheetModel/tables/inputTables";
import { blankRow, columnDef, columnNumber, tableHeaders, tableNumFmts, tableRow, tokenText, tokenWords } from "../../sheetModel/tables/tableSpec";
import { isToken, sameKey, sumWhere } from "../formulas/keyMatch";
import { hideZero } from "../amountFormat";
import { departmentCells, departmentName } from "./nameByKey";
import { costLineRow } from "../../sheetModel/tables/investmentRows";

/** A word for readers with a capital first letter ("övrigt" → "Övrigt"); token words stay as they are in the input tables. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv-SE") + text.slice(1);
}

const CATEGORIES = (columnDef(COSTS_TABLE, "category").tokens ?? []).map((x) => x.value as CostCategory);


/**
 * Kostnadskalkyl: cost lines × years (table SINV_Kostnader), staff lines from monthly salary,
 * FTE, months and payroll overhead (table SINV_Personal) with their cost per year, and the
 * totals per year, fund and co-financing, per department and per category.
 *
 * @example
 * costsSheet(ctx, layout); // the total cost cell holds the engine's 12 200 000 as its expect
 */
export function costsSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const { t, fmt, years, file } = ctx;
  const inv = file.investment;
  const n = years.length;
  const c = layout.costs;
  const b = new SheetBuilder(ctx.sheet("costs"));
  const token = (f: "fund" | "cofinancing"): string => tokenText(COSTS_TABLE, "financing", f, t);
  const words = (key: "category" | "financing", value: string): string[] => tokenWords(columnDef(COSTS_TABLE, key), value, ctx.both);
  const K = (key: "category" | "department" | "financing"): number => columnNumber(COSTS_TABLE, key);
  const S = (key: "id" | "department" | "financing" | "salary" | "fte" | "po"): number => columnNumber(STAFF_TABLE, key);
  b.value(1, 1, t("costsTitle"), { style: "title" });
  b.prose(2, 1, t("inputHint"), { style: "note" });

  // Fixed amounts per year.
  const fixed = inv.costLines.filter((l) => !l.staff || l.amounts);
  b.value(c.yearRow, c.firstYearCol - 1, t("year"), { style: "label" });
  years.forEach((y, k) => b.value(c.yearRow, c.firstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  const fixedRows: CellValue[][] = fixed.length
    ? fixed.map((l) =>
        tableRow(
          COSTS_TABLE,
          costLineRow(l, t),
          years.map((y) => l.amounts?.[String(y)] ?? 0)
        )
      )
    : [blankRow(COSTS_TABLE, years)];
  b.table(
    {
      name: COSTS_TABLE.name,
      columns: tableHeaders(COSTS_TABLE, t, years),
      rows: fixedRows,
      numFmts: tableNumFmts(COSTS_TABLE, ctx.inputFmt, years),
      wrap: COSTS_TABLE.columns.map((col) => col.kind === "text")
    },
    c.headerRow,
    1
  );
  const lineTotalCol = c.firstYearCol + n;
  b.value(c.headerRow, lineTotalCol, t("total"), { style: "header" });
  for (let i = 0; i < c.rows; i++) {
    const r = c.firstRow + i;
    const line = fixed[i];
    const expected = line ? years.reduce((s, y) => s.plus(dec(line.amounts?.[String(y)] ?? 0)), ZERO) : ZERO;
    b.formula(r, lineTotalCol, `SUM(${rangeRef(r, c.firstYearCol, r, c.firstYearCol + n - 1, false)})`, { numFmt: fmt.money, style: "total", expect: oreNumber(expected) });
  }

  // Staff lines: salary basis and months per year.
  const staff = inv.costLines.filter((l) => l.staff);
  b.value(c.staffYearRow - 1, 1, t("staffLines"), { style: "subtitle" });
  years.forEach((y, k) => b.value(c.staffYearRow, c.staffFirstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(c.staffYearRow, c.staffFirstYearCol - 1, t("monthsHint"), { style: "label", wrap: true });
  const staffRows: CellValue[][] = staff.length
    ? staff.map((l) =>
        tableRow(
          STAFF_TABLE,
          { id: l.id, description: l.description, department: l.departmentId, financing: token(l.financing), salary: l.staff!.monthlySalary, fte: l.staff!.fte, po: l.staff!.payrollOverhead },
          years.map((y) => l.staff!.months[String(y)] ?? 0)
        )
      )
    : [blankRow(STAFF_TABLE, years)];
  b.table(
    {
      name: STAFF_TABLE.name,
      columns: tableHeaders(STAFF_TABLE, t, years),
      rows: staffRows,
      numFmts: tableNumFmts(STAFF_TABLE, ctx.inputFmt, years),
      wrap: STAFF_TABLE.columns.map((col) => col.kind === "text")
    },
    c.staffHeaderRow,
    1
  );

  // Staff cost per line and year: described and named for readers; an empty staff table
  // says so, and its live formulas (for the rows a user adds) print no zeros.
  const payFmt = staff.length > 0 ? fmt.money : hideZero(fmt.money);
  b.value(c.payYearRow - 1, 1, t("staffCostPerYear"), { style: "subtitle" });
  years.forEach((y, k) => b.value(c.payYearRow, c.staffFirstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(c.payYearRow, c.staffFirstYearCol + n, t("total"), { style: "header" });
  for (let i = 0; i < c.staffRows; i++) {
    const r = c.payFirstRow + i;
    const src = c.staffFirstRow + i;
    const line = staff[i];
    const description = cellRef(src, columnNumber(STAFF_TABLE, "description"));
    const id = cellRef(src, S("id"));
    // The line as readers know it: its description, else its id, else (a blank row, as the
    // one an empty staff table has) the words that there are no staff lines.
    const shown = line ? excelTrim(line.description ?? "") || excelTrim(line.id) : "";
    b.formula(r, 1, `IF(TRIM(${description})<>"",TRIM(${description}),IF(TRIM(${id})<>"",TRIM(${id}),"${t("noStaffLines")}"))`, {
      style: line ? "label" : "note",
      expect: shown === "" ? t("noStaffLines") : shown
    });
    const dept = departmentName(ctx, layout, cellRef(src, S("department")), line?.departmentId ?? "");
    b.formula(r, 3, dept.formula, { expect: dept.expect });
    // TRIM: the token as text whatever it looks like (a blank gives "", not 0).
    b.formula(r, 4, `TRIM(${cellRef(src, S("financing"))})`, { expect: line ? excelTrim(token(line.financing)) : "" });
    let lineTotal = ZERO;
    years.forEach((y, k) => {
      const col = c.staffFirstYearCol + k;
      const months = cellRef(src, col);
      const [salary, fte, po] = [S("salary"), S("fte"), S("po")].map((col) => cellRef(src, col));
      const formula =
        ctx.formulas === "sinv"
          ? `IF(OR(${salary}="",${fte}="",${months}="",${po}=""),0,SINV.STAFFCOST(${salary},${fte},${months},${po}))`
          : `ROUND(${salary}*${fte}*${months}*(1+${po}),2)`;
      const pay = line ? staffPay(line.staff!, y) : ZERO;
      lineTotal = lineTotal.plus(pay);
      b.formula(r, col, formula, { numFmt: payFmt, expect: oreNumber(pay) });
    });
    b.formula(r, c.staffFirstYearCol + n, `SUM(${rangeRef(r, c.staffFirstYearCol, r, c.staffFirstYearCol + n - 1, false)})`, { numFmt: payFmt, style: "total", expect: oreNumber(lineTotal) });
  }

  // Totals per year: fund and co-financing.
  const costLast = c.firstRow + c.rows - 1;
  const payLast = c.payFirstRow + c.staffRows - 1;
  const finCol = rangeRef(c.firstRow, K("financing"), costLast, K("financing"));
  const payFinCol = rangeRef(c.payFirstRow, 4, payLast, 4);
  b.value(c.totalsYearRow - 1, 1, t("costPerYear"), { style: "subtitle" });
  years.forEach((y, k) => b.value(c.totalsYearRow, c.totalsFirstYearCol + k, y, { numFmt: fmt.year, style: "header" }));
  b.value(c.totalsYearRow, c.totalsFirstYearCol + n, t("total"), { style: "header" });
  const perYear = (kind: "fund" | "cofinancing"): Dec[] =>
    years.map((_, k) => ctx.ev.costLines.filter((l) => l.fund === (kind === "fund")).reduce((s, l) => s.plus(l.byYear[k] as Dec), ZERO));
  const rowsSpec: [number, LabelKey, string[], Dec[]][] = [
    [c.fundRow, "fundPerYear", words("financing", "fund"), perYear("fund")],
    [c.cofinancingRow, "cofinancingPerYear", words("financing", "cofinancing"), perYear("cofinancing")]
  ];
  for (const [row, label, tok, expected] of rowsSpec) {
    b.value(row, 1, t(label), { style: "label" });
    years.forEach((_, k) => {
      const costCol = rangeRef(c.firstRow, c.firstYearCol + k, costLast, c.firstYearCol + k);
      const payCol = rangeRef(c.payFirstRow, c.staffFirstYearCol + k, payLast, c.staffFirstYearCol + k);
      b.formula(row, c.totalsFirstYearCol + k, `${sumWhere(costCol, [isToken(finCol, tok)])}+${sumWhere(payCol, [isToken(payFinCol, tok)])}`, {
        numFmt: fmt.money,
        expect: oreNumber(expected[k] as Dec)
      });
    });
    const total = expected.reduce((s, x) => s.plus(x), ZERO);
    b.formula(row, c.totalsFirstYearCol + n, `SUM(${rangeRef(row, c.totalsFirstYearCol, row, c.totalsFirstYearCol + n - 1, false)})`, {
      numFmt: fmt.money,
      style: "total",
      expect: oreNumber(total)
    });
  }
  b.value(c.totalRow, 1, t("total"), { style: "label" });
  years.forEach((_, k) => {
    const col = c.totalsFirstYearCol + k;
    const f = perYear("fund")[k]!.plus(perYear("cofinancing")[k]!);
    b.formula(c.totalRow, col, `${cellRef(c.fundRow, col)}+${cellRef(c.cofinancingRow, col)}`, { numFmt: fmt.money, style: "total", expect: oreNumber(f) });
  });

  // Fund-financed cost per department and per category.
  const lineTotals = rangeRef(c.firstRow, lineTotalCol, costLast, lineTotalCol);
  const payTotals = rangeRef(c.payFirstRow, c.staffFirstYearCol + n, payLast, c.staffFirstYearCol + n);
  const deptCol = rangeRef(c.firstRow, K("department"), costLast, K("department"));
  // Row by row with the pay block, the staff table's own department column (the block shows names).
  const payDeptCol = rangeRef(c.staffFirstRow, S("department"), c.staffFirstRow + c.staffRows - 1, S("department"));
  b.value(c.deptHeaderRow - 1, 1, t("costByDepartment"), { style: "subtitle" });
  b.value(c.deptHeaderRow, 1, t("department"), { style: "header" });
  b.value(c.deptHeaderRow, 2, "", { style: "header" });
  b.value(c.deptHeaderRow, 3, t("fundPerYear"), { style: "header" });
  inv.departments.forEach((d, i) => {
    const r = c.deptHeaderRow + 1 + i;
    const cells = departmentCells(ctx, layout, i);
    b.formula(r, 1, cells.name, { expect: d.name });
    const id = cells.id;
    b.formula(r, 3, `${sumWhere(lineTotals, [sameKey(deptCol, id), isToken(finCol, words("financing", "fund"))])}+${sumWhere(payTotals, [sameKey(payDeptCol, id), isToken(payFinCol, words("financing", "fund"))])}`, {
      numFmt: fmt.money,
      expect: oreNumber(ctx.ev.costByDepartment.get(d.id) ?? ZERO)
    });
  });
  const catCol = rangeRef(c.firstRow, K("category"), costLast, K("category"));
  b.value(c.catHeaderRow - 1, 1, t("costByCategory"), { style: "subtitle" });
  b.value(c.catHeaderRow, 1, t("category"), { style: "header" });
  b.value(c.catHeaderRow, 2, "", { style: "header" });
  b.value(c.catHeaderRow, 3, t("fundPerYear"), { style: "header" });
  CATEGORIES.forEach((cat, i) => {
    const r = c.catHeaderRow + 1 + i;
    b.value(r, 1, capitalized(tokenText(COSTS_TABLE, "category", cat, t)));
    let expected = ZERO;
    for (const l of inv.costLines) {
      if (l.financing !== "fund") continue;
      if (l.amounts && l.category === cat) expected = expected.plus(years.reduce((s, y) => s.plus(dec(l.amounts?.[String(y)] ?? 0)), ZERO));
      if (l.staff && cat === "staff") {
        for (const y of years) expected = expected.plus(staffPay(l.staff, y));
      }
    }
    const staffPart = cat === "staff" ? `+${sumWhere(payTotals, [isToken(payFinCol, words("financing", "fund"))])}` : "";
    b.formula(r, 3, `${sumWhere(lineTotals, [isToken(catCol, words("category", cat)), isToken(finCol, words("financing", "fund"))])}${staffPart}`, { numFmt: fmt.money, expect: oreNumber(expected) });
  });

  const w = ctx.template.columnWidths;
  // Narrow label columns (their headers wrap), so the year columns print as large as they can.
  b.widths(1, [w.text - 4, w.text + 6, w.text - 2, w.text - 2, w.text - 2]);
  for (let k = 0; k <= n + 2; k++) b.width(c.firstYearCol + k, w.year);
  b.width(c.staffFirstYearCol + n, w.value - 2);
  return b.build();
}
