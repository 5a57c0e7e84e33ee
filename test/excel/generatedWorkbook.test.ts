import { MemoryGateway } from "../../src/preview/memoryGateway";
import { renamePlan } from "../../src/sheetModel/renamePlan";
import type { Evaluation } from "../../src/engine";
import { evaluateInvestment, isDomainError, summarize } from "../../src/engine";
import { resolveRules } from "../../src/engine/ruleChoice";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { readWorkbookInputs } from "../../src/workbook/readBack/readFromGateway";
import { richScenario } from "../fixtures/richScenario";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

const template = orebroTemplate();

function build(): WorkbookPlan {
  const plan = buildWorkbook(richScenario, { template, lang: "sv", formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  return plan;
}

describe("a generated workbook inserted into an existing one", () => {
  const existing = { sheets: ["Översikt", "Effekter"], tables: ["SINV_Enhetskostnader"], names: ["SINV_TotalCost"] };

  test("clashing sheets, tables and names get suffixes and every formula still computes the engine's figures", () => {
    const renamed = renamePlan(build(), existing);
    expect(renamed.changed).toBe(true);
    expect(renamed.renames.sheets).toEqual({ Översikt: "Översikt (2)", Effekter: "Effekter (2)" });
    expect(Object.keys(renamed.renames.tables)).toEqual(["SINV_Enhetskostnader"]);
    expect(Object.keys(renamed.renames.names)).toEqual(["SINV_TotalCost"]);
    const computed = evaluatePlan(renamed.plan);
    expect(mismatches(renamed.plan, computed)).toEqual([]);
    const total = renamed.plan.names.find((n) => n.name === renamed.renames.names.SINV_TotalCost)!;
    expect(total.sheet).toBe("Översikt (2)");
    expect(computed.get(total.name)).toBeCloseTo(summarize(evaluateInvestment(richScenario.investment, resolveRules(richScenario.rules) as never, richScenario.scenario) as Evaluation).totalCost, 2);
  });

  test("the user's sheets, cells, tables and names are untouched (memory gateway)", async () => {
    const gateway = new MemoryGateway({
      initial: {
        sheets: ["Översikt", "Effekter"],
        tables: [{ name: "SINV_Enhetskostnader", sheet: "Effekter", ref: "A1", columns: ["Kod", "Kostnad"], rows: [["MIN_KOD", 123]] }],
        names: [{ name: "SINV_TotalCost", formula: "='Översikt'!$A$1" }]
      }
    });
    gateway.setCell("Översikt", "A1", "användarens data");
    gateway.setCell("Översikt", "B2", { formula: "Effekter!B2*2" });
    const before = gateway.snapshot();
    const report = await gateway.insertIntoCurrent(new Uint8Array([1]), build());
    const after = gateway.snapshot();
    expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    expect(gateway.cell("Översikt", "A1")).toEqual({ value: "användarens data" });
    expect(gateway.cell("Översikt", "B2")).toEqual({ value: null, formula: "Effekter!B2*2" });
    expect(after.tables.find((t) => t.name === "SINV_Enhetskostnader")).toEqual(before.tables[0]);
    expect(after.names.find((n) => n.name === "SINV_TotalCost")).toEqual(before.names[0]);
    expect(report.sheets).toContain("Översikt (2)");
    expect(report.sheets).toHaveLength(12);
  });

  test("a failure during the insert leaves the workbook as it was", async () => {
    const gateway = new MemoryGateway({
      initial: { sheets: ["Blad1"] },
      onInsertStep: (step) => {
        if (step === "names") throw new Error("simulated failure");
      }
    });
    const before = gateway.snapshot();
    await expect(gateway.insertIntoCurrent(new Uint8Array([1]), build())).rejects.toThrow();
    expect(gateway.snapshot()).toEqual(before);
  });
});

describe("reading the inputs back through the gateway", () => {
  test.each([
    ["worked example", workedExampleFile],
    ["rich scenario", richScenario]
  ] as const)("%s: the same results as the scenario file", async (_name, file) => {
    const plan = buildWorkbook(file, { template, lang: "sv", formulas: "native" }) as WorkbookPlan;
    const gateway = new MemoryGateway();
    await gateway.insertIntoCurrent(new Uint8Array([1]), plan);
    const back = await readWorkbookInputs(gateway, template);
    expect(back.problems).toEqual([]);
    const rules = resolveRules(file.rules);
    if (isDomainError(rules)) throw new Error(rules.en);
    const again = resolveRules(back.file!.rules);
    if (isDomainError(again)) throw new Error(again.en);
    expect(back.file!.investment.name).toBe(file.investment.name);
    expect(summarize(evaluateInvestment(back.file!.investment, again, back.file!.scenario) as Evaluation)).toEqual(
      summarize(evaluateInvestment(file.investment, rules, file.scenario) as Evaluation)
    );
  });

  test("an evaluator's edit in a table is read back", async () => {
    const plan = buildWorkbook(workedExampleFile, { template, lang: "sv", formulas: "native" }) as WorkbookPlan;
    const gateway = new MemoryGateway();
    await gateway.insertIntoCurrent(new Uint8Array([1]), plan);
    const effects = (await gateway.readTables(["SINV_Effekter"])).SINV_Effekter!;
    const [first] = effects.address.replace(/^.*!/, "").split(":");
    const row = Number(first!.replace(/[A-Z$]/g, "")) + 1;
    gateway.setCell("Effekter", `F${row}`, 0.15);
    const back = await readWorkbookInputs(gateway, template);
    expect(back.file!.investment.effects[0]!.share).toBe(0.15);
  });

  test("a workbook without SINV's tables: a clear problem per missing table, no investment", async () => {
    const back = await readWorkbookInputs(new MemoryGateway({ initial: { sheets: ["Blad1"] } }), template);
    expect(back.file).toBeUndefined();
    expect(back.problems[0]!.en).toContain("SINV_Parametrar");
  });
});
