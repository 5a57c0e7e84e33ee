import JSZip from "jszip";
import { MAX_TEXT_LENGTH } from "../../src/engine/fields/fieldTable";
import type { ScenarioFile } from "../../src/scenario/scenarioFile";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { fitCell } from "../../src/workbook/fitCell";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { TABLES } from "../../src/sheetModel/tables/inputTables";
import { readInvestment } from "../../src/workbook/readBack/readInvestment";
import { buildPlan, parametersOf, tablesOf } from "../support/planEdits";
import { orebroTemplate, workedExampleFile } from "../support/scenarioFiles";

/**
 * Issue 8, text: no cell of a generated workbook holds more than 32 767 characters, even
 * where the workbook composes one text from several fields that each keep within it; the
 * fields themselves stand whole; the written file's shared strings are well-formed XML.
 */

function strings(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((s) => [
    ...s.cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : [])),
    ...s.tables.flatMap((t) => t.rows.flatMap((r) => r.filter((v): v is string => typeof v === "string")))
  ]);
}

describe("texts as long as a field allows", () => {
  const full = (c: string): string => c.repeat(MAX_TEXT_LENGTH);
  const inv = workedExampleFile.investment;
  const file: ScenarioFile = {
    ...workedExampleFile,
    investment: {
      ...inv,
      name: full("N"),
      departments: inv.departments.map((d, i) => ({ ...d, name: full(String.fromCharCode(65 + i)), area: `${full("Å").slice(1)}\n` })),
      effects: inv.effects.map((e) => ({ ...e, name: full("E") }))
    },
    notes: [full("n"), "Rad 1\nRad 2\ttabb"]
  };

  test("every cell fits; the composed ones end in …, the fields stand whole", async () => {
    const plan = buildPlan(file, "sv");
    const all = strings(plan);
    expect(all.filter((s) => s.length > MAX_TEXT_LENGTH).map((s) => s.length)).toEqual([]);
    expect(all.some((s) => s.length === MAX_TEXT_LENGTH && s.endsWith("…"))).toBe(true);
    expect(all).toContain(full("A"));
    expect(all).toContain(full("N"));
    const bytes = await writeXlsx(plan);
    const zip = await JSZip.loadAsync(bytes);
    const shared = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    // Well-formed: only characters XML 1.0 allows.
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(shared)).toBe(false); // eslint-disable-line no-control-regex -- looking for them is the point
    expect(shared).toContain("Rad 1\nRad 2\ttabb");
  });

  test("fitCell never splits a surrogate pair", () => {
    const t = `${"x".repeat(MAX_TEXT_LENGTH - 2)}😀😀`;
    const cut = fitCell(t);
    expect(cut.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(cut).toBe(`${"x".repeat(MAX_TEXT_LENGTH - 2)}…`);
    expect(fitCell(full("z"))).toBe(full("z"));
  });
});

describe("reading a workbook back: text typed into a cell", () => {
  const readWithName = (name: string) => {
    const plan = buildPlan(workedExampleFile, "sv");
    const tables = tablesOf(plan);
    const d = tables[TABLES.departments]!;
    tables[TABLES.departments] = { headers: d.headers, rows: d.rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 1 ? name : v)) : r)) };
    return readInvestment(tables, parametersOf(plan), orebroTemplate(), "x");
  };

  test.each([
    ["a control character", "Soc\u0007ial", "U+0007 at position 4"],
    ["U+FFFF", "Social\uFFFF", "U+FFFF at position 7"],
    ["a lone surrogate", "\uDC00Social", "U+DC00 at position 1"]
  ])("%s: refused, naming the field, the character and where", (_what, name, where) => {
    const back = readWithName(name);
    expect(back.file).toBeUndefined();
    expect(back.problems.map((p) => p.column)).toEqual(["investment.departments[2].name"]);
    expect(back.problems[0]?.en).toContain(where);
  });

  test("a line break typed with Alt+Enter reads back as written", () => {
    expect(readWithName("Social-\nnämnden").file?.investment.departments[1]?.name).toBe("Social-\nnämnden");
  });
});
