/**
 * Writes into the user's workbook are all or nothing, on the memory gateway and on the
 * Office.js gateway over office-addin-mock: a failure at each possible point (each
 * context.sync before or after its batch runs, each cell write, the settings save)
 * leaves the workbook exactly as before. Plus what only Office.js can show: a table
 * changed by the user between two round trips, a lost answer to the sheet's add, a
 * user's sheet of the same name appearing meanwhile.
 */
import { OfficeGateway } from "../../src/excel/officeGateway";
import type { MemoryGateway } from "../../src/preview/memoryGateway";
import { paneFake, type PaneFakeOptions, type PaneWorkbookInit } from "../support/fakeExcelPane";
import { memoryPaneGateway } from "../support/memoryPane";
import { FOLLOW_UP_WORKBOOK, PANE_WORKBOOK } from "../support/paneGatewayContract";
import { describeWriteFaultContract, OUTCOMES, type FaultRun, type FaultyGateway } from "../support/writeFaultContract";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function memoryFaulty(initial: PaneWorkbookInit): FaultyGateway {
  let armed: string | undefined;
  let seen: string[] | undefined;
  const point = (name: string): void => {
    if (!seen) return;
    const id = `${name}#${seen.filter((s) => s.startsWith(`${name}#`)).length + 1}`;
    seen.push(id);
    if (id === armed) throw new Error(`Simulated failure at ${id}.`);
  };
  const gateway: MemoryGateway = memoryPaneGateway(initial, { onWrite: () => point("write"), onInsertStep: (step) => point(`step:${step}`) });
  return {
    gateway,
    state: () => ({ ...gateway.snapshot(), cells: gateway.snapshot().sheets.map((s) => gateway.cells(s)), scenarios: gateway.scenariosText() }),
    arm: (fault) => {
      armed = fault;
      seen = [];
    },
    faults: () => [...(seen ?? [])],
    cell: (sheet, ref) => gateway.cell(sheet, ref)?.value
  };
}

function officeFaulty(initial: PaneWorkbookInit, extra: PaneFakeOptions = {}): FaultyGateway & { fake: ReturnType<typeof paneFake> } {
  const options: Mutable<PaneFakeOptions> = { ...extra };
  const fake = paneFake(initial, options);
  let base = { syncs: 0, writes: 0, saved: 0 };
  return {
    fake,
    gateway: new OfficeGateway(fake.host),
    state: () => ({
      sheets: fake.sheets.map((s) => ({ id: s.id, name: s.name, cells: [...s.cells].filter(([, v]) => v !== "").sort(), formulas: [...s.formulas].sort() })),
      tables: fake.tables.map((t) => ({ ...t })),
      settings: [...fake.settings]
    }),
    arm: (fault) => {
      base = { syncs: fake.syncs(), writes: fake.writes(), saved: fake.saved() };
      const [kind, n] = (fault ?? "").split("#");
      if (kind === "sync-before") options.failAtSync = base.syncs + Number(n);
      if (kind === "sync-after") options.failAfterSync = base.syncs + Number(n);
      if (kind === "write") options.failAtWrite = base.writes + Number(n);
      if (kind === "saveAsync") options.failOn = "saveAsync";
    },
    faults: () => {
      const range = (count: number, name: string): string[] => Array.from({ length: count }, (_, i) => `${name}#${i + 1}`);
      return [...range(fake.syncs() - base.syncs, "sync-before"), ...range(fake.syncs() - base.syncs, "sync-after"), ...range(fake.writes() - base.writes, "write"), ...range(fake.saved() - base.saved, "saveAsync")];
    },
    cell: (sheet, ref) => fake.cell(sheet, ref)
  };
}

const outcomes: string[] = [];
const note = (label: string) => (op: string, run: FaultRun): void => void outcomes.push(`${label} ${op}: ${run.points} points ${JSON.stringify(run.kinds)}`);
describeWriteFaultContract("MemoryGateway", memoryFaulty, note("memory"));
describeWriteFaultContract("OfficeGateway", (initial) => officeFaulty(initial), note("office"));
afterAll(() => {
  if (process.env.SINV_FAULT_REPORT) console.log(outcomes.join("\n"));
});

describe("OfficeGateway: what happens between round trips", () => {
  it("refuses the outcomes and puts the cells back when the user sorted the table between reading and writing", async () => {
    const swap = (n: number, fake: ReturnType<typeof paneFake>): void => {
      if (n !== 1) return;
      const sheet = fake.sheets.find((s) => s.name === "Uppföljning");
      if (!sheet) throw new Error("no sheet");
      for (const col of ["A", "B", "C", "D"]) {
        const six = sheet.cells.get(`${col}6`);
        sheet.cells.set(`${col}6`, sheet.cells.get(`${col}7`));
        sheet.cells.set(`${col}7`, six);
      }
    };
    const under = officeFaulty(FOLLOW_UP_WORKBOOK, { afterSync: swap });
    const failure = under.gateway.writeTablesCells(OUTCOMES);
    await expect(failure).rejects.toMatchObject({ kind: "tableChanged" });
    await expect(failure).rejects.toThrow(/Tabellen SINV_UtfallVolymer ändrades medan värdena skrevs; inget har ändrats/);
    // As the user sorted it: youth first, every value where the sort put it.
    expect(["A6", "C6", "D6", "A7", "C7", "D7", "C11"].map((ref) => under.cell("Uppföljning", ref))).toEqual(["youth", 3, 4, "pupils", 10, 11, 0.3]);
    expect(under.fake.syncs()).toBe(3);
  });

  it("deletes only its own sheet, by id, when the user adds a sheet of the same name meanwhile", async () => {
    const meanwhile = (n: number, fake: ReturnType<typeof paneFake>): void => {
      if (n === 2) fake.sheets.push({ id: "{user}", name: "Exempel", cells: new Map([["A1", "användarens"]]), formulas: new Map() });
    };
    const under = officeFaulty(PANE_WORKBOOK, { afterSync: meanwhile });
    const failure = under.gateway.insertTable({ sheet: "Exempel", table: { name: "T", columns: ["a"], rows: [[1]] } });
    await expect(failure).rejects.toMatchObject({ kind: "insertTableFailed" });
    expect(under.fake.sheets.map((s) => s.name)).toEqual(["Parametrar", "Enhetskostnader (exempel)", "Exempel"]);
    expect(under.cell("Exempel", "A1")).toBe("användarens");
  });

  it("finds its sheet by its one-off name and deletes it by id when the answer to the add is lost", async () => {
    const under = officeFaulty(PANE_WORKBOOK, { failAfterSync: 2 });
    await expect(under.gateway.insertTable({ sheet: "Exempel", table: { name: "T", columns: ["a"], rows: [[1]] } })).rejects.toMatchObject({ kind: "insertTableFailed" });
    expect(under.fake.sheets.map((s) => s.name)).toEqual(["Parametrar", "Enhetskostnader (exempel)"]);
    expect(under.fake.syncs()).toBe(4);
  });

  it("says which sheet to delete when removing its own sheet fails too", async () => {
    const under = officeFaulty(PANE_WORKBOOK, { failOn: "tables.add", failAtSync: 4 });
    const failure = under.gateway.insertTable({ sheet: "Exempel", table: { name: "T", columns: ["a"], rows: [[1]] } });
    await expect(failure).rejects.toMatchObject({ kind: "insertTableRollbackFailed" });
    await expect(failure).rejects.toThrow(/Ta bort bladet Exempel/);
  });

  it("puts the stored scenarios back when saving the settings fails, and says so", async () => {
    const under = officeFaulty(PANE_WORKBOOK);
    await under.gateway.saveScenarios([{ name: "A", scenario: { shareFactor: 0.5 } }]);
    const stored = under.fake.settings.get("sinv.scenarios");
    under.arm("saveAsync#1");
    const failure = under.gateway.saveScenarios([]);
    await expect(failure).rejects.toThrow(/De tidigare sparade scenarierna gäller.*The scenarios saved before still apply/);
    expect(under.fake.settings.get("sinv.scenarios")).toBe(stored);
    const fresh = officeFaulty(PANE_WORKBOOK, { failOn: "saveAsync" });
    await expect(fresh.gateway.saveScenarios([{ name: "A", scenario: {} }])).rejects.toMatchObject({ kind: "settingsFailed" });
    expect(fresh.fake.settings.has("sinv.scenarios")).toBe(false);
  });
});
