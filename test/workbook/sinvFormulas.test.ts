import { HyperFormula } from "hyperformula";
import { isDomainError } from "../../src/engine";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { richScenario } from "../fixtures/richScenario";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { registerSinvFunctions } from "../support/sinvPlugin";

beforeAll(() => registerSinvFunctions());

test("the plugin runs the real functions: =SINV.REPAYMENT(12200000) is 12 810 000", () => {
  const hf = HyperFormula.buildFromArray([["=SINV.REPAYMENT(12200000)", "=SINV.REPAYMENT(12200000,3000000)", "=SINV.BREAKEVEN(1,0)"]], { licenseKey: "gpl-v3" });
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(12810000);
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(3660000);
  expect(String((hf.getCellValue({ sheet: 0, row: 0, col: 2 }) as { type?: string }).type)).toBe("DIV_BY_ZERO");
  hf.destroy();
});

describe("--formulas sinv: the SINV.* formulas compute the same figures as the native ones", () => {
  test.each([
    ["worked example", workedExampleFile],
    ["rich scenario", richScenario]
  ] as const)("%s", (_name, file) => {
    const plan = buildWorkbook(file, { template: orebroTemplate(), lang: "sv", formulas: "sinv" });
    if (isDomainError(plan)) throw new Error(plan.en);
    const sinvCells = (plan as WorkbookPlan).sheets.flatMap((s) => s.cells).filter((c) => c.formula?.includes("SINV.")).length;
    expect(sinvCells).toBeGreaterThan(30);
    expect(mismatches(plan as WorkbookPlan, evaluatePlan(plan as WorkbookPlan))).toEqual([]);
  });
});
