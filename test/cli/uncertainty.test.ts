import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Appraisal } from "../../src/engine/appraise";
import { appraise } from "../../src/engine/appraise";
import type { UncertaintyAnalysis } from "../../src/engine/uncertainty/analyse";
import { loadExcelJs } from "../../src/writer/loadExcelJs";
import { ROOT } from "../support/scenarioFiles";

const example = join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json");
let dir: string;

function generate(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The worked example with a share range (0.1, 0.3, 0.5) and its unit cost graded 6. */
function uncertainFile(): Record<string, unknown> {
  const json = JSON.parse(readFileSync(example, "utf8"));
  json.investment.effects[0].uncertainty = { share: { low: 0.1, high: 0.5 } };
  json.investment.unitCosts[0].uncertainty = { confidenceGrade: 6 };
  json.uncertainty = { draws: 2000, seed: 7 };
  return json;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-cli-u-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run generate with ranges", () => {
  test("--json: results.uncertainty holds the engine's figures; results.biasCorrected the corrected base case", () => {
    const file = join(dir, "u.json");
    writeFileSync(file, JSON.stringify(uncertainFile()));
    const r = generate(file, "--json");
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as { results: { uncertainty: Record<string, unknown>; biasCorrected: Record<string, unknown> } };
    const a = appraise(uncertainFile() as never) as Appraisal;
    const f = (a.uncertainty as UncertaintyAnalysis).figures;
    expect(json.results.uncertainty).toEqual({
      draws: 2000,
      seed: 7,
      pApproved: f.pApproved,
      pFullRepayment: f.pFullRepayment,
      expectedRepayment: f.expectedRepayment,
      savingsP10: f.savingsP10,
      savingsP50: f.savingsP50,
      savingsP90: f.savingsP90,
      expectedRepaymentByDepartment: { fsk: f.expectedRepayment }
    });
    expect(Object.keys(json.results.uncertainty)).toEqual(["draws", "seed", "pApproved", "pFullRepayment", "expectedRepayment", "savingsP10", "savingsP50", "savingsP90", "expectedRepaymentByDepartment"]);
    expect(f.pApproved).toBeGreaterThan(0.75);
    expect(f.pApproved).toBeLessThan(0.85);
    expect(json.results.biasCorrected).toEqual(expect.objectContaining({ windowSavings: 9720000, approved: false, paybackYear: 2021 }));
  });

  test("--json without ranges: results.uncertainty and results.biasCorrected are null, the rest as before", () => {
    const r = generate(example, "--json");
    const json = JSON.parse(r.stdout) as { results: Record<string, unknown> };
    expect([json.results.uncertainty, json.results.biasCorrected]).toEqual([null, null]);
    expect(json.results.windowSavings).toBe(16200000);
  });

  test("the plain output says the probability in words; the workbook gets an Osäkerhet sheet and the names", async () => {
    const file = join(dir, "u2.json");
    writeFileSync(file, JSON.stringify(uncertainFile()));
    const out = join(dir, "u.xlsx");
    const r = generate(file, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Sannolikheten att besparingen i fönstret når kostnaden: \d+ % \(2\s000 dragningar, frö 7\)/);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.worksheets.map((w) => w.name)).toContain("Osäkerhet");
    const names = wb.definedNames.model.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(["SINV_PApproved", "SINV_ExpectedRepayment"]));
  });

  test("an invalid range is refused with its path", () => {
    const json = uncertainFile() as { investment: { effects: { uncertainty: unknown }[] } };
    json.investment.effects[0]!.uncertainty = { share: { low: 0.4, high: 0.5 } };
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(json));
    const r = generate(file, "--json", "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("investment.effects[1].uncertainty.share");
  });
});
