/**
 * The checks sheet in LibreOffice Calc (headless, recalculating every formula on loading):
 * SINV_ChecksOK points at a TRUE after recalculation (every shipped example is recalculated
 * in libreoffice.test.ts, which asserts it too), and each family of checks fails when the
 * written file is broken on purpose.
 */
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { CHECKS_OK_NAME, CHECKS_ROWS, OVERVIEW_STATUS_ROWS } from "../../src/workbook/sheets/checks";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { buildPlan, editPlan } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { readXlsxStructure } from "../support/xlsxStructure";
import { BREAKS, checkCell } from "./checksSupport";

const template = orebroTemplate();
const plan = buildPlan(workedExampleFile);

test("the worked example: SINV_ChecksOK names Kontroller!B3, TRUE after LibreOffice recalculates, and Översikt says so", async () => {
  const bytes = await writeXlsx(plan);
  expect((await readXlsxStructure(bytes)).names.get(CHECKS_OK_NAME)).toEqual([`Kontroller!$B$${CHECKS_ROWS.master}`]);
  const values = await recalcWithLibreOffice(bytes);
  expect(values.get(`Kontroller!B${CHECKS_ROWS.master}`)).toBe(true);
  expect(values.get(`Kontroller!B${CHECKS_ROWS.failed}`)).toBe(0);
  expect(values.get(`Översikt!C${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.yes.sv);
  expect(values.get(`Översikt!D${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.checksStatusOk.sv);
}, 120_000);

test.each(BREAKS.map((b) => [b.family, b.what, b] as const))(
  "LibreOffice, %s: %s",
  async (_family, _what, brk) => {
    const values = await recalcWithLibreOffice(await writeXlsx(editPlan(plan, brk.edits(plan))));
    expect(values.get(`Kontroller!B${CHECKS_ROWS.master}`)).toBe(false);
    for (const row of brk.failing(plan)) expect([row, values.get(checkCell(plan, row, "ok"))]).toEqual([row, false]);
    expect(values.get(`Översikt!C${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.no.sv);
    if (brk.family === "base case") expect(values.get(`Översikt!A${OVERVIEW_STATUS_ROWS.banner}`)).toBe(template.labels.scenarioBanner.sv);
  },
  120_000
);
