/**
 * "Uppdatera denna arbetsbok" and "Läs från arbetsboken" with the Osäkerhet sheet, in the
 * memory workbook (the preview's twin of Excel): a generated workbook with ranges reads back
 * with its ranges, grades, seed and draws; the pane's changed ranges and grades are written
 * into the sheet's tables all or nothing and read back; a workbook without the sheet is
 * updated without them and the report says so.
 */
import type { Investment } from "../../src/engine";
import { isDomainError } from "../../src/engine";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { TRANSLATIONS } from "../../src/taskpane/i18n";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { readInputs } from "../../src/taskpane/state/readInputs";
import { updateInputs } from "../../src/taskpane/state/updateInputs";
import { editUncertainty } from "../../src/taskpane/state/uncertaintyEdits";
import { uncertaintyNote } from "../../src/taskpane/state/uncertaintyWrites";

const YEARS = [2017, 2018, 2019];

function ranged(): ScenarioFile {
  const file = workedExampleFile();
  return {
    ...file,
    uncertainty: { draws: 400, seed: 7 },
    investment: {
      ...file.investment,
      effects: file.investment.effects.map((e) => ({ ...e, uncertainty: { share: { low: 0.1, high: 0.5 }, confidenceGrade: 3 } })),
      unitCosts: file.investment.unitCosts.map((u) => ({ ...u, uncertainty: { confidenceGrade: 6 } }))
    }
  };
}

async function gatewayWith(file: ScenarioFile, onWrite?: (where: string) => void): Promise<MemoryGateway> {
  const plan = buildWorkbook(file, { template: paneTemplate(), lang: "sv", formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  const gateway = new MemoryGateway(onWrite ? { onWrite } : {});
  await gateway.insertIntoCurrent(new Uint8Array(0), plan);
  return gateway;
}

async function readFile(gateway: MemoryGateway): Promise<ScenarioFile> {
  const outcome = await readInputs(gateway, paneTemplate());
  expect(outcome.problems).toEqual([]);
  return outcome.file!;
}

describe("the Osäkerhet sheet through the gateway", () => {
  test("a generated workbook reads back with its ranges, grades, seed and draws", async () => {
    const back = await readFile(await gatewayWith(ranged()));
    expect(back.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 }, confidenceGrade: 3 });
    expect(back.investment.unitCosts[0]!.uncertainty).toEqual({ confidenceGrade: 6 });
    expect(back.uncertainty).toEqual({ draws: 400, seed: 7 });
  });

  test("the pane's changed range and grades are written into the sheet's tables and read back", async () => {
    const gateway = await gatewayWith(ranged());
    let inv: Investment = ranged().investment;
    inv = editUncertainty(inv, { type: "setRange", kind: "share", id: "placement", range: { low: 0.2, high: 0.45 } });
    inv = editUncertainty(inv, { type: "setGrade", of: "effects", id: "placement", grade: 5 });
    inv = editUncertainty(inv, { type: "setGrade", of: "unitCosts", id: inv.unitCosts[0]!.code, grade: undefined });
    // A volume range the sheet has no row for: reported, not written.
    inv = editUncertainty(inv, { type: "setRange", kind: "volumeFactor", id: "pupils", range: { low: 0.8, high: 1.1 } });
    const report = await updateInputs(gateway, inv, YEARS, paneTemplate());
    expect(report.uncertainty).toEqual({ sheet: true, notWritten: ["volumeFactor:pupils"] });
    expect(report.cells.filter((c) => c.startsWith("Osäkerhet!"))).toHaveLength(4);
    const back = await readFile(gateway);
    expect(back.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.2, high: 0.45 }, confidenceGrade: 5 });
    expect(back.investment.unitCosts[0]!.uncertainty).toBeUndefined();
    expect(uncertaintyNote(report.uncertainty, TRANSLATIONS.sv.work.update)).toContain("Intervallen volumeFactor:pupils skrevs inte");
  });

  test("a range removed in the pane becomes a zero-width range at the planned share: the same figures as none", async () => {
    const gateway = await gatewayWith(ranged());
    const inv = editUncertainty(ranged().investment, { type: "setRange", kind: "share", id: "placement", range: undefined });
    await updateInputs(gateway, inv, YEARS, paneTemplate());
    expect((await readFile(gateway)).investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.3, high: 0.3 }, confidenceGrade: 3 });
  });

  test("all or nothing: a failure at the sheet's last cell leaves every table as it was", async () => {
    let fail = false;
    const gateway = await gatewayWith(ranged(), (where) => {
      if (fail && where.startsWith("Osäkerhet!")) throw new Error("Simulated failure.");
    });
    const before = JSON.stringify(await gateway.readTables(["SINV_Effekter", "SINV_OsakerhetAndelar", "SINV_KonfidensEffekter"]));
    const inv = editUncertainty({ ...ranged().investment, effects: ranged().investment.effects.map((e) => ({ ...e, share: 0.35 })) }, { type: "setGrade", of: "effects", id: "placement", grade: 1 });
    fail = true;
    await expect(updateInputs(gateway, inv, YEARS, paneTemplate())).rejects.toThrow();
    expect(JSON.stringify(await gateway.readTables(["SINV_Effekter", "SINV_OsakerhetAndelar", "SINV_KonfidensEffekter"]))).toBe(before);
  });

  test("a workbook without the sheet: the inputs are written, the ranges are not, and the report says so", async () => {
    const gateway = await exampleGateway("sv");
    const inv = editUncertainty(workedExampleFile().investment, { type: "setRange", kind: "share", id: "placement", range: { low: 0.1, high: 0.5 } });
    const report = await updateInputs(gateway, inv, YEARS, paneTemplate());
    expect(report.cells.length).toBeGreaterThan(10);
    expect(report.uncertainty).toEqual({ sheet: false, notWritten: ["share:placement"] });
    expect(uncertaintyNote(report.uncertainty, TRANSLATIONS.sv.work.update)).toContain("inget Osäkerhet-blad");
    expect(uncertaintyNote(report.uncertainty, TRANSLATIONS.en.work.update)).toContain("no Uncertainty sheet");
    expect(uncertaintyNote({ sheet: false, notWritten: [] }, TRANSLATIONS.sv.work.update)).toBeUndefined();
    expect((await readFile(gateway)).uncertainty).toBeUndefined();
  });
});
