/** @jest-environment jsdom */
/**
 * When the user edits an input table in Excel, the pane's figures follow: change events
 * are debounced (one read after a burst of edits) and the new inputs replace the old.
 */
import { screen, waitFor } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { REREAD_DELAY_MS } from "../../src/taskpane/state/runner";
import { installBrowserStubs, renderPane, textOf } from "./support";

installBrowserStubs();

describe("following edits in the workbook", () => {
  it("re-reads once after a burst of edits and shows the new figures", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    const reads = jest.spyOn(gateway, "readTables");
    // The share in the effects table (F5) and the volumes (C5:E5) typed one after another.
    gateway.setCell("Effekter", "F5", 0.2);
    gateway.setCell("Målgrupper", "C5", 20);
    gateway.setCell("Målgrupper", "D5", 20);
    gateway.setCell("Målgrupper", "E5", 20);
    expect(reads).not.toHaveBeenCalled();
    await waitFor(() => expect(textOf("result-savings10y")).toBe("21 600 000 kr"), { timeout: REREAD_DELAY_MS * 10 });
    expect(reads).toHaveBeenCalledTimes(1);
    await waitFor(() => expect((screen.getByTestId("effect-share-placement") as HTMLInputElement).value).toBe("20"));
  });

  it("lists a problem typed into a table, and clears it when fixed", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    gateway.setCell("Effekter", "F5", "trettio");
    await screen.findByTestId("read-problems", undefined, { timeout: REREAD_DELAY_MS * 10 });
    expect(textOf("problem-0")).toContain("Effekter, rad 2");
    expect(textOf("problem-0")).toContain('Andel ska vara ett tal, inte texten "trettio"');
    // The figures stay those of the last valid inputs.
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    gateway.setCell("Effekter", "F5", 0.3);
    await waitFor(() => expect(screen.queryByTestId("read-problems")).toBeNull(), { timeout: REREAD_DELAY_MS * 10 });
  });
});
