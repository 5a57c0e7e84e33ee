/**
 * The one runner: the only pane code that touches the workbook. It carries out the
 * effects the transition returns (reads, the stored scenarios, parameter and outcome
 * writes, the example table, a cell's selection, generating the workbook) and reports
 * each outcome back as an action. Every failure is logged and reported, never swallowed.
 */
import { downloadFile, PDF_TYPE } from "../download";
import { isDomainError } from "../../engine";
import type { WorkbookGateway } from "../../sheetModel/gateway";
import { writeXlsxLazily } from "../../sheetModel/lazyXlsx";
import { TABLES } from "../../sheetModel/tables/inputTables";
import type { Template } from "../../workbook/template";
import type { PaneAction } from "./actions";
import { writeActuals } from "./actualsWrites";
import { debounce } from "./debounce";
import type { PaneEffect } from "./effects";
import { exampleTable } from "./exampleTable";
import { runFundEffect } from "./fundRunner";
import { readInputs } from "./readInputs";
import { InputRowsMismatch, updateInputs } from "./updateInputs";
import { missingExampleRows } from "./exampleRows";
import { WorkbookError } from "../../sheetModel/workbookError";
import { parseUnitCostCsv } from "../../scenario/unitCostTable";

/** The rebuild in place (planner, read-back, builder) loads in a chunk of its own when first needed. */
const loadRebuild = () => import(/* webpackChunkName: "rebuild" */ "./rebuildWorkbook");

/** How long the pane waits after the last change event before reading again. */
export const REREAD_DELAY_MS = 300;

/** What the runner works with. */
export interface RunnerEnv {
  /** The workbook: Office.js in Excel, memory in the preview and the tests. */
  readonly gateway: WorkbookGateway;
  readonly template: Template;
  /** The example unit-cost table's CSV text. */
  readonly loadExampleUnitCosts: () => Promise<string>;
}

/** A runner: carries out effects until disposed. */
export interface Runner {
  run(effect: PaneEffect): Promise<void>;
  /** Stops following changes and drops every report still to come. */
  dispose(): void;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A runner over a workbook, reporting to `dispatch`.
 *
 * @example
 * const runner = createRunner({ gateway, template, loadExampleUnitCosts }, dispatch);
 * await runner.run({ type: "read", seq: 1 }); // dispatches { type: "readDone", seq: 1, outcome }
 */
export function createRunner(env: RunnerEnv, dispatch: (action: PaneAction) => void): Runner {
  const { gateway, template } = env;
  let disposed = false;
  let stop: (() => Promise<void>) | undefined;
  const report = (action: PaneAction): void => {
    if (!disposed) dispatch(action);
  };
  const later = debounce(() => report({ type: "reread" }), REREAD_DELAY_MS);
  const unsubscribe = (off: () => Promise<void>): void => {
    off().catch((error: unknown) => console.error("SINV: removing the change handler failed", error));
  };

  async function attempt(what: string, work: () => Promise<void>, failed: (error: unknown) => PaneAction): Promise<void> {
    try {
      await work();
    } catch (error) {
      console.error(`SINV: ${what}`, error);
      report(failed(error));
    }
  }

  async function run(effect: PaneEffect): Promise<void> {
    switch (effect.type) {
      case "read":
        return attempt("reading the workbook failed", async () => report({ type: "readDone", seq: effect.seq, outcome: await readInputs(gateway, template) }), (error) => ({ type: "readFailed", seq: effect.seq, error }));
      case "loadScenarios":
        return attempt("loading the scenarios failed", async () => report({ type: "scenariosLoaded", list: await gateway.loadScenarios() }), (error) => ({ type: "scenariosLoadFailed", error }));
      case "loadExamples":
        return attempt(
          "loading the example unit costs failed",
          async () => report({ type: "examplesLoaded", list: parseUnitCostCsv(await env.loadExampleUnitCosts()).rows.map((r) => r.unitCost) }),
          (error) => ({ type: "examplesLoadFailed", error })
        );
      case "watchChanges":
        return attempt(
          "the pane cannot follow changes",
          async () => {
            const off = await gateway.onTablesChanged(later.call);
            if (disposed) unsubscribe(off);
            else stop = off;
          },
          (error) => ({ type: "eventsFailed", error })
        );
      case "saveScenarios":
        return attempt("saving the scenarios failed", async () => {
          await gateway.saveScenarios(effect.list);
          report({ type: "scenariosSaved", list: effect.list, chosen: effect.chosen });
        }, (error) => ({ type: "operationFailed", operation: "saveScenarios", error }));
      case "writeParameters":
        return attempt("writing the parameters failed", async () => report({ type: "parametersWritten", report: await gateway.writeParameters(effect.values, effect.labels) }), (error) => ({ type: "operationFailed", operation: "writeParameters", error }));
      case "writeActuals":
        return attempt("writing the outcomes failed", async () => report({ type: "actualsWritten", cells: await writeActuals(gateway, effect.writes) }), (error) => ({ type: "operationFailed", operation: "writeActuals", error }));
      case "savePdf":
        return attempt("saving as PDF failed", async () => {
          const pdf = await gateway.exportPdf();
          downloadFile(document, pdf, effect.fileName, PDF_TYPE);
          report({ type: "pdfSaved", bytes: pdf.length });
        }, (error) => ({ type: "operationFailed", operation: "savePdf", error }));
      case "reenterFormulas":
        return attempt("entering the SINV formulas failed", async () => report({ type: "formulasReentered", report: await gateway.reenterSinvFormulas() }), (error) => ({ type: "operationFailed", operation: "reenterFormulas", error }));
      case "updateInputs":
        return attempt(
          "updating the workbook failed",
          async () => {
            try {
              const done = await updateInputs(gateway, effect.investment, effect.years, template);
              report({ type: "inputsUpdated", cells: done.cells.length, uncertainty: done.uncertainty });
            } catch (error) {
              // Items added or removed in the pane: offer to rebuild the sheets (or say why not).
              if (!(error instanceof InputRowsMismatch)) throw error;
              const { proposeRebuild } = await loadRebuild();
              report({ type: "rebuildProposed", proposal: await proposeRebuild(gateway, effect.investment, template) });
            }
          },
          (error) => ({ type: "operationFailed", operation: "updateInputs", error })
        );
      case "rebuild":
        return attempt("rebuilding the workbook failed", async () => report({ type: "workbookRebuilt", outcome: await (await loadRebuild()).rebuildWorkbook(gateway, effect.investment, template) }), (error) => ({ type: "operationFailed", operation: "rebuild", error }));
      case "appendExamples":
        return attempt("adding the example rows failed", async () => {
          const table = (await gateway.readTables([TABLES.unitCosts]))[TABLES.unitCosts];
          if (!table) throw new WorkbookError("tableMissing", { table: TABLES.unitCosts });
          const rows = missingExampleRows(await env.loadExampleUnitCosts(), table, effect.mark);
          report({ type: "examplesAppended", report: rows.length === 0 ? { table: TABLES.unitCosts, rows: 0, address: table.address } : await gateway.appendTableRows(TABLES.unitCosts, rows) });
        }, (error) => ({ type: "operationFailed", operation: "appendExamples", error }));
      case "selectCell":
        return attempt("selecting the cell failed", async () => {
          await gateway.selectCell(effect.sheet, effect.address);
          report({ type: "cellSelected" });
        }, (error) => ({ type: "operationFailed", operation: "selectCell", error }));
      case "insertExample":
        return attempt("inserting the example table failed", async () => {
          const { columns, rows } = exampleTable(await env.loadExampleUnitCosts());
          const inserted = await gateway.insertTable({ sheet: effect.sheet, note: effect.note, table: { name: TABLES.unitCosts, columns, rows } });
          report({ type: "exampleInserted", report: inserted });
        }, (error) => ({ type: "operationFailed", operation: "insertExample", error }));
      case "buildWorkbook":
        return attempt("generating the workbook failed", async () => {
          await nextFrame();
          // The generator and the writer load on first use, in their own chunk.
          const { buildWorkbook } = await import(/* webpackChunkName: "workbook-builder" */ "../../workbook/buildWorkbook");
          const plan = buildWorkbook(effect.file, { template, lang: effect.lang, formulas: "native" });
          report(isDomainError(plan) ? { type: "generationFailed", error: plan } : { type: "workbookBuilt", mode: effect.mode, plan });
        }, (error) => ({ type: "generationFailed", error }));
      case "writeXlsx":
        return attempt("generating the workbook failed", async () => report({ type: "xlsxWritten", mode: effect.mode, plan: effect.plan, bytes: await writeXlsxLazily(effect.plan) }), (error) => ({ type: "generationFailed", error }));
      case "readFund":
      case "writeFund":
        return runFundEffect(env, effect, report);
      case "sendWorkbook":
        return attempt("generating the workbook failed", async () => {
          if (effect.mode === "new") {
            await gateway.openAsNewWorkbook(effect.bytes);
            report({ type: "workbookSent", mode: "new" });
          } else {
            report({ type: "workbookSent", mode: "insert", report: await gateway.insertIntoCurrent(effect.bytes, effect.plan) });
          }
        }, (error) => ({ type: "generationFailed", error }));
    }
  }

  return {
    run,
    dispose: () => {
      disposed = true;
      later.cancel();
      if (stop) unsubscribe(stop);
      stop = undefined;
    }
  };
}
