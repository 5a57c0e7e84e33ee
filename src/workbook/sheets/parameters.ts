import { cellRef } from "../../sheetModel/a1";
import type { BuildContext } from "../context";
import type { Layout, ParamKey } from "../layout";
import { PARAM_ROWS } from "../layout";
import type { SheetPlan } from "../../sheetModel/plan";
import { SheetBuilder } from "../sheetBuilder";
import type { LabelKey } from "../template";
import { dec, indexFactor, isDomainError, presetRules } from "../../engine";
import { DEPARTMENTS_TABLE, PARTNERS_TABLE, PRICE_INDEX_TABLE } from "../../sheetModel/tables/inputTables";
import { blankRow, tableHeaders, tableNumFmts, tableRow } from "../../sheetModel/tables/tableSpec";
import { departmentRow } from "../../sheetModel/tables/investmentRows";

/**
 * The name of the preset the rules start from (changed values show in the parameters).
 *
 * @example
 * presetName(ctx); // "Örebro 2013–2019 (med återföring)"
 */
export function presetName(ctx: BuildContext): string {
  const preset = presetRules(ctx.file.rules.preset);
  const rules = isDomainError(preset) ? ctx.rules : preset;
  return ctx.lang === "en" ? rules.name.en : rules.name.sv;
}

/**
 * Parametrar: the rule set and the scenario's values (inputs), the price index (PKV) with
 * its chain index, the departments with their areas and the partners.
 *
 * @example
 * parametersSheet(ctx, layout).cells.find((c) => c.ref === "B8")?.value; // 0.05 (fee)
 */
export function parametersSheet(ctx: BuildContext, layout: Layout): SheetPlan {
  const b = new SheetBuilder(ctx.sheet("parameters"));
  const { t, fmt, rules, scenario, file } = ctx;
  const inv = file.investment;
  b.value(1, 1, t("parametersTitle"), { style: "title" });
  b.prose(2, 1, t("scenarioNote"), { style: "note" });
  b.value(3, 1, t("parameter"), { style: "header" });
  b.value(3, 2, t("value"), { style: "header" });
  b.value(3, 3, t("explanation"), { style: "header" });
  const planKind = rules.repaymentPlan === "even" ? t("planEven") : t("planFollowSavings");
  const rows: [ParamKey, LabelKey, string | number | boolean | null, string | undefined][] = [
    ["ruleSet", "ruleSet", presetName(ctx), undefined],
    ["startYear", "startYear", inv.startYear, fmt.year],
    ["endYear", "endYear", inv.endYear, fmt.year],
    ["horizonYears", "horizonYears", scenario.horizonYears, fmt.integer],
    ["feeShare", "feeShare", rules.feeShare, fmt.share],
    ["floorShare", "floorShare", rules.floorShare, fmt.share],
    ["repaymentModel", "repaymentModel", rules.repaymentModel, undefined],
    ["discountRate", "discountRate", scenario.discountRate, fmt.share],
    ["baseYear", "baseYear", scenario.baseYear, fmt.year],
    ["includeDuring", "includeDuring", scenario.includeDuring, undefined],
    ["shareFactor", "shareFactor", scenario.shareFactor, fmt.decimal],
    ["volumeFactor", "volumeFactor", scenario.volumeFactor, fmt.decimal],
    ["unitCostFactor", "unitCostFactor", scenario.unitCostFactor, fmt.decimal],
    ["priceYear", "priceYear", inv.priceYear ?? null, fmt.year],
    ["repaymentPlanKind", "repaymentPlanKind", planKind, undefined],
    ["instalmentYears", "instalmentYears", rules.instalmentYears, fmt.integer],
    ["minDuration", "minDuration", rules.minDurationYears, fmt.integer],
    ["maxDuration", "maxDuration", rules.maxDurationYears, fmt.integer],
    ["maxNewPerYear", "maxNewPerYear", rules.maxNewPerYear, fmt.integer]
  ];
  for (const [key, label, value, numFmt] of rows) {
    const row = PARAM_ROWS[key];
    b.value(row, 1, t(label), { style: "label" });
    b.value(row, 2, value, { style: "input", ...(numFmt ? { numFmt } : {}), ...(typeof value === "string" ? { wrap: true } : {}) });
  }
  b.value(PARAM_ROWS.repaymentPlanKind, 3, `${t("planFollowSavings")} / ${t("planEven")}`, { style: "note" });
  b.value(PARAM_ROWS.ruleSet, 3, rules.source, { style: "note", wrap: true });

  // Price index (PKV) as shares per year, and a chain index to move prices between years.
  const ix = layout.index;
  b.value(ix.headerRow - 1, 1, t("priceIndexTitle"), { style: "subtitle" });
  const rates = Object.entries(inv.indexRates ?? {})
    .map(([y, r]) => [Number(y), r] as const)
    .sort((a, c) => a[0] - c[0]);
  const indexYears = rates.map(([y]) => y);
  if (inv.priceYear !== undefined || rates.length === 0) {
    const base = Math.min(inv.priceYear ?? inv.startYear, ...(indexYears.length ? [indexYears[0]! - 1] : []), ...inv.unitCosts.map((u) => u.priceYear));
    if (!indexYears.includes(base)) indexYears.unshift(base);
  }
  const rateOf = new Map(rates);
  const tableRows = indexYears.slice(0, ix.rows).map((y) => tableRow(PRICE_INDEX_TABLE, { year: y, rate: rateOf.get(y) ?? null }));
  b.table({ name: PRICE_INDEX_TABLE.name, columns: tableHeaders(PRICE_INDEX_TABLE, t), rows: tableRows, numFmts: tableNumFmts(PRICE_INDEX_TABLE, ctx.inputFmt) }, ix.headerRow, 1);
  b.value(ix.headerRow, 4, t("indexChain"), { style: "header" });
  // Each row's chain index is the engine's factor from the first year (one with no rate in between, where the chain's product is not that factor, carries none).
  const decRates = new Map(rates.map(([y, r]) => [y, dec(r)] as const));
  tableRows.forEach((_, i) => {
    const r = ix.firstRow + i;
    const factor = indexFactor(indexYears[0]!, indexYears[i]!, decRates);
    const expect = isDomainError(factor) ? {} : { expect: factor.toNumber() };
    if (i === 0) b.formula(r, 4, "1", { numFmt: "0.000000", ...expect });
    else b.formula(r, 4, `${cellRef(r - 1, 4)}*(1+${cellRef(r, 2)})`, { numFmt: "0.000000", ...expect });
  });

  // Departments (committees) with their areas, and partners.
  const dt = layout.departmentsTable;
  b.value(dt.headerRow - 1, 1, t("departments"), { style: "subtitle" });
  b.table(
    {
      name: DEPARTMENTS_TABLE.name,
      columns: tableHeaders(DEPARTMENTS_TABLE, t),
      rows: inv.departments.length ? inv.departments.map((d) => tableRow(DEPARTMENTS_TABLE, departmentRow(d))) : [blankRow(DEPARTMENTS_TABLE)]
    },
    dt.headerRow,
    1
  );
  const pt = layout.partnersTable;
  b.value(pt.headerRow - 1, 1, t("partners"), { style: "subtitle" });
  const partners = file.investment.partners ?? [];
  b.table(
    {
      name: PARTNERS_TABLE.name,
      columns: tableHeaders(PARTNERS_TABLE, t),
      rows: partners.length ? partners.map((p) => tableRow(PARTNERS_TABLE, { name: p.name, kind: p.kind })) : [blankRow(PARTNERS_TABLE)]
    },
    pt.headerRow,
    1
  );
  b.width(1, ctx.template.columnWidths.label);
  b.width(2, ctx.template.columnWidths.value + 10);
  b.width(3, ctx.template.columnWidths.text + 20);
  b.width(4, ctx.template.columnWidths.value);
  return b.build();
}
