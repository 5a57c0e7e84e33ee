import { MemoryGateway } from "../../src/preview/memoryGateway";
import type { MemoryWorkbookInit } from "../../src/preview/memoryGateway";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { INSERT_PLAN } from "../fixtures/insertPlan";
import { describeGatewayContract, type GatewayUnderTest } from "../support/gatewayContract";

function memoryUnderTest(initial: MemoryWorkbookInit, options: { failAfterSheetsInserted?: boolean } = {}): GatewayUnderTest {
  let armed: string | undefined;
  let seen: string[] = [];
  const gateway = new MemoryGateway({
    initial,
    onInsertStep: (step) => {
      seen.push(`step:${step}`);
      if ((options.failAfterSheetsInserted && step === "sheets") || armed === `step:${step}`) throw new Error("Simulated failure.");
    }
  });
  return {
    arm: (fault) => {
      armed = fault;
      seen = [];
    },
    faults: () => [...seen],
    gateway,
    observe: () => {
      const snapshot = gateway.snapshot();
      return { sheets: snapshot.sheets, tables: snapshot.tables, names: snapshot.names };
    },
    formula: (sheet, ref) => gateway.cell(sheet, ref)?.formula,
    opened: () => gateway.opened.length
  };
}

describeGatewayContract("MemoryGateway", memoryUnderTest);

describe("MemoryGateway", () => {
  it("keeps values and the plan's expected results in its cells, and reads tables from the cells as they are now", async () => {
    const gateway = new MemoryGateway();
    await gateway.insertIntoCurrent(await writeXlsx(INSERT_PLAN), INSERT_PLAN);
    expect(gateway.cell("Översikt", "A1")).toEqual({ value: "Översikt" });
    expect(gateway.cell("Effekter", "$B$4")).toEqual({ value: 700, formula: "'Översikt'!C8*2" });
    gateway.setCell("Indata", "B3", 300);
    gateway.setCell("Indata", "A3", null);
    expect((await gateway.readTables(["SINV_Enhetskostnader"])).SINV_Enhetskostnader?.rows).toEqual([
      ["A", 100],
      ["", 300]
    ]);
  });

  it("fails an insert when a name step fails too, and removes the names it added", async () => {
    const gateway = new MemoryGateway({
      initial: { sheets: ["Blad1"] },
      onInsertStep: (step) => {
        if (step === "names") throw new Error("late");
      }
    });
    await expect(gateway.insertIntoCurrent(new Uint8Array(10), INSERT_PLAN)).rejects.toMatchObject({ kind: "insertFailed" });
    expect(gateway.snapshot()).toEqual({ sheets: ["Blad1"], tables: [], names: [] });
  });
});
