/** @jest-environment jsdom */
/**
 * "Spara som PDF" in the pane: offered only where the gateway can give the workbook as PDF,
 * the bytes downloaded as ansokan.pdf, a failure shown in a MessageBar; the print help is
 * always there.
 */
import { fireEvent, screen } from "@testing-library/react";
import { exampleGateway } from "../../src/preview/exampleWorkbook";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { installBrowserStubs, renderPane, textOf } from "./support";

installBrowserStubs();

describe("saving the workbook as PDF from the pane", () => {
  it("is not offered where the host cannot (the preview): only the print help", async () => {
    await renderPane(await exampleGateway("sv"));
    expect(screen.queryByTestId("save-pdf")).toBeNull();
    expect(textOf("print-help")).toContain("Arkiv → Skriv ut");
  });

  it("downloads the host's PDF as ansokan.pdf where the host can", async () => {
    const gateway = await exampleGateway("sv");
    jest.spyOn(gateway, "canExportPdf").mockReturnValue(true);
    jest.spyOn(gateway, "exportPdf").mockResolvedValue(new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const made: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob) => (made.push(blob), "blob:x");
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("save-pdf"));
    await screen.findByTestId("pdf-done");
    expect(names).toEqual(["ansokan.pdf"]);
    expect(made[0]?.type).toBe("application/pdf");
    expect(made[0]?.size).toBe(4);
    click.mockRestore();
  });

  it("shows the host's failure", async () => {
    const gateway = await exampleGateway("en");
    jest.spyOn(gateway, "canExportPdf").mockReturnValue(true);
    jest.spyOn(gateway, "exportPdf").mockRejectedValue(new WorkbookError("pdfFailed", { reason: "The slice could not be read." }));
    await renderPane(gateway, { lang: "en" });
    fireEvent.click(screen.getByTestId("save-pdf"));
    await screen.findByTestId("pdf-error");
    expect(textOf("pdf-error")).toContain("The workbook could not be saved as PDF");
    expect(textOf("pdf-error")).toContain("The slice could not be read.");
  });
});
