/**
 * The preview's workbook: the worked example (assets/examples/raekneexempel-skolnarvaro.json)
 * built into an application workbook plan with the Örebro template and put into a
 * workbook in memory, exactly as "Infoga i denna arbetsbok" would put it into Excel.
 */
import example from "../../assets/examples/raekneexempel-skolnarvaro.json";
import { isDomainError } from "../engine";
import { MemoryGateway, type MemoryGatewayOptions } from "./memoryGateway";
import { parseScenario } from "../scenario/parseScenario";
import type { ScenarioFile } from "../scenario/scenarioFile";
import { buildWorkbook } from "../workbook/buildWorkbook";
import type { WorkbookPlan } from "../sheetModel/plan";
import { paneTemplate } from "../taskpane/state/paneTemplate";

/**
 * The worked example as a validated scenario file.
 *
 * @example
 * workedExampleFile().investment.effects[0].share; // 0.3
 */
export function workedExampleFile(): ScenarioFile {
  const parsed = parseScenario(example);
  if (!parsed.ok) throw new Error(`raekneexempel-skolnarvaro.json: ${parsed.errors.map((e) => `${e.path}: ${e.en}`).join("; ")}`);
  return parsed.value;
}

/**
 * The worked example's workbook plan in a language.
 *
 * @example
 * workedExamplePlan("sv").sheets[0].name; // "Översikt"
 */
export function workedExamplePlan(lang: "sv" | "en"): WorkbookPlan {
  const plan = buildWorkbook(workedExampleFile(), { template: paneTemplate(), lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(`${plan.sv} / ${plan.en}`);
  return plan;
}

/**
 * A memory workbook holding the worked example's application workbook. The memory
 * gateway keeps the plan's cells (formula cells with the engine's values); the bytes an
 * insert takes only count towards the request-size check, so none are written here.
 * `options.onWrite` and `options.onInsertStep` let a test make later writes fail.
 *
 * @example
 * const gateway = await exampleGateway("sv");
 * (await gateway.listSheetsTablesNames()).sheets.length; // 12
 */
export async function exampleGateway(lang: "sv" | "en", options: Pick<MemoryGatewayOptions, "onWrite" | "onInsertStep" | "onOpenNew"> = {}): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(options);
  await gateway.insertIntoCurrent(new Uint8Array(0), workedExamplePlan(lang));
  return gateway;
}
