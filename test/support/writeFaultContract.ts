/**
 * Writes into the user's workbook are all or nothing, on every {@link WorkbookGateway}:
 * each write operation is run once cleanly to learn the failure points it passes (each
 * `context.sync` failing before or after running its batch, each cell write, the settings
 * save; the memory gateway's cell writes and insert steps), then once per point with a
 * failure there. After every failure the operation rejects with a {@link WorkbookError}
 * and the workbook is exactly as before: cells, formulas, sheets, tables, names and the
 * stored scenarios.
 */
import type { WorkbookGateway } from "../../src/sheetModel/gateway";
import type { NamedScenario } from "../../src/sheetModel/namedScenarios";
import type { TableWrite } from "../../src/sheetModel/tablesWrite";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import type { PaneWorkbookInit } from "./fakeExcelPane";
import { FOLLOW_UP_WORKBOOK, LABELS, PANE_WORKBOOK, TEMPLATE } from "./paneGatewayContract";

/** A gateway whose next operation can be made to fail at one point. */
export interface FaultyGateway {
  readonly gateway: WorkbookGateway;
  /** Everything in the workbook, for comparing before and after. */
  state(): unknown;
  /** From now on, fail at `fault` (one of {@link faults}' names); start counting points. */
  arm(fault?: string): void;
  /** The failure points passed since {@link arm}, by name. */
  faults(): string[];
  cell(sheet: string, ref: string): unknown;
}

/** Makes a faulty gateway over a workbook. */
export type MakeFaultyGateway = (initial: PaneWorkbookInit) => FaultyGateway;

/** The outcome of running one operation with a failure at each point. */
export interface FaultRun {
  readonly points: number;
  /** Error kinds seen, with how often. */
  readonly kinds: Record<string, number>;
}

const VOLUMES_KEY = [TEMPLATE.labels.id.sv, TEMPLATE.labels.id.en];
const EFFECT_KEY = [TEMPLATE.labels.effect.sv, TEMPLATE.labels.effect.en];
const ACTUAL_SHARE = { [TEMPLATE.labels.actualShare.sv]: [TEMPLATE.labels.actualShare.en] };

/** The evaluator's outcomes: both follow-up tables, one operation. */
export const OUTCOMES: readonly TableWrite[] = [
  { table: "SINV_UtfallVolymer", keyHeaders: VOLUMES_KEY, updates: { pupils: { "2017": 12, "2018": null }, youth: { "2018": 5 } } },
  { table: "SINV_UtfallAndelar", keyHeaders: EFFECT_KEY, updates: { placement: { [TEMPLATE.labels.actualShare.sv]: 0.1 }, truancy: { [TEMPLATE.labels.actualShare.sv]: null } }, columnLabels: ACTUAL_SHARE }
];

const HALF: NamedScenario = { name: "Hälften", scenario: { shareFactor: 0.5, volumeFactor: 1, unitCostFactor: 1, discountRate: 0, includeDuring: false } };
const NEGATIVE: NamedScenario = { name: "Negativ ränta", scenario: { discountRate: -0.01, baseYear: 2019 } };

interface Operation {
  readonly name: string;
  readonly workbook: PaneWorkbookInit;
  readonly setup?: (gateway: WorkbookGateway) => Promise<void>;
  readonly run: (gateway: WorkbookGateway) => Promise<unknown>;
}

const OPERATIONS: readonly Operation[] = [
  { name: "writeTablesCells (the evaluator's outcomes, two tables)", workbook: FOLLOW_UP_WORKBOOK, run: (g) => g.writeTablesCells(OUTCOMES) },
  { name: "writeParameters", workbook: PANE_WORKBOOK, run: (g) => g.writeParameters({ shareFactor: 0.5, discountRate: 0.035, includeDuring: true }, LABELS) },
  {
    name: "insertTable",
    workbook: PANE_WORKBOOK,
    run: (g) => g.insertTable({ sheet: "Enhetskostnader (exempel)", note: "Exempel", table: { name: "SINV_Enhetskostnader", columns: ["code", "cost"], rows: [["A", 1]] } })
  },
  { name: "saveScenarios", workbook: PANE_WORKBOOK, setup: (g) => g.saveScenarios([HALF]), run: (g) => g.saveScenarios([HALF, NEGATIVE]) }
];

/**
 * Runs one operation with a failure at each of its points.
 *
 * @example
 * const run = await failEverywhere(make, OPERATIONS[0]); // { points: 9, kinds: { readFailed: 2, writeFailed: 7 } }
 */
async function failEverywhere(make: MakeFaultyGateway, op: Operation): Promise<FaultRun> {
  const clean = make(op.workbook);
  await op.setup?.(clean.gateway);
  clean.arm();
  await op.run(clean.gateway);
  const faults = clean.faults();
  const kinds: Record<string, number> = {};
  for (const fault of faults) {
    const under = make(op.workbook);
    await op.setup?.(under.gateway);
    const before = under.state();
    under.arm(fault);
    const error: unknown = await op.run(under.gateway).then(
      () => new Error(`no failure at ${fault}`),
      (e: unknown) => e
    );
    expect({ fault, error: error instanceof WorkbookError ? "WorkbookError" : String(error) }).toEqual({ fault, error: "WorkbookError" });
    expect({ fault, state: under.state() }).toEqual({ fault, state: before });
    const kind = (error as WorkbookError).kind;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return { points: faults.length, kinds };
}

/**
 * Declares the all-or-nothing tests.
 *
 * @param report - receives each operation's outcome (counts for the notes).
 *
 * @example
 * describeWriteFaultContract("MemoryGateway", memoryFaulty);
 */
export function describeWriteFaultContract(label: string, make: MakeFaultyGateway, report?: (op: string, run: FaultRun) => void): void {
  describe(`${label}: writes are all or nothing`, () => {
    it.each(OPERATIONS.map((op) => [op.name, op] as const))("%s: a failure at any point leaves the workbook exactly as before", async (name, op) => {
      const run = await failEverywhere(make, op);
      expect(run.points).toBeGreaterThan(0);
      report?.(name, run);
    });

    it("writes both tables of the outcomes in one operation, or neither when the second has no such row", async () => {
      const under = make(FOLLOW_UP_WORKBOOK);
      const before = under.state();
      const missing = [OUTCOMES[0] as TableWrite, { ...(OUTCOMES[1] as TableWrite), updates: { seniors: { [TEMPLATE.labels.actualShare.sv]: 0.1 } } }];
      await expect(under.gateway.writeTablesCells(missing)).rejects.toMatchObject({ kind: "tableCellsNotFound" });
      expect(under.state()).toEqual(before);
      const report = await under.gateway.writeTablesCells(OUTCOMES);
      expect(report.cells).toEqual(["Uppföljning!C6", "Uppföljning!D6", "Uppföljning!D7", "Uppföljning!C11", "Uppföljning!C12"]);
      expect([under.cell("Uppföljning", "C6"), under.cell("Uppföljning", "D7"), under.cell("Uppföljning", "C11")]).toEqual([12, 5, 0.1]);
      expect(under.cell("Uppföljning", "D6") ?? "").toBe("");
    });

    it("refuses to write over a formula the user put in a target cell, naming the table, row, column and cell, and writes nothing", async () => {
      const withFormula: PaneWorkbookInit = {
        ...FOLLOW_UP_WORKBOOK,
        sheets: FOLLOW_UP_WORKBOOK.sheets.map((s) => ({ ...s, cells: { ...s.cells, D7: "=C7+1" } }))
      };
      const under = make(withFormula);
      const before = under.state();
      const failure = under.gateway.writeTablesCells(OUTCOMES);
      await expect(failure).rejects.toMatchObject({ kind: "formulaInCell" });
      await expect(failure).rejects.toThrow(/Cellen Uppföljning!D7 i tabellen SINV_UtfallVolymer \(raden youth, kolumnen 2018\) innehåller formeln =C7\+1; inget skrevs.*The cell Uppföljning!D7 of the table SINV_UtfallVolymer \(row youth, column 2018\) holds the formula =C7\+1/);
      expect(under.state()).toEqual(before);
    });

    it("saves a scenario with a negative discount rate that loads again, and refuses one the loader would refuse, keeping what was stored", async () => {
      const under = make(PANE_WORKBOOK);
      await under.gateway.saveScenarios([HALF, NEGATIVE]);
      expect(await under.gateway.loadScenarios()).toEqual([HALF, NEGATIVE]);
      const before = under.state();
      const bad: NamedScenario = { name: "Fel", scenario: { shareFactor: -1 } };
      await expect(under.gateway.saveScenarios([HALF, bad])).rejects.toMatchObject({ kind: "settingsFailed" });
      expect(under.state()).toEqual(before);
      expect(await under.gateway.loadScenarios()).toEqual([HALF, NEGATIVE]);
    });
  });
}
