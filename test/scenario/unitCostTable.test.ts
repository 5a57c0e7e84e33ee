import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/scenario/csv";
import type { UnitCostProblem, UnitCostTable } from "../../src/scenario/unitCostTable";
import { parseUnitCostCsv, readUnitCostRows } from "../../src/scenario/unitCostTable";
import { ROOT } from "./support";

const shipped = (name: string): Buffer => readFileSync(join(ROOT, "assets", "data", name));

/** SHA-256 of the sourced files in shared/data when they were copied here (the project must not need ../shared). */
const SOURCED: Readonly<Record<string, string>> = {
  "unit_costs.csv": "fa01925304817fb75435744cb592d7f0fb80d2cfcda859a4ec6f30444d4f4941",
  "pkv.csv": "68eac54543fc94f5d50913df5295150976e6dd89b1356c637850e31e27b05a50",
  "po.csv": "550160df34c977525172e7f573f745ccd649375ae6d05283e3b72b5842116dea"
};

describe("the shipped example data", () => {
  test.each(Object.keys(SOURCED))("%s is byte-identical to the sourced copy in shared/data (by SHA-256)", (name) => {
    expect(createHash("sha256").update(shipped(name)).digest("hex")).toBe(SOURCED[name]);
  });

  test("the README says it is an example to replace and carries the caveats", () => {
    const readme = readFileSync(join(ROOT, "assets", "data", "README.md"), "utf8");
    for (const s of ["EXAMPLE table", "EXEMPELTABELL", "Price years differ", "flattened copy", "temporarily subsidised", "Some values are local", "transfers"]) {
      expect(readme).toContain(s);
    }
  });

  test("unit_costs.csv gives 43 unit costs, each with a source, and no problems", () => {
    const t = parseUnitCostCsv(shipped("unit_costs.csv").toString("utf8"));
    expect(t.problems).toEqual([]);
    expect(t.rows).toHaveLength(43);
    expect(t.rows.map((r) => r.row)).toEqual(Array.from({ length: 43 }, (_, i) => i + 2));
    for (const r of t.rows) {
      expect(r.unitCost.source).not.toBe("");
      expect(r.sourceTitle).toBeDefined();
      expect(r.sourceUrl).toMatch(/^https?:\/\//);
      expect(r.unitCost.source).toBe(`${r.sourceTitle}, ${r.sourceUrl}`);
      expect(["kommun", "region", "staten"]).toContain(r.unitCost.payer);
      expect(r.area).toBeDefined();
      expect(r.extra).toEqual({});
    }
    const first = t.rows[0];
    expect(first?.unitCost).toEqual({
      code: "SKOLA_GRUNDSKOLA_ELEV_AR_OREBRO",
      description: "Grundskola, kostnad för en grundskoleplats (Örebro kommun)",
      unit: "kr per elev och år",
      cost: 98912,
      priceYear: 2019,
      payer: "kommun",
      source: "Ekonomi och budget – Örebro kommun (Fakta om verksamheterna 2019), https://www.orebro.se/kommun--politik/ekonomi-budget--fakturor/ekonomi--budget.html"
    });
    expect(t.rows.find((r) => r.unitCost.code === "FN_ASSISTANSERSATTNING_TIMME")?.unitCost.cost).toBe(324.5);
    expect(t.rows.find((r) => r.unitCost.code === "STAT_KRIMINALVARD_HAKTE_DYGN")?.note).toBeUndefined();
  });
});

describe("parseCsv", () => {
  test("quoted fields with commas, doubled quotes and line breaks; CRLF; no empty last row", () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\r\n').rows).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "two\nlines", ""]
    ]);
  });

  test("semicolons (Swedish Excel) and tabs are found from the header line", () => {
    expect(parseCsv("kod;kostnad\nA;324,50").rows).toEqual([["kod", "kostnad"], ["A", "324,50"]]);
    expect(parseCsv("kod\tkostnad\nA\t1").delimiter).toBe("\t");
    expect(parseCsv('"a,b";c\n1;2').delimiter).toBe(";");
  });

  test("an unclosed quote is a problem with its row", () => {
    const r = parseCsv('a,b\n1,"open\n2,3');
    expect(r.problems.map((p) => p.row)).toEqual([2]);
    expect(r.problems[0]?.en).toContain("never closed");
  });
});

const SV = ["Kod", "Beskrivning", "Enhet", "Kostnad", "Prisår", "Betalare", "Källa", "Område", "Anmärkning"];
const row = (code: string, cost: unknown = 98912, year: unknown = 2019, payer: unknown = "kommun", source = "Örebro kommun"): unknown[] => [
  code,
  "Grundskola per elev",
  "kr per elev och år",
  cost,
  year,
  payer,
  source,
  "Skola",
  ""
];

const errorsOf = (t: UnitCostTable): UnitCostProblem[] => t.problems.filter((p) => p.severity === "error");

describe("readUnitCostRows", () => {
  test("Swedish headers", () => {
    const t = readUnitCostRows([SV, row("GR")]);
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([
      {
        row: 2,
        unitCost: { code: "GR", description: "Grundskola per elev", unit: "kr per elev och år", cost: 98912, priceYear: 2019, payer: "kommun", source: "Örebro kommun" },
        area: "Skola",
        sourceTitle: "Örebro kommun",
        extra: {}
      }
    ]);
  });

  test("English headers, with a source address", () => {
    const t = readUnitCostRows([
      ["Code", "Description", "Unit", "Cost", "Price year", "Payer", "Source", "Source URL", "Area", "Note"],
      ["HVB", "Institutional care", "kr per day", 4728, 2025, "kommun", "Cura: Prislistor 2025", "https://curaindivid.se/prislistor/", "IFO", "buyers outside"]
    ]);
    expect(t.problems).toEqual([]);
    expect(t.rows[0]?.unitCost.source).toBe("Cura: Prislistor 2025, https://curaindivid.se/prislistor/");
    expect(t.rows[0]?.note).toBe("buyers outside");
  });

  test("renamed and reordered columns: the CSV's own names, other aliases, any case, a unit in parentheses", () => {
    const t = readUnitCostRows([
      ["PAYER", "Belopp (kr)", "price_year", "KOD", "description_sv", "enhet", "source_url", "source_title"],
      ["region", "2 093", "2024", "PV", "Läkarbesök", "kr per besök", "https://vardgivarguiden.se/", "Vårdgivarguiden"]
    ]);
    expect(t.problems).toEqual([]);
    expect(t.rows[0]?.unitCost).toEqual({ code: "PV", description: "Läkarbesök", unit: "kr per besök", cost: 2093, priceYear: 2024, payer: "region", source: "Vårdgivarguiden, https://vardgivarguiden.se/" });
  });

  test("extra columns are kept per row by their header", () => {
    const t = readUnitCostRows([
      [...SV, "Ansvarig", "Uppdaterad"],
      [...row("GR"), "Ekonomienheten", 2024]
    ]);
    expect(t.rows[0]?.extra).toEqual({ Ansvarig: "Ekonomienheten", Uppdaterad: 2024 });
  });

  test("blank rows are skipped and row numbers stay those of the sheet", () => {
    const t = readUnitCostRows([SV, [], ["", null, "  "], row("A"), Array(9).fill(""), row("B")]);
    expect(t.problems).toEqual([]);
    expect(t.rows.map((r) => [r.row, r.unitCost.code])).toEqual([
      [4, "A"],
      [6, "B"]
    ]);
  });

  test("numbers written the Swedish way", () => {
    const t = readUnitCostRows([SV, row("A", "98 912 kr"), row("B", "324,50"), row("C", "324.5"), row("D", 0)]);
    expect(t.rows.map((r) => r.unitCost.cost)).toEqual([98912, 324.5, 324.5, 0]);
  });

  test.each([
    ["missing code", row(""), "Kod", "koden saknas", "the code is missing"],
    ["cost not a number", row("A", "ca 100"), "Kostnad", 'kostnaden måste vara ett tal (t.ex. 98912 eller 324,50); fick texten "ca 100"', 'the cost must be a number (e.g. 98912 or 324.50); found the text "ca 100"'],
    ["cost blank", row("A", ""), "Kostnad", "fick en tom cell", "found an empty cell"],
    ["ambiguous cost", row("A", "98,912"), "Kostnad", 'texten "98,912"', 'the text "98,912"'],
    ["negative cost", row("A", -5), "Kostnad", "kostnaden ska vara ett belopp i kronor, ett tal ≥ 0 och högst 1 000 000 000 000; fick -5", "the cost must be an amount in kronor, a number ≥ 0 and at most 1 000 000 000 000; found -5"],
    ["price year not whole", row("A", 1, 2019.5), "Prisår", "helt årtal 1900–2200; fick talet 2019.5", "whole year 1900–2200; found the number 2019.5"],
    ["price year as text", row("A", 1, "2019/20"), "Prisår", 'texten "2019/20"', 'the text "2019/20"'],
    ["payer unknown", row("A", 1, 2019, "kommunen"), "Betalare", 'kommun, region eller staten; fick texten "kommunen"', 'kommun, region or staten; found the text "kommunen"']
  ])("%s: an error with the row number and column, the row left out", (_what, bad, column, sv, en) => {
    const t = readUnitCostRows([SV, row("OK"), bad]);
    expect(t.rows.map((r) => r.unitCost.code)).toEqual(["OK"]);
    const errors = errorsOf(t);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column, severity: "error" });
    expect(errors[0]?.sv).toContain(`Rad 3, kolumn "${column}"`);
    expect(errors[0]?.en).toContain(`Row 3, column "${column}"`);
    expect(errors[0]?.sv).toContain(sv);
    expect(errors[0]?.en).toContain(en);
  });

  test("payer ignores case; a duplicate code (ignoring case) is an error naming the first row", () => {
    const t = readUnitCostRows([SV, row("GR", 1, 2019, "Kommun"), row("Gr ", 2)]);
    expect(t.rows.map((r) => [r.row, r.unitCost.payer])).toEqual([[2, "kommun"]]);
    expect(errorsOf(t)).toEqual([
      { row: 3, column: "Kod", severity: "error", sv: 'Rad 3, kolumn "Kod": koden "Gr" finns redan på rad 2; koderna måste vara unika.', en: 'Row 3, column "Kod": the code "Gr" is already on row 2; codes must be unique.' }
    ]);
  });

  test("a row with several problems reports each", () => {
    const t = readUnitCostRows([SV, ["", "x", "", "abc", 1800, "stat", "k", "", ""]]);
    expect(errorsOf(t).map((p) => p.column)).toEqual(["Kod", "Kostnad", "Prisår", "Betalare", "Enhet"]);
    expect(t.rows).toEqual([]);
  });

  test("a missing source is a warning (källa saknas) and the row is kept", () => {
    const t = readUnitCostRows([SV, row("A", 1, 2019, "kommun", "")]);
    expect(t.rows[0]?.unitCost.source).toBe("");
    expect(t.problems).toEqual([expect.objectContaining({ row: 2, column: "Källa", severity: "warning" })]);
    expect(t.problems[0]?.sv).toContain("källa saknas");
    expect(t.problems[0]?.en).toContain("source missing");
  });

  test("no source column at all: one warning on the header row", () => {
    const t = readUnitCostRows([["Kod", "Beskrivning", "Enhet", "Kostnad", "Prisår", "Betalare"], ["A", "a", "kr", 1, 2019, "kommun"], ["B", "b", "kr", 1, 2019, "kommun"]]);
    expect(t.rows).toHaveLength(2);
    expect(t.problems).toEqual([expect.objectContaining({ row: 1, severity: "warning" })]);
    expect(t.problems[0]?.sv).toContain("källa saknas");
  });

  test("a missing description is a warning; the code stands in", () => {
    const t = readUnitCostRows([SV, ["A", "", "kr", 1, 2019, "kommun", "k", "", ""]]);
    expect(t.rows[0]?.unitCost.description).toBe("A");
    expect(t.problems.map((p) => [p.column, p.severity])).toEqual([["Beskrivning", "warning"]]);
  });

  test("required headers missing: one error listing which", () => {
    const t = readUnitCostRows([["Kod", "Beskrivning", "Enhet", "Kostnad", "Källa"], ["A", "a", "kr", 1, "k"]]);
    expect(t.rows).toEqual([]);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ row: 1, severity: "error" });
    expect(t.problems[0]?.sv).toContain("obligatoriska kolumner saknas: prisår (price_year, prisår); betalare (payer, betalare)");
    expect(t.problems[0]?.en).toContain("required columns are missing: price year (price_year, prisår); payer (payer, betalare)");
  });

  test("a second column meaning the same is kept as extra, with a warning", () => {
    const t = readUnitCostRows([[...SV, "source_title"], [...row("A"), "Annan källa"]]);
    expect(t.rows[0]?.unitCost.source).toBe("Örebro kommun");
    expect(t.rows[0]?.extra).toEqual({ source_title: "Annan källa" });
    expect(t.problems).toEqual([expect.objectContaining({ row: 1, column: "source_title", severity: "warning" })]);
  });

  test("empty or malformed tables do not throw", () => {
    expect(readUnitCostRows([]).problems[0]?.en).toContain("empty");
    expect(readUnitCostRows([[]]).problems[0]?.en).toContain("required columns are missing");
    expect(readUnitCostRows([SV, null as unknown as unknown[], row("A")]).rows).toHaveLength(1);
    expect(parseUnitCostCsv("").problems[0]?.severity).toBe("error");
  });
});

describe("parseUnitCostCsv", () => {
  test("a Swedish semicolon CSV with quoted fields and decimal commas", () => {
    const text = 'Kod;Beskrivning;Enhet;Kostnad;Prisår;Betalare;Källa\r\nFN;"Assistans; ""schablon""";kr per timme;324,50;2023;staten;"Heja Olika, 2023"\r\n';
    const t = parseUnitCostCsv(text);
    expect(t.problems).toEqual([]);
    expect(t.rows[0]?.unitCost).toMatchObject({ code: "FN", description: 'Assistans; "schablon"', cost: 324.5, payer: "staten", source: "Heja Olika, 2023" });
  });

  test("bad rows carry their CSV row number", () => {
    const t = parseUnitCostCsv("code,description,unit,cost,price_year,payer,source\nA,a,kr,1,2019,kommun,s\n\nB,b,kr,x,2019,kommun,s\n");
    expect(t.rows.map((r) => r.unitCost.code)).toEqual(["A"]);
    expect(t.problems.map((p) => [p.row, p.column])).toEqual([[4, "cost"]]);
  });
});
