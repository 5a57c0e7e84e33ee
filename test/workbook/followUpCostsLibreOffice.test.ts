/**
 * The follow-up of the costs recalculated by LibreOffice Calc (headless) from the written
 * .xlsx: the worked example with actual costs, every formula cell of the workbook at the
 * engine's figure (its `expect`), the cost block's cells among them.
 */
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import type { Computed } from "../support/hyperformula";
import { recalcWithLibreOffice } from "../support/libreoffice";
import { workedExampleFile } from "../support/scenarioFiles";
import { disagreements, generated } from "../differential/workbookCheck";

const withCosts: ScenarioFile = { ...workedExampleFile, actuals: { costs: { staff: { "2017": 3_100_000 }, premises: { "2018": 1_000_000.5 } } } };

test("LibreOffice recalculates Uppföljning's follow-up of the costs to the engine's figures (worked example, actual costs given)", async () => {
  const { plan, appraisal } = generated(withCosts, "native");
  const values = await recalcWithLibreOffice(await writeXlsx(plan));
  const computed = new Map<string, Computed>();
  for (const [k, v] of values) computed.set(k, v === undefined || v instanceof Date ? null : (v as Computed));
  for (const n of plan.names) if (!n.ref.includes(":")) computed.set(n.name, computed.get(`${n.sheet}!${n.ref.replace(/\$/g, "")}`) ?? null);
  expect(disagreements(withCosts, plan, appraisal, computed)).toEqual([]);
  // The check proves something: the cost block's period variance (0,50 kr) is among the cells LibreOffice computed.
  const sheet = plan.sheets.find((s) => s.tables.some((t) => t.name === "SINV_UtfallKostnader"))!;
  const variance = sheet.cells.filter((c) => c.formula !== undefined && c.expect === 0.5);
  expect(variance.length).toBeGreaterThan(0);
  for (const c of variance) expect(computed.get(`${sheet.name}!${c.ref.replace(/\$/g, "")}`)).toBeCloseTo(0.5, 2);
}, 240_000);
