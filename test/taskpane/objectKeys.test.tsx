/** @jest-environment jsdom */
/**
 * Issue 8, object keys, in the pane: a workbook whose ids are named like Object.prototype's
 * members (`constructor`, `toString`, …) shows the ordinary ids' results; a department
 * without a repayment share shows 0 kr, not what `record["constructor"]` would find.
 */
import { fireEvent, screen } from "@testing-library/react";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { buildPlan } from "../support/planEdits";
import { renameIds } from "../support/protoIds";
import { workedExampleFile } from "../support/scenarioFiles";
import { installBrowserStubs, renderPane, textOf } from "./support";

installBrowserStubs();

const NAMES = { fsk: "toString", soc: "constructor", pupils: "valueOf", placement: "hasOwnProperty", staff: "isPrototypeOf", premises: "constructor", grant: "toLocaleString" };

async function protoGateway(): Promise<MemoryGateway> {
  const gateway = new MemoryGateway();
  await gateway.insertIntoCurrent(new Uint8Array(0), buildPlan(renameIds(workedExampleFile, NAMES), "sv"));
  return gateway;
}

describe("the pane on a workbook whose ids are prototype names", () => {
  it("shows the worked example's results; the department without savings repays 0 kr", async () => {
    await renderPane(await protoGateway());
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    expect(textOf("result-planned-repayment")).toBe("12 810 000 kr");
    expect(textOf("result-repayment-toString")).toBe("12 810 000 kr");
    expect(textOf("result-repayment-constructor")).toBe("0 kr");
    expect(textOf("result-breakeven-share-hasOwnProperty")).toBe("22,6 %");
  });

  it("follows up an actual share of the effect hasOwnProperty as the ordinary id's", async () => {
    await renderPane(await protoGateway(), { journey: "followUp" });
    fireEvent.change(screen.getByTestId("actual-share-hasOwnProperty"), { target: { value: "10" } });
    expect(textOf("actual-repayment-toString")).toBe("5 400 000 kr");
    expect(textOf("followup-dept-toString-variance")).toBe("−10 800 000 kr");
    expect(textOf("followup-dept-constructor-variance")).toBe("0 kr");
  });
});
