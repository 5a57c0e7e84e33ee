/**
 * The fund's sheets updated in place ("Lägg till / Uppdatera i fonden"): the generic
 * rebuild (src/sheetModel/rebuildPlan.ts, docs/office-behaviour.md §6) with the fund's
 * plans. The OLD plan is the fund workbook of the fund its hidden source sheet holds — the
 * fund as it was generated, so every stored flow and count is explained — with the cells
 * the pane reads back (statuses, decision years, allocations, the rule for new investments,
 * the source) declared as inputs the user may have changed. The NEW plan is the edited fund
 * (as read back, with the investment added or updated). The sheets keep their names, the
 * user's own sheets stay, the swap is all or nothing; the planner refuses (naming cells)
 * when the user typed over anything else.
 */
import type { FundInput, FundPortfolio } from "../../engine";
import { fundPortfolio, isDomainError } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import { writeXlsxLazily } from "../../sheetModel/lazyXlsx";
import type { WorkbookPlan } from "../../sheetModel/plan";
import { planRebuild } from "../../sheetModel/rebuildPlan";
import type { RebuildReport, RebuildSwap } from "../../sheetModel/rebuildTypes";
import { nameKey } from "../../sheetModel/renameInFormula";
import { WorkbookError } from "../../sheetModel/workbookError";
import type { Template } from "../../workbook/template";
import { buildFundWorkbook } from "../workbook/buildFundWorkbook";
import { FUND_REGISTER } from "../workbook/registerSpec";
import { parseFundSource } from "./fundSource";
import { fundNamesIn } from "./readFund";

function portfolio(fund: FundInput): FundPortfolio {
  const p = fundPortfolio(fund);
  if (isDomainError(p)) throw p;
  return p;
}

/** The swap and the new plan, or a refusal ({@link WorkbookError} "rebuildUnexplained" / "rebuildReferenced" / "rebuildUnreadable" / "rebuildFundCopy"). */
async function prepare(gateway: WorkbookGateway, next: FundInput, template: Template, generatedOn?: string): Promise<{ readonly plan: WorkbookPlan; readonly swap: RebuildSwap }> {
  const contents = await gateway.listSheetsTablesNames();
  const names = fundNamesIn(contents.tables);
  // Decided here: a fund inserted as a copy (suffixed names) is not rebuilt in place: its plan would have other names.
  if (names === undefined) throw new WorkbookError("rebuildUnreadable", { problems: FUND_REGISTER.name });
  if (names.register !== FUND_REGISTER.name) throw new WorkbookError("rebuildFundCopy", { register: names.register });
  const cells = (await gateway.readNamedValues([names.source]))[names.source];
  const source = parseFundSource((cells ?? []).map((r) => (typeof r[0] === "string" ? r[0] : "")).join(""));
  if (!source.ok) throw new WorkbookError("rebuildUnreadable", { problems: source.errors.slice(0, 3).map((e) => e.en).join(" ") });
  const book = await gateway.readWorkbook();
  const asGenerated = portfolio(source.fund);
  // The workbook's language is the one whose sheet names it has (Swedish first).
  let refusal: unknown;
  for (const lang of ["sv", "en"] as const) {
    const old = buildFundWorkbook(asGenerated, { template, lang, ...(generatedOn ? { generatedOn } : {}) });
    if (!old.sheets.some((s) => book.sheets.some((b) => nameKey(b.name) === nameKey(s.name)))) continue;
    try {
      const swap = planRebuild(book, old);
      return { swap, plan: buildFundWorkbook(portfolio(next), { template, lang, ...(generatedOn ? { generatedOn } : {}) }) };
    } catch (error) {
      refusal ??= error;
    }
  }
  throw refusal ?? new WorkbookError("rebuildUnreadable", { problems: FUND_REGISTER.name });
}

/**
 * Rebuilds the fund's sheets from `next` in place, all or nothing.
 *
 * @example
 * // Örebro's fund workbook, Bryggan's cost changed in the pane:
 * await rebuildFund(gateway, withInvestment(read.fund, { input, status: "applied" }).fund, template);
 * // { sheets: ["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"], replaced: 6 }
 */
export async function rebuildFund(gateway: WorkbookGateway, next: FundInput, template: Template, generatedOn?: string): Promise<RebuildReport> {
  const { plan, swap } = await prepare(gateway, next, template, generatedOn);
  return gateway.rebuildInPlace(await writeXlsxLazily(plan), plan, swap);
}
