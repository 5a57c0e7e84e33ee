/**
 * Varningar: the engine's warnings as the fund was generated, one a row: kind, year,
 * investments, department, amount and the message in the workbook's language.
 */
import type { FundWarningKind } from "../../../engine";
import type { SheetPlan } from "../../../sheetModel/plan";
import { SheetBuilder } from "../../../workbook/sheetBuilder";
import type { FundContext } from "../fundContext";
import type { FundWordKey } from "../fundWords";

const KIND_WORDS: Readonly<Record<FundWarningKind, FundWordKey>> = {
  crowdedYear: "crowdedYear",
  negativeBalance: "negativeBalance",
  presetYear: "presetYear",
  repaymentAboveSavings: "repaymentAboveSavings",
  shortfall: "shortfallKind",
  unassignedRepayment: "unassignedRepayment",
  evaluatedWithoutActuals: "evaluatedWithoutActuals"
};

/**
 * The warnings sheet.
 *
 * @example
 * warningsSheet(ctx).cells.find((c) => c.ref === "A5")?.value; // "Underskott" (Örebro's first warning: a shortfall)
 */
export function warningsSheet(ctx: FundContext): SheetPlan {
  const { p, t, fmt, lang } = ctx;
  const b = new SheetBuilder(ctx.sheet("warnings"));
  b.value(1, 1, t("warningsTitle"), { style: "title" });
  b.value(2, 1, t("warningsNote"), { style: "note" });
  [t("kind"), t("year"), t("investment"), t("department"), t("measure"), t("message")].forEach((h, j) => b.value(4, j + 1, h, { style: "header" }));
  if (p.warnings.length === 0) b.value(5, 1, t("noWarnings"));
  p.warnings.forEach((w, i) => {
    const row = 5 + i;
    b.value(row, 1, t(KIND_WORDS[w.kind]), { style: "warning" });
    if (w.year !== undefined) b.value(row, 2, w.year, { numFmt: fmt.year });
    if (w.investments !== undefined) b.value(row, 3, w.investments.join(", "));
    if (w.department !== undefined) b.value(row, 4, w.department);
    if (w.amount !== undefined) b.value(row, 5, w.amount, { numFmt: fmt.money });
    b.value(row, 6, lang === "sv" ? w.sv : w.en, { wrap: true });
  });
  const w = ctx.columnWidths;
  b.widths(1, [w.text + 8, w.year, w.text, w.text, w.value, 110]);
  b.freeze(4, 1);
  return b.build();
}
