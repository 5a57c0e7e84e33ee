/** @jest-environment jsdom */
/**
 * The economist's journey: the results of the worked example read from the workbook, the
 * eligibility rules as they type, bad input refused next to the field with nothing
 * written, read problems linked to their cells, the example unit-cost table inserted
 * without overwriting, the unit-cost picker, and the application workbook generated.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { OREBRO_2013_2019, evaluateInvestment, summarize, type Evaluation } from "../../src/engine";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { formatKr } from "../../src/taskpane/i18n/format";
import { SV } from "../../src/taskpane/i18n/sv";
import { exampleGateway, workedExampleFile } from "../../src/preview/exampleWorkbook";
import { installBrowserStubs, plain, renderPane, textOf, waitForRead } from "./support";

installBrowserStubs();

const typeInto = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

/** Every cell of the workbook by "Sheet!A1". */
function cellsOf(gateway: MemoryGateway): Map<string, { value: unknown; formula?: string }> {
  const out = new Map<string, { value: unknown; formula?: string }>();
  for (const sheet of gateway.snapshot().sheets) for (const c of gateway.cells(sheet)) out.set(`${sheet}!${c.ref}`, { value: c.value, ...(c.formula ? { formula: c.formula } : {}) });
  return out;
}

/** Every cell inside a SINV_* table's range, by "Sheet!A1". */
function tableCells(gateway: MemoryGateway): Set<string> {
  const out = new Set<string>();
  for (const t of gateway.snapshot().tables.filter((x) => x.name.startsWith("SINV_"))) {
    const [first, last] = t.range.replace(/\$/g, "").split(":") as [string, string];
    const at = (ref: string): [number, number] => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return [[...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), Number(m[2])];
    };
    const [c1, r1] = at(first);
    const [c2, r2] = at(last);
    for (const c of gateway.cells(t.sheet)) if (c.col >= c1 && c.col <= c2 && c.row >= r1 && c.row <= r2) out.add(`${t.sheet}!${c.ref}`);
  }
  return out;
}

/** Every method of the gateway that writes to the workbook, spied on. */
function spyOnWrites(gateway: MemoryGateway): jest.SpyInstance[] {
  return (["openAsNewWorkbook", "insertIntoCurrent", "writeParameters", "saveScenarios", "insertTable"] as const).map((m) => jest.spyOn(gateway, m));
}

describe("the application journey on the worked example", () => {
  it("shows the engine's results for the workbook's inputs", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    const expected = summarize(evaluateInvestment(workedExampleFile().investment, OREBRO_2013_2019) as Evaluation);
    expect(expected.totalCost).toBe(12_200_000);
    expect(textOf("result-total-cost")).toBe("12 200 000 kr");
    expect(textOf("result-savings10y")).toBe("16 200 000 kr");
    expect(textOf("result-ratio")).toBe("1,33");
    expect(textOf("result-approved")).toBe("Ja");
    expect(textOf("result-payback")).toBe("2020");
    expect(textOf("result-planned-repayment")).toBe("12 810 000 kr");
    expect(textOf("result-repayment-fsk")).toBe(plain(formatKr(expected.repaymentByDepartment.fsk as number)));
    expect(textOf("result-repayment-soc")).toBe("0 kr");
    // The break-even factor on all planned shares (cost / savings), and the share of the target group per effect (0.3 × 0.753).
    expect(textOf("result-breakeven")).toBe("0,753");
    expect(plain(screen.getByText(/Nollpunktsfaktor/).textContent ?? "")).toBe("Nollpunktsfaktor (× alla planerade andelar)");
    expect(textOf("result-breakeven-share-placement")).toBe("22,6 %");
    expect(screen.getByTestId("savings-chart").querySelector('svg[role="img"]')?.getAttribute("aria-label")).toMatch(/besparingen når kostnaden år 2020/);
    expect(textOf("tables-read")).toContain("Effekter (SINV_Effekter): 1 rad");
    expect(screen.getByTestId("eligibility-collaboration").getAttribute("data-ok")).toBe("true");
  });

  it("checks eligibility as the economist types, with the reason", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    typeInto("dept-area-soc", "Barn och utbildning");
    expect(screen.getByTestId("eligibility-collaboration").getAttribute("data-ok")).toBe("false");
    expect(textOf("eligibility-collaboration")).toContain("Minst två nämnder från olika områden");
    fireEvent.click(screen.getByTestId("add-partner"));
    typeInto("partner-name-0", "Föreningen Läxhjälp");
    expect(screen.getByTestId("eligibility-collaboration").getAttribute("data-ok")).toBe("true");
    expect(textOf("eligibility-collaboration")).toContain("Föreningen Läxhjälp");
    typeInto("field-end-year", "2022");
    expect(textOf("eligibility-duration")).toContain("Satsningen pågår 6 år men ska pågå 2–4 år.");
  });

  it.each([
    ["field-start-year", "tjugo", "”tjugo” är inte ett tal"],
    ["field-end-year", "2016", "Slutåret 2016 ligger före startåret 2017."],
    ["volume-pupils-2018", "-3", "Får inte vara negativt."],
    ["effect-share-placement", "130", "Andelen kan vara högst 100 %."],
    ["cost-staff-2017", "3 000 000 kr?", "är inte ett tal"]
  ])("refuses %s = %p with a message next to the field and writes nothing", async (testId, value, message) => {
    const gateway = await exampleGateway("sv");
    const writes = spyOnWrites(gateway);
    await renderPane(gateway);
    typeInto(testId, value);
    const field = screen.getByTestId(testId);
    const described = field.getAttribute("aria-describedby") ?? "";
    const messages = described
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(messages).toContain(message);
    expect(textOf("field-errors")).toContain("Inget skrivs till arbetsboken");
    expect((screen.getByTestId("generate-new") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("update-workbook") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("generate-new"));
    fireEvent.click(screen.getByTestId("update-workbook"));
    fireEvent.click(screen.getByTestId("tab-scenarios"));
    expect((screen.getByTestId("write-parameters") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("write-parameters"));
    await act(async () => undefined);
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
  });

  it("lets a corrected field count again", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    typeInto("effect-share-placement", "3O");
    expect(screen.queryByTestId("field-errors")).not.toBeNull();
    typeInto("effect-share-placement", "15");
    expect(screen.queryByTestId("field-errors")).toBeNull();
    expect(textOf("result-savings10y")).toBe("8 100 000 kr");
  });

  it("lists a table with a renamed header with its row, and shows the cell", async () => {
    const gateway = await exampleGateway("sv");
    gateway.setCell("Effekter", "F4", "Andelen");
    await renderPane(gateway);
    const problem = textOf("problem-0");
    expect(problem).toContain("Effekter, rad 1");
    expect(problem).toContain('Tabellen SINV_Effekter saknar kolumnerna "Andel" (rubrikerna har kanske ändrats).');
    fireEvent.click(screen.getByTestId("problem-link-0"));
    await waitFor(() => expect(gateway.selected).toEqual({ sheet: "Effekter", address: "A4" }));
  });

  it("links a bad cell to its row and column", async () => {
    const gateway = await exampleGateway("sv");
    gateway.setCell("Målgrupper", "D5", -4);
    await renderPane(gateway);
    expect(textOf("problem-0")).toContain("Målgrupper, rad 2");
    fireEvent.click(screen.getByTestId("problem-link-0"));
    await waitFor(() => expect(gateway.selected).toEqual({ sheet: "Målgrupper", address: "D5" }));
  });

  it("says when a required table is empty", async () => {
    const gateway = await exampleGateway("sv");
    for (const ref of ["A5", "B5", "C5", "D5", "E5", "F5", "G5", "H5", "I5", "J5", "K5", "L5"]) gateway.setCell("Effekter", ref, null);
    await renderPane(gateway);
    expect(textOf("read-problems")).toContain("Tabellen SINV_Effekter är tom");
  });

  it("offers the example unit-cost table in a workbook without one, and inserts it without overwriting", async () => {
    const gateway = new MemoryGateway({ initial: { sheets: ["Blad1", "Enhetskostnader (exempel)"] } });
    gateway.setCell("Enhetskostnader (exempel)", "A1", "mina egna anteckningar");
    await renderPane(gateway);
    expect(textOf("table-read")).toContain(SV.tables.noInputs);
    fireEvent.click(screen.getByTestId("insert-example"));
    await screen.findByTestId("insert-example-done");
    expect(textOf("insert-example-done")).toContain("Enhetskostnader (exempel) (2)");
    expect(gateway.cell("Enhetskostnader (exempel)", "A1")?.value).toBe("mina egna anteckningar");
    expect(gateway.cell("Enhetskostnader (exempel) (2)", "A1")?.value).toMatch(/^EXEMPEL/);
    expect(gateway.cell("Enhetskostnader (exempel) (2)", "A3")?.value).toBe("code");
    expect(gateway.cell("Enhetskostnader (exempel) (2)", "E4")?.value).toBe(98912);
    await waitForRead();
    expect(screen.queryByTestId("insert-example")).toBeNull();
    fireEvent.click(screen.getByTestId("add-effect"));
    expect(textOf("unitcost-details-e1")).toContain("98 912 kr per elev och år · prisår 2019 · betalare kommun");
  });

  it("picks a unit cost by searching code or description", async () => {
    const gateway = new MemoryGateway();
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("insert-example"));
    await screen.findByTestId("insert-example-done");
    await waitForRead();
    fireEvent.click(screen.getByTestId("add-effect"));
    const picker = screen.getByTestId("unitcost-picker-e1");
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: "gymnasie" } });
    const listbox = await screen.findByRole("listbox");
    const options = within(listbox).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(expect.arrayContaining([expect.stringContaining("SKOLA_GYMNASIESKOLA_ELEV_AR_RIKET")]));
    expect(options.every((o) => /gymnasie/i.test(o.textContent ?? ""))).toBe(true);
    fireEvent.click(options[0] as HTMLElement);
    await waitFor(() => expect(textOf("unitcost-details-e1")).toContain("144 058 kr per elev och år · prisår 2024"));
  });

  it("matches references by the engine's key: a department written \"SOC \" in the effects table is the department soc", async () => {
    const gateway = await exampleGateway("sv");
    const before = (await gateway.readTables(["SINV_Effekter"])).SINV_Effekter;
    const column = (before?.headers ?? []).indexOf("Förvaltning");
    expect(column).toBeGreaterThan(0);
    gateway.setCell("Effekter", `${String.fromCharCode(65 + column)}5`, "SOC ");
    await renderPane(gateway);
    expect(screen.queryByTestId("read-problems")).toBeNull();
    const selects = within(screen.getByTestId("effect-placement")).getAllByRole("combobox") as HTMLSelectElement[];
    // The second department: a select whose value matched no option would show the first one.
    expect(selects.map((s) => s.value)).toContain("soc");
    expect(textOf("result-repayment-soc")).toBe("12 810 000 kr");
  });

  it("lists a unit-cost code missing from the table with a link to its cell", async () => {
    const gateway = await exampleGateway("sv");
    gateway.setCell("Effekter", "D5", "SAKNAS");
    await renderPane(gateway);
    expect(textOf("read-problems")).toContain("SAKNAS");
    fireEvent.click(screen.getByTestId("problem-link-0"));
    await waitFor(() => expect(gateway.selected).toEqual({ sheet: "Effekter", address: "D5" }));
  });

  it("asks for a unit cost next to the picker and writes nothing until there is one", async () => {
    const gateway = new MemoryGateway();
    const writes = spyOnWrites(gateway);
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("add-effect"));
    const effect = screen.getByTestId("effect-e1");
    expect(within(effect).getByText(SV.picker.chooseCode)).toBeTruthy();
    expect(within(effect).getByText(SV.picker.empty)).toBeTruthy();
    expect((screen.getByTestId("generate-new") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId("generate-insert"));
    await act(async () => undefined);
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
  });
});

describe("generating the application workbook", () => {
  async function xlsxSheets(bytes: Uint8Array): Promise<string[]> {
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file("xl/workbook.xml")?.async("string");
    return [...(workbook ?? "").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] as string);
  }

  it("opens it as a new workbook with valid xlsx bytes, showing the steps", async () => {
    const gateway = await exampleGateway("sv");
    const open = jest.spyOn(gateway, "openAsNewWorkbook");
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("generate-new"));
    await screen.findByTestId("generate-done", undefined, { timeout: 20000 });
    expect(open).toHaveBeenCalledTimes(1);
    const bytes = open.mock.calls[0]?.[0] as Uint8Array;
    expect(String.fromCharCode(bytes[0] as number, bytes[1] as number)).toBe("PK");
    expect(await xlsxSheets(bytes)).toEqual(["Översikt", "Parametrar", "Kostnadskalkyl", "Målgrupper", "Enhetskostnader", "Effekter", "Återföring", "Känslighet", "Uppföljning", "Utvärderingsschema", "Samhällsekonomi", "Kontroller"]);
    expect(textOf("generate-done")).toContain(SV.generate.doneNew);
  });

  it("updates this workbook's SINV tables instead of inserting the workbook again: only the tables' cells change", async () => {
    const gateway = await exampleGateway("sv");
    const insert = jest.spyOn(gateway, "insertIntoCurrent");
    await renderPane(gateway);
    expect(screen.queryByTestId("generate-insert")).toBeNull();
    expect(textOf("insert-only-note")).toContain("uppdatera dem i stället");
    const before = cellsOf(gateway);
    typeInto("effect-share-placement", "25");
    typeInto("dept-name-soc", "Socialnämnden Väster");
    fireEvent.click(screen.getByTestId("update-workbook"));
    await screen.findByTestId("update-done");
    expect(insert).not.toHaveBeenCalled();
    const after = cellsOf(gateway);
    const changed = [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));
    expect(changed.length).toBeGreaterThan(0);
    const inTables = tableCells(gateway);
    expect(changed.filter((k) => !inTables.has(k))).toEqual([]);
    expect([...after.values()].some((c) => c.value === 0.25)).toBe(true);
    expect([...after.values()].some((c) => c.value === "Socialnämnden Väster")).toBe(true);
    expect(gateway.snapshot().sheets).not.toContain("Översikt (2)");
  });

  it("offers to rebuild the sheets when an effect was added in the pane: Avbryt writes nothing; yes rebuilds them and says what Översikt shows now", async () => {
    const gateway = await exampleGateway("sv");
    await renderPane(gateway);
    const before = cellsOf(gateway);
    const sheets = gateway.snapshot().sheets;
    fireEvent.click(screen.getByTestId("add-effect"));
    fireEvent.click(screen.getByTestId("update-workbook"));
    await screen.findByTestId("confirm-rebuild", undefined, { timeout: 20000 });
    expect(textOf("confirm-rebuild")).toContain("Effekter: 1 ny rad (");
    expect(textOf("confirm-rebuild")).toContain(`${sheets.length} blad byggs om; dina egna blad berörs inte`);
    fireEvent.click(screen.getByTestId("confirm-cancel"));
    expect(screen.queryByTestId("confirm-rebuild")).toBeNull();
    expect(cellsOf(gateway)).toEqual(before);

    fireEvent.click(screen.getByTestId("update-workbook"));
    await screen.findByTestId("confirm-rebuild", undefined, { timeout: 20000 });
    fireEvent.click(screen.getByTestId("confirm-yes"));
    await screen.findByTestId("rebuild-done", undefined, { timeout: 20000 });
    expect(gateway.snapshot().sheets).toEqual(sheets);
    expect((await gateway.readTables(["SINV_Effekter"])).SINV_Effekter?.rows.map((r) => r[0])).toEqual(["placement", "e1"]);
    expect(textOf("rebuild-done")).toContain(`Klart: ${sheets.length} blad byggdes om. Översikt visar nu total kostnad`);
  });

  it("explains invalid inputs instead of writing", async () => {
    const gateway = new MemoryGateway();
    const open = jest.spyOn(gateway, "openAsNewWorkbook");
    await renderPane(gateway);
    fireEvent.click(screen.getByTestId("generate-new"));
    await screen.findByTestId("generate-invalid");
    expect(textOf("generate-invalid")).toContain(SV.generate.invalidTitle);
    expect(open).not.toHaveBeenCalled();
  });

  it("explains a failure of Excel", async () => {
    const gateway = await exampleGateway("en");
    jest.spyOn(gateway, "openAsNewWorkbook").mockRejectedValue(new Error("The workbook is too large for Excel on the web."));
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await renderPane(gateway, { lang: "en" });
    fireEvent.click(screen.getByTestId("generate-new"));
    await screen.findByTestId("generate-error", undefined, { timeout: 20000 });
    expect(textOf("generate-error")).toContain("The workbook could not be created");
    expect(textOf("generate-error")).toContain("too large");
    expect(logged).toHaveBeenCalledWith("SINV: generating the workbook failed", expect.any(Error));
    logged.mockRestore();
  });
});
