/**
 * The runner's part for the fund: reading the newest fund of the workbook through the
 * gateway, and writing a fund (the engine's portfolio, built into the fund workbook's plan,
 * written to .xlsx and inserted into the current workbook, or the fund's sheets rebuilt in
 * place: all or nothing, never over a user's sheet). The read-back and the fund's builder load on first use, in chunks of their own.
 */
import { isDomainError } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import { writeXlsxLazily } from "../../sheetModel/lazyXlsx";
import type { Template } from "../../workbook/template";
import type { FundEffect, FundReport } from "./fundState";

/**
 * Carries out a fund effect and reports its outcome; a failure is logged and reported, never swallowed.
 *
 * @example
 * await runFundEffect({ gateway, template }, { type: "readFund", seq: 1 }, dispatch); // dispatches { type: "fundReadDone", seq: 1, outcome: { kind: "none" } }
 */
export async function runFundEffect(env: { readonly gateway: WorkbookGateway; readonly template: Template }, effect: FundEffect, report: (r: FundReport) => void): Promise<void> {
  if (effect.type === "readFund") {
    try {
      // The read-back (the fund file's and scenario file's checks) loads with the Fonden view, in its chunk.
      const { readFundWorkbook } = await import(/* webpackChunkName: "fund" */ "../../fund/readBack/readFundWorkbook");
      report({ type: "fundReadDone", seq: effect.seq, outcome: await readFundWorkbook(env.gateway) });
    } catch (error) {
      console.error("SINV: reading the fund failed", error);
      report({ type: "fundReadFailed", seq: effect.seq, error });
    }
    return;
  }
  try {
    // The fund engine and the builder load on first use, in their own chunk.
    const [{ fundPortfolio }, { buildFundWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "fund-builder" */ "../../engine/fund/portfolio"),
      import(/* webpackChunkName: "fund-builder" */ "../../fund/workbook/buildFundWorkbook")
    ]);
    const portfolio = fundPortfolio(effect.fund);
    if (isDomainError(portfolio)) {
      report({ type: "fundWriteFailed", error: portfolio });
      return;
    }
    if (effect.mode === "rebuild") {
      // In place: the fund's sheets keep their names (src/fund/readBack/rebuildFund.ts); a refusal reaches the pane, which offers a copy.
      const { rebuildFund } = await import(/* webpackChunkName: "fund-builder" */ "../../fund/readBack/rebuildFund");
      const rebuilt = await rebuildFund(env.gateway, effect.fund, env.template);
      report({ type: "fundWritten", result: { id: effect.id, added: effect.added, created: effect.created, report: rebuilt } });
      return;
    }
    const plan = buildFundWorkbook(portfolio, { template: env.template, lang: effect.lang });
    const bytes = await writeXlsxLazily(plan);
    const inserted = await env.gateway.insertIntoCurrent(bytes, plan);
    report({ type: "fundWritten", result: { id: effect.id, added: effect.added, created: effect.created, report: inserted } });
  } catch (error) {
    console.error("SINV: writing the fund failed", error);
    report({ type: "fundWriteFailed", error });
  }
}
