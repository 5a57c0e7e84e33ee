import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDomainError } from "../../src/engine";
import { parseScenario } from "../../src/scenario/parseScenario";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { loadExcelJs } from "../../src/writer/loadExcelJs";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { richScenario } from "../fixtures/richScenario";
import type { Computed } from "../support/hyperformula";
import { mismatches } from "../support/hyperformula";
import { findSoffice, recalcWithLibreOffice } from "../support/libreoffice";
import { ROOT, orebroTemplate } from "../support/scenarioFiles";

const examplesDir = join(ROOT, "assets", "examples");
const examples: [string, ScenarioFile][] = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const parsed = parseScenario(JSON.parse(readFileSync(join(examplesDir, f), "utf8")));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.errors.map((e) => e.en).join("; ")}`);
    return [f, parsed.value];
  });

function build(file: ScenarioFile, lang: "sv" | "en" = "sv"): WorkbookPlan {
  const plan = buildWorkbook(file, { template: orebroTemplate(), lang, formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

function asComputed(values: ReadonlyMap<string, unknown>): Map<string, Computed> {
  const out = new Map<string, Computed>();
  for (const [k, v] of values) out.set(k, v === undefined ? null : (v as Computed));
  return out;
}

describe("LibreOffice Calc recalculates every generated workbook to the engine's figures", () => {
  test("LibreOffice is installed (Debian: apt-get install libreoffice-calc; .ci/run installs it)", () => {
    expect(findSoffice()).toBeDefined();
  });

  test("every shipped example is checked (at least the worked example and three Örebro investments)", () => {
    expect(examples.map(([f]) => f)).toContain("raekneexempel-skolnarvaro.json");
    expect(examples.filter(([f]) => f.startsWith("orebro-")).length).toBeGreaterThanOrEqual(3);
  });

  test.each([...examples.map(([f, file]) => [f, file, "sv"] as const), ["rich scenario (en)", richScenario, "en"] as const])(
    "%s",
    async (_name, file, lang) => {
      const plan = build(file, lang);
      const computed = asComputed(await recalcWithLibreOffice(await writeXlsx(plan)));
      expect(mismatches(plan, computed)).toEqual([]);
      // SINV_ChecksOK (the checks sheet's B3, the last sheet) is TRUE after LibreOffice recalculates every shipped
      // example; the rich scenario carries a scenario (share × 0.9, 3.5 %), so it is off its base case: FALSE.
      expect(computed.get(`${plan.sheets[plan.sheets.length - 1]!.name}!B3`)).toBe(file !== richScenario);
    },
    120000
  );

  test("change the share in the saved workbook and LibreOffice recalculates the whole chain", async () => {
    const worked = examples.find(([f]) => f === "raekneexempel-skolnarvaro.json")![1];
    const bytes = await writeXlsx(build(worked));
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    wb.getWorksheet("Effekter")!.getCell("F5").value = 0.15;
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());
    const values = await recalcWithLibreOffice(edited);
    expect(values.get("Översikt!C11")).toBe(8100000);
    expect(values.get("Översikt!C14")).toBe("Nej");
    expect(values.get("Översikt!C16")).toBe("Återbetalas inte");
  }, 120000);

  test("codes typed by hand: another case and a trailing space match as in the engine; * matches nothing", async () => {
    const worked = examples.find(([f]) => f === "raekneexempel-skolnarvaro.json")![1];
    const bytes = await writeXlsx(build(worked));
    const ExcelJS = await loadExcelJs();
    const edited = async (code: string): Promise<ReadonlyMap<string, unknown>> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      wb.getWorksheet("Effekter")!.getCell("D5").value = code;
      return recalcWithLibreOffice(new Uint8Array(await wb.xlsx.writeBuffer()));
    };
    const spaced = await edited("extern_skolplacering ");
    expect(spaced.get("Översikt!C11")).toBe(16200000);
    expect(spaced.get("Översikt!C14")).toBe("Ja");
    const star = await edited("*");
    expect(typeof star.get("Effekter!N5")).not.toBe("number");
    expect(typeof star.get("Översikt!C11")).not.toBe("number");
  }, 120000);
});
