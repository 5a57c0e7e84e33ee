/**
 * The checks sheet (Kontroller) recalculated by HyperFormula: SINV_ChecksOK is TRUE for every
 * shipped example, in both languages and with both kinds of formulas, every check agrees with
 * the plan; each family of checks fails when the workbook is broken on purpose, and the
 * status line and scenario banner on Översikt say so; the sheet survives being inserted
 * into a workbook that already has a "Kontroller" sheet and an SINV_ChecksOK name.
 */
import { isDomainError } from "../../src/engine";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { renamePlan } from "../../src/sheetModel/renamePlan";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { CHECKS_OK_NAME, CHECKS_ROWS, OVERVIEW_STATUS_ROWS } from "../../src/workbook/sheets/checks";
import { outOfRangeFormula } from "../../src/workbook/sheets/checksRanges";
import { FIELDS } from "../../src/engine";
import { cellMismatches } from "../differential/cellCompare";
import { amountFormats } from "../../src/workbook/amountFormat";
import { evaluatePlan } from "../support/hyperformula";
import { buildPlan, editPlan } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";
import { registerSinvFunctions } from "../support/sinvPlugin";
import { BREAKS, EXAMPLES, checkCell, checkRowOf, checksSheetOf } from "./checksSupport";

const template = orebroTemplate();
const recalc = (plan: WorkbookPlan): Map<string, unknown> => evaluatePlan(plan, { smartRounding: false });

beforeAll(() => registerSinvFunctions());

describe("every shipped example passes every check", () => {
  test("there are shipped examples to check", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(7);
  });

  test.each(EXAMPLES.flatMap(([f, file]) => (["native", "sinv"] as const).flatMap((formulas) => (["sv", "en"] as const).map((lang) => [f, formulas, lang, file] as const))))(
    "%s (%s, %s)",
    (_f, formulas, lang, file) => {
      const plan = buildPlan(file, lang, formulas);
      const computed = recalc(plan);
      expect(computed.get(CHECKS_OK_NAME)).toBe(true);
      const sheet = checksSheetOf(plan);
      expect(computed.get(`${sheet.name}!B${CHECKS_ROWS.failed}`)).toBe(0);
      // Every cell of Kontroller and the status on Översikt is what the plan says (its cached value).
      const checksOnly = { ...plan, sheets: plan.sheets.filter((s) => s === sheet || s === plan.sheets[0]) };
      expect(cellMismatches(checksOnly, computed as never, amountFormats(template))).toEqual([]);
      expect(computed.get(`${plan.sheets[0]!.name}!C${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.yes[lang]);
      expect(computed.get(`${plan.sheets[0]!.name}!D${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.checksStatusOk[lang]);
      expect(computed.get(`${plan.sheets[0]!.name}!A${OVERVIEW_STATUS_ROWS.banner}`)).toBe("");
    }
  );

  test("the sheet holds each family: base case, sums, lookups and ranges, with at least 40 checks for the worked example", () => {
    const plan = buildPlan(workedExampleFile);
    const oks = checksSheetOf(plan).cells.filter((c) => c.ref.startsWith("E") && c.formula?.startsWith("IFERROR("));
    expect(oks.length).toBeGreaterThanOrEqual(40);
    for (const key of ["checksBaseCaseTitle", "checksSumsTitle", "checksLookupsTitle", "checksRangesTitle"] as const) {
      expect(checksSheetOf(plan).cells.some((c) => c.value === template.labels[key].sv)).toBe(true);
    }
    expect(plan.names).toContainEqual({ name: CHECKS_OK_NAME, sheet: "Kontroller", ref: `$B$${CHECKS_ROWS.master}` });
  });
});

describe("each family of checks fails when the workbook is broken on purpose", () => {
  const plan = buildPlan(workedExampleFile);

  test.each(BREAKS.map((b) => [b.family, b.what, b] as const))("%s: %s", (_family, _what, brk) => {
    const computed = recalc(editPlan(plan, brk.edits(plan)));
    expect(computed.get(CHECKS_OK_NAME)).toBe(false);
    for (const row of brk.failing(plan)) expect([row, computed.get(checkCell(plan, row, "ok"))]).toEqual([row, false]);
    const failed = computed.get(`Kontroller!B${CHECKS_ROWS.failed}`) as number;
    expect(failed).toBeGreaterThanOrEqual(brk.failing(plan).length);
    expect(computed.get(`Översikt!C${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.no.sv);
    expect(computed.get(`Översikt!D${OVERVIEW_STATUS_ROWS.status}`)).toBe(`${failed} ${template.labels.checksStatusFailed.sv}`);
  });

  test("a share of 1.5 is counted as one cell out of range; a fee of 120 % as one parameter", () => {
    const brk = BREAKS.find((b) => b.family === "ranges")!;
    const computed = recalc(editPlan(plan, brk.edits(plan)));
    const [share, duration, fee] = brk.failing(plan);
    expect(computed.get(checkCell(plan, share!, "found"))).toBe(1);
    expect(String(computed.get(checkCell(plan, duration!, "found")))).toMatch(/VALUE/); // text among whole numbers
    expect(computed.get(checkCell(plan, fee!, "found"))).toBe(1);
  });

  test("a scenario on Parametrar fails the base case alone and raises the banner on Översikt", () => {
    const brk = BREAKS.find((b) => b.family === "base case")!;
    const computed = recalc(editPlan(plan, brk.edits(plan)));
    expect(computed.get(`Kontroller!B${CHECKS_ROWS.baseCase}`)).toBe(false);
    expect(computed.get(`Kontroller!B${CHECKS_ROWS.failed}`)).toBe(1);
    expect(computed.get(`Översikt!A${OVERVIEW_STATUS_ROWS.banner}`)).toBe(template.labels.scenarioBanner.sv);
  });

  test("a file whose own scenario is not the base case is generated with the base-case check failing, and says so", () => {
    const file = { ...workedExampleFile, scenario: { discountRate: 0.035 } };
    const built = buildWorkbook(file, { template, lang: "en", formulas: "native" });
    if (isDomainError(built)) throw new Error(built.en);
    const computed = recalc(built);
    expect(computed.get(CHECKS_OK_NAME)).toBe(false);
    expect(built.sheets[0]!.cells.find((c) => c.ref === `A${OVERVIEW_STATUS_ROWS.banner}`)?.expect).toBe(template.labels.scenarioBanner.en);
    expect(computed.get(`Checks!B${checkRowOf(built, { text: template.labels.discountRate.en })}`)).toBe(0.035);
    expect(cellMismatches(built, computed as never, amountFormats(template))).toEqual([]);
  });
});

describe("the range checks take their bounds from the engine's field table", () => {
  test("open ends and whole numbers as the field says", () => {
    expect(outOfRangeFormula("A1:A2", FIELDS.deadweight)).toBe('SUMPRODUCT(((A1:A2<>"")*(((A1:A2<0)+(A1:A2>=1))>0))*1)');
    expect(outOfRangeFormula("A1:A2", FIELDS.duration)).toBe('SUMPRODUCT(((A1:A2<>"")*(((A1:A2<0)+(A1:A2>100)+(A1:A2<>INT(A1:A2)))>0))*1)');
  });
});

describe("inserted into a workbook that has a Kontroller sheet and the name SINV_ChecksOK already", () => {
  test("the sheet and the name get suffixes, the formulas follow, and the checks still pass", () => {
    const plan = buildPlan(workedExampleFile);
    const { plan: fitted, renames } = renamePlan(plan, { sheets: ["Kontroller", "Översikt"], tables: [], names: [CHECKS_OK_NAME] });
    expect(renames.sheets).toEqual({ Kontroller: "Kontroller (2)", Översikt: "Översikt (2)" });
    expect(renames.names).toEqual({ [CHECKS_OK_NAME]: `${CHECKS_OK_NAME}_2` });
    const computed = recalc(fitted);
    expect(computed.get(`${CHECKS_OK_NAME}_2`)).toBe(true);
    expect(computed.get(`Översikt (2)!C${OVERVIEW_STATUS_ROWS.status}`)).toBe(template.labels.yes.sv);
    expect(fitted.sheets[0]!.cells.find((c) => c.ref === `C${OVERVIEW_STATUS_ROWS.status}`)?.formula).toBe(`IF('Kontroller (2)'!$B$${CHECKS_ROWS.master},"Ja","Nej")`);
  });
});
