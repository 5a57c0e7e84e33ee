/** @jest-environment jsdom */
/**
 * The pane's "Räkna om SINV-formlerna": every formula calling a SINV function (also in the
 * form Excel saves, `_xldudf_SINV_X(`) is entered again through the gateway, the pane says
 * how many and where, a failure is shown in a MessageBar, and the print help is on screen.
 */
import { fireEvent, screen } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { installBrowserStubs, renderPane, textOf } from "./support";

installBrowserStubs();

describe("entering the SINV formulas again from the pane", () => {
  it("enters the workbook's SINV formulas again and says how many and on which sheets", async () => {
    const gateway = await exampleGateway("sv");
    gateway.setCell("Översikt", "H40", { formula: "_xldudf_SINV_SAVINGS10Y(1,2,3)" });
    gateway.setCell("Effekter", "Z90", { formula: "SINV.EFFECT(1,0.5,100)*2" });
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("reenter-formulas"));
    await screen.findByTestId("reenter-done");
    expect(textOf("reenter-done")).toBe("Klart: 2 formler matades in på nytt (Översikt, Effekter).");
    expect(gateway.cell("Översikt", "H40")?.formula).toBe("SINV.SAVINGS10Y(1,2,3)");
    expect(textOf("print-help")).toContain("Arkiv → Skriv ut");
  });

  it("shows the gateway's error when the write fails", async () => {
    const gateway = await exampleGateway("en");
    jest.spyOn(gateway, "reenterSinvFormulas").mockRejectedValue(new WorkbookError("writeFailed", { reason: "The write of C4 failed." }));
    await renderPane(gateway, { lang: "en" });
    fireEvent.click(screen.getByTestId("reenter-formulas"));
    await screen.findByTestId("reenter-error");
    expect(textOf("reenter-error")).toContain("The SINV formulas could not be entered again");
    expect(textOf("reenter-error")).toContain("The write of C4 failed.");
  });
});
