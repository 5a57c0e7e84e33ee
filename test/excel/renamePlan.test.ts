import { renameInFormula } from "../../src/sheetModel/renameInFormula";
import { MAX_SHEET_NAME, renamePlan } from "../../src/sheetModel/renamePlan";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { INSERT_PLAN } from "../fixtures/insertPlan";

const NOTHING = { sheets: [], tables: [], names: [] };

function cellFormula(plan: WorkbookPlan, sheet: string, ref: string): string | undefined {
  return plan.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.ref === ref)?.formula;
}

describe("renamePlan", () => {
  it("returns the plan itself when nothing clashes", () => {
    const result = renamePlan(INSERT_PLAN, { sheets: ["Blad1"], tables: ["Annan"], names: ["Annat"] });
    expect(result.changed).toBe(false);
    expect(result.plan).toBe(INSERT_PLAN);
    expect(result.renames).toEqual({ sheets: {}, tables: {}, names: {} });
  });

  it("suffixes clashing sheets, tables and names and rewrites every reference, quoted or not", () => {
    const { plan, renames, changed } = renamePlan(INSERT_PLAN, { sheets: ["ÖVERSIKT"], tables: ["sinv_enhetskostnader"], names: ["SINV_TotalCost"] });
    expect(changed).toBe(true);
    expect(renames).toEqual({
      sheets: { Översikt: "Översikt (2)" },
      tables: { SINV_Enhetskostnader: "SINV_Enhetskostnader_2" },
      names: { SINV_TotalCost: "SINV_TotalCost_2" }
    });
    expect(plan.sheets.map((s) => s.name)).toEqual(["Översikt (2)", "Indata", "Effekter"]);
    expect(plan.sheets[1].tables[0].name).toBe("SINV_Enhetskostnader_2");
    expect(plan.names).toEqual([
      { name: "SINV_TotalCost_2", sheet: "Översikt (2)", ref: "$C$8" },
      { name: "SINV_Effect", sheet: "Effekter", ref: "$B$4" }
    ]);
    expect(cellFormula(plan, "Effekter", "B4")).toBe("'Översikt (2)'!C8*2");
    expect(cellFormula(plan, "Effekter", "B5")).toBe("'Översikt (2)'!C8+1");
    expect(cellFormula(plan, "Effekter", "B6")).toBe('"Översikt!C8"&"SINV_TotalCost"');
    expect(cellFormula(plan, "Effekter", "B7")).toBe("INDEX(SINV_Enhetskostnader_2[Kostnad],2)");
    expect(cellFormula(plan, "Översikt (2)", "C9")).toBe("SINV_TotalCost_2*2");
    // the input is not changed
    expect(INSERT_PLAN.sheets[0].name).toBe("Översikt");
    expect(cellFormula(INSERT_PLAN, "Effekter", "B4")).toBe("'Översikt'!C8*2");
  });

  it("skips suffixes already taken in the workbook or by the plan itself", () => {
    const plan: WorkbookPlan = {
      ...INSERT_PLAN,
      sheets: [...INSERT_PLAN.sheets, { name: "Översikt (3)", cells: [], tables: [], columnWidths: {} }]
    };
    const { renames } = renamePlan(plan, {
      sheets: ["Översikt", "Översikt (2)"],
      tables: ["SINV_Enhetskostnader"],
      names: ["SINV_Enhetskostnader_2", "SINV_TotalCost"]
    });
    expect(renames.sheets).toEqual({ Översikt: "Översikt (4)" });
    expect(renames.tables).toEqual({ SINV_Enhetskostnader: "SINV_Enhetskostnader_3" });
  });

  it("treats tables and names as one namespace", () => {
    const { renames } = renamePlan(INSERT_PLAN, { sheets: [], tables: ["SINV_TotalCost"], names: ["SINV_Enhetskostnader"] });
    expect(renames.tables).toEqual({ SINV_Enhetskostnader: "SINV_Enhetskostnader_2" });
    expect(renames.names).toEqual({ SINV_TotalCost: "SINV_TotalCost_2" });
  });

  it("keeps suffixed sheet names within Excel's 31 characters", () => {
    const long = "Effekter per förvaltning och år"; // 31 characters
    expect(long).toHaveLength(MAX_SHEET_NAME);
    const plan: WorkbookPlan = {
      ...INSERT_PLAN,
      sheets: [{ name: long, cells: [{ ref: "A1", formula: `'${long}'!B2` }], tables: [], columnWidths: {} }],
      names: [{ name: "X", sheet: long, ref: "$A$1" }]
    };
    const { plan: renamed, renames } = renamePlan(plan, { ...NOTHING, sheets: [long] });
    expect(renames.sheets[long]).toBe("Effekter per förvaltning oc (2)");
    expect(renamed.sheets[0].name).toHaveLength(MAX_SHEET_NAME);
    expect(renamed.sheets[0].cells[0].formula).toBe("'Effekter per förvaltning oc (2)'!B2");
    expect(renamed.names[0].sheet).toBe("Effekter per förvaltning oc (2)");
  });

  it("handles sheet names like constructor without tripping over object properties", () => {
    const plan: WorkbookPlan = { ...INSERT_PLAN, sheets: [{ name: "constructor", cells: [], tables: [], columnWidths: {} }], names: [] };
    expect(renamePlan(plan, NOTHING).changed).toBe(false);
    expect(renamePlan(plan, { ...NOTHING, sheets: ["Constructor"] }).renames.sheets).toEqual({ constructor: "constructor (2)" });
  });
});

describe("renameInFormula", () => {
  const renames = {
    sheets: new Map([
      ["EFFEKTER", "Effekter (2)"],
      ["INDATA", "Indata_2"],
      ["KALLE'S", "Kalle's (2)"]
    ]),
    identifiers: new Map([
      ["SINV_TOTALCOST", "SINV_TotalCost_2"],
      ["SINV_ENHETSKOSTNADER", "SINV_Enhetskostnader_2"]
    ])
  };

  it.each([
    ["'Effekter'!B4", "'Effekter (2)'!B4"],
    ["Effekter!B4", "'Effekter (2)'!B4"],
    ["effekter!$B$4:$C$9", "'Effekter (2)'!$B$4:$C$9"],
    ["SUM(Indata!A1:A3)", "SUM(Indata_2!A1:A3)"],
    ["'Kalle''s'!A1", "'Kalle''s (2)'!A1"],
    ["SINV_TotalCost/2", "SINV_TotalCost_2/2"],
    ["sinv_totalcost/2", "SINV_TotalCost_2/2"],
    ["SUMPRODUCT(SINV_Enhetskostnader[Kostnad],(SINV_Enhetskostnader[[#This Row],[Kod]]=\"A\")*1)", "SUMPRODUCT(SINV_Enhetskostnader_2[Kostnad],(SINV_Enhetskostnader_2[[#This Row],[Kod]]=\"A\")*1)"],
    ['"Effekter!B4 SINV_TotalCost"', '"Effekter!B4 SINV_TotalCost"'],
    ["Tbl[SINV_TotalCost]", "Tbl[SINV_TotalCost]"],
    ["'Effekter och år'!B4+Other!A1", "'Effekter och år'!B4+Other!A1"],
    ["SINV_TotalCostX+SINV.SINV_TotalCost(1)", "SINV_TotalCostX+SINV.SINV_TotalCost(1)"]
  ])("%s → %s", (formula, expected) => {
    expect(renameInFormula(formula, renames)).toBe(expected);
  });
});
