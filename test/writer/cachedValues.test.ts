/**
 * Cached values, read from the written file's XML: every formula (`<f>`) of every shipped
 * example, with native and with SINV.* formulas, has a value (`<v>`) equal to the plan's
 * `expect` — a number as it is, text as t="str", TRUE/FALSE as t="b" — so previews and
 * Protected View show the figures before any recalculation; the workbook still asks Excel to
 * recalculate on loading. That the recalculated values agree with these is what the
 * HyperFormula and LibreOffice tests check cell by cell.
 */
import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { richScenario } from "../fixtures/richScenario";
import { buildPlan } from "../support/planEdits";
import { EXAMPLES } from "../workbook/checksSupport";

/** A formula cell as the file holds it. */
interface Stored {
  readonly type: string | null;
  readonly formula: string;
  readonly value: string | null;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every formula cell of the file by "Sheet!A1", with its t= attribute and its <v>. */
async function storedFormulas(bytes: Uint8Array): Promise<{ cells: Map<string, Stored>; calcPr: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string): Promise<Document> => new DOMParser().parseFromString(await zip.file(path)!.async("string"), "text/xml") as unknown as Document;
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const target = new Map(Array.from(rels.getElementsByTagName("Relationship")).map((r) => [r.getAttribute("Id"), r.getAttribute("Target")]));
  const cells = new Map<string, Stored>();
  for (const sheet of Array.from(workbook.getElementsByTagNameNS(MAIN, "sheet"))) {
    const path = `xl/${String(target.get(sheet.getAttributeNS(REL, "id"))).replace(/^\/?xl\//, "")}`;
    const xml = await read(path);
    for (const c of Array.from(xml.getElementsByTagNameNS(MAIN, "c"))) {
      const f = c.getElementsByTagNameNS(MAIN, "f")[0];
      if (!f) continue;
      const v = c.getElementsByTagNameNS(MAIN, "v")[0];
      cells.set(`${sheet.getAttribute("name")}!${c.getAttribute("r")}`, { type: c.getAttribute("t"), formula: f.textContent ?? "", value: v ? (v.textContent ?? "") : null });
    }
  }
  return { cells, calcPr: workbook.getElementsByTagNameNS(MAIN, "calcPr")[0]?.getAttribute("fullCalcOnLoad") ?? "" };
}

/** What is wrong with a stored formula cell against its expect, or undefined. */
function problem(stored: Stored | undefined, expected: number | string | boolean | undefined): string | undefined {
  if (!stored) return "no formula in the file";
  if (expected === undefined) return "the plan has no expect";
  if (stored.value === null) return "no <v>";
  if (typeof expected === "number") return stored.type === null && Number(stored.value) === expected ? undefined : `t=${stored.type} v=${stored.value}, expected ${expected}`;
  if (typeof expected === "boolean") return stored.type === "b" && stored.value === (expected ? "1" : "0") ? undefined : `t=${stored.type} v=${stored.value}, expected ${expected}`;
  return stored.type === "str" && stored.value === expected ? undefined : `t=${stored.type} v=${JSON.stringify(stored.value)}, expected ${JSON.stringify(expected)}`;
}

const cases: [string, "native" | "sinv", "sv" | "en", WorkbookPlan][] = [
  ...EXAMPLES.flatMap(([f, file]) => (["native", "sinv"] as const).map((formulas): [string, "native" | "sinv", "sv" | "en", WorkbookPlan] => [f, formulas, "sv", buildPlan(file, "sv", formulas)])),
  ["rich scenario", "native", "en", buildPlan(richScenario, "en", "native")],
  ["rich scenario", "sinv", "en", buildPlan(richScenario, "en", "sinv")]
];

describe("every formula is written with the engine's value as its cached result", () => {
  test.each(cases)("%s (%s, %s)", async (_name, _formulas, _lang, plan) => {
    const { cells, calcPr } = await storedFormulas(await writeXlsx(plan));
    expect(calcPr).toBe("1");
    const wrong: string[] = [];
    let formulas = 0;
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells) {
        if (cell.formula === undefined) continue;
        formulas += 1;
        const why = problem(cells.get(`${sheet.name}!${cell.ref}`), cell.expect);
        if (why) wrong.push(`${sheet.name}!${cell.ref} =${cell.formula.slice(0, 60)}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
    // The file holds no formula the plan does not: each <f> was checked above.
    expect(cells.size).toBe(formulas);
    expect(formulas).toBeGreaterThan(300);
  });

  test("text, TRUE/FALSE and numbers each occur among the cached values (the cases above check each kind)", async () => {
    const { cells } = await storedFormulas(await writeXlsx(cases[cases.length - 2]![3]));
    const types = new Set([...cells.values()].map((c) => c.type ?? "n"));
    expect([...types].sort()).toEqual(["b", "n", "str"]);
    expect([...cells.values()].some((c) => c.type === "str" && c.value === "")).toBe(true); // an empty text result is <v></v>
  });
});
