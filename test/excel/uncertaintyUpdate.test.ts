/**
 * The Osäkerhet sheet through the Office.js gateway (office-addin-mock's fake Excel): a
 * workbook generated with ranges reads back with them; "Uppdatera denna arbetsbok" writes the
 * pane's ranges and grades into the sheet's tables; a failure at the last cell write (one of
 * the sheet's) leaves every table as it was. The fake does not calculate, so the workbook is
 * loaded with each formula cell's value as Excel would show it.
 */
import { isDomainError } from "../../src/engine";
import { OfficeGateway } from "../../src/excel/officeGateway";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { workedExampleWithRanges } from "../../src/preview/exampleWorkbook";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { paneTemplate } from "../../src/taskpane/state/paneTemplate";
import { readInputs } from "../../src/taskpane/state/readInputs";
import { editUncertainty } from "../../src/taskpane/state/uncertaintyEdits";
import { updateInputs } from "../../src/taskpane/state/updateInputs";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { paneFake, type PaneFakeOptions, type PaneWorkbookInit } from "../support/fakeExcelPane";

const YEARS = [2017, 2018, 2019];
const FILE: ScenarioFile = { ...workedExampleWithRanges(), uncertainty: { draws: 200, seed: 7 } };
const TABLES = ["SINV_Effekter", "SINV_OsakerhetAndelar", "SINV_KonfidensEffekter", "SINV_KonfidensEnhetskostnader"];

/** The generated workbook as the fake's starting workbook: values (a formula cell's as calculated), tables and names. */
async function generated(): Promise<PaneWorkbookInit> {
  const plan = buildWorkbook(FILE, { template: paneTemplate(), lang: "sv", formulas: "native" });
  if (isDomainError(plan)) throw new Error(plan.en);
  const memory = new MemoryGateway();
  await memory.insertIntoCurrent(new Uint8Array(0), plan);
  const snap = memory.snapshot();
  return {
    sheets: snap.sheets.map((name) => ({
      name,
      cells: Object.fromEntries(memory.cells(name).flatMap((c) => (c.value === null || c.value === undefined ? [] : [[c.ref, c.value as string | number | boolean]])))
    })),
    names: snap.names,
    tables: snap.tables.map(({ name, sheet, range }) => ({ name, sheet, range }))
  };
}

function pane(init: PaneWorkbookInit, options: PaneFakeOptions = {}): OfficeGateway {
  return new OfficeGateway(paneFake(init, options).host);
}

const edited = () => {
  let inv = editUncertainty(FILE.investment, { type: "setRange", kind: "share", id: "placement", range: { low: 0.2, high: 0.45 } });
  inv = editUncertainty(inv, { type: "setGrade", of: "effects", id: "placement", grade: 2 });
  return inv;
};

describe("the Osäkerhet sheet on the Office.js gateway", () => {
  test("reads back, is updated in place and reads back the update", async () => {
    const gateway = pane(await generated());
    const first = await readInputs(gateway, paneTemplate());
    expect(first.problems).toEqual([]);
    expect(first.file!.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.1, high: 0.5 } });
    expect(first.file!.uncertainty).toEqual({ draws: 200, seed: 7 });
    const report = await updateInputs(gateway, edited(), YEARS, paneTemplate());
    expect(report.uncertainty).toEqual({ sheet: true, notWritten: [] });
    const back = await readInputs(gateway, paneTemplate());
    expect(back.file!.investment.effects[0]!.uncertainty).toEqual({ share: { low: 0.2, high: 0.45 }, confidenceGrade: 2 });
  });

  test("a failure at the last cell write, one of the Osäkerhet sheet's: every table as it was", async () => {
    const init = await generated();
    const fake = paneFake(init);
    const cells = (await updateInputs(new OfficeGateway(fake.host), edited(), YEARS, paneTemplate())).cells;
    expect(cells[cells.length - 1]).toMatch(/^Osäkerhet!/);
    // One write per cell, in order: the last is the sheet's.
    expect(fake.writes()).toBe(cells.length);
    const gateway = pane(init, { failAtWrite: cells.length });
    const before = JSON.stringify(await gateway.readTables(TABLES));
    await expect(updateInputs(gateway, edited(), YEARS, paneTemplate())).rejects.toThrow();
    expect(JSON.stringify(await gateway.readTables(TABLES))).toBe(before);
  });
});
