/**
 * Differential property on a sample: a handful of generated files per run are written to
 * .xlsx by the product's writer and recalculated by LibreOffice Calc (headless); every
 * formula cell must hold the engine's figure (its `expect`, 0.01 kr) and every named result
 * the engine's summary. Native formulas only: LibreOffice does not know the SINV.* functions.
 */
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import type { Computed } from "../support/hyperformula";
import { findSoffice, recalcWithLibreOffice } from "../support/libreoffice";
import { PROP_SEED, checkAsyncProperty } from "./propertyRun";
import { scenarioFiles } from "./scenarioArbitrary";
import { describeDisagreements, disagreements, generated, langOf } from "./workbookCheck";

/** How many generated files LibreOffice recalculates per run (each takes a few seconds). */
const SAMPLE = 3;

/** LibreOffice's values as computed values: the cells, and each name read from the cell it points at. */
function asComputed(plan: WorkbookPlan, values: ReadonlyMap<string, unknown>): Map<string, Computed> {
  const out = new Map<string, Computed>();
  for (const [k, v] of values) out.set(k, v === undefined || v instanceof Date ? null : (v as Computed));
  for (const n of plan.names) if (!n.ref.includes(":")) out.set(n.name, out.get(`${n.sheet}!${n.ref.replace(/\$/g, "")}`) ?? null);
  return out;
}

describe(`LibreOffice recalculates a sample of generated workbooks to the engine's figures (seed ${PROP_SEED})`, () => {
  test("LibreOffice is installed (Debian: apt-get install libreoffice-calc)", () => {
    expect(findSoffice()).toBeDefined();
  });

  test(`${SAMPLE} random files, native formulas: every formula cell and every named result`, async () => {
    await checkAsyncProperty(
      "LibreOffice workbook = engine",
      scenarioFiles(),
      SAMPLE,
      async (file) => {
        const { plan, appraisal } = generated(file, "native");
        const computed = asComputed(plan, await recalcWithLibreOffice(await writeXlsx(plan)));
        const found = disagreements(file, plan, appraisal, computed);
        if (found.length > 0) throw new Error(describeDisagreements("native (LibreOffice)", langOf(file), found));
      },
      { interruptAfterTimeLimit: 30_000 }
    );
  }, 300_000);
});
