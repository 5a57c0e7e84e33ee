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
export function workedExamplePlan(lang: "sv" | "en", file: ScenarioFile = workedExampleFile()): WorkbookPlan {
  const plan = buildWorkbook(file, { template: paneTemplate(), lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(`${plan.sv} / ${plan.en}`);
  return plan;
}

/**
 * The worked example with uncertainty, for the preview's `?example=ranges`: a range on the
 * effect's share (10–50 %), its unit cost graded 6, seed 7 and 2 000 draws, so the workbook
 * has the Osäkerhet sheet (docs/uncertainty.md, the worked example's own figures).
 *
 * @example
 * workedExampleWithRanges().investment.effects[0].uncertainty; // { share: { low: 0.1, high: 0.5 } }
 */
export function workedExampleWithRanges(): ScenarioFile {
  const file = workedExampleFile();
  return {
    ...file,
    uncertainty: { draws: 2000, seed: 7 },
    investment: {
      ...file.investment,
      effects: file.investment.effects.map((e) => ({ ...e, uncertainty: { share: { low: 0.1, high: 0.5 } } })),
      unitCosts: file.investment.unitCosts.map((u) => ({ ...u, uncertainty: { confidenceGrade: 6 } }))
    }
  };
}

/**
 * A memory workbook holding the worked example's application workbook. The memory
 * gateway keeps the plan's cells (formula cells with the engine's values); the bytes an
 * insert takes only count towards the request-size check, so none are written here.
 * `options.onWrite` and `options.onInsertStep` let a test make later writes fail; `file`
 * replaces the worked example (the preview's `?example=ranges`).
 *
 * @example
 * const gateway = await exampleGateway("sv");
 * (await gateway.listSheetsTablesNames()).sheets.length; // 12
 */
export async function exampleGateway(
  lang: "sv" | "en",
  options: Pick<MemoryGatewayOptions, "onWrite" | "onInsertStep" | "onOpenNew"> = {},
  file: ScenarioFile = workedExampleFile()
): Promise<MemoryGateway> {
  const gateway = new MemoryGateway(options);
  await gateway.insertIntoCurrent(new Uint8Array(0), workedExamplePlan(lang, file));
  return gateway;
}
