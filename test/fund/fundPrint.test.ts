/**
 * The fund workbook's print set-up: in the plan (landscape, one page wide, the template's
 * margins, the fund's name in the header and the date in the footer, repeated header rows
 * and label columns, page breaks never after a heading) and as the written file holds it
 * (pageSetup, fitToPage, _xlnm.Print_Titles, header and footer); `--date` sets the date.
 */
import type { FundPortfolio } from "../../src/engine";
import { fundPortfolio, isDomainError } from "../../src/engine";
import { parseFundArgs } from "../../src/cli/fundArgs";
import { buildFundWorkbook } from "../../src/fund/workbook/buildFundWorkbook";
import { FUND_ORIENTATION } from "../../src/fund/workbook/fundPrintLayout";
import type { WorkbookPlan } from "../../src/sheetModel/plan";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { orebroTemplate } from "../support/scenarioFiles";
import { readXlsxStructure } from "../support/xlsxStructure";
import { orebroFund } from "./fundSupport";

const template = orebroTemplate();
function portfolio(): FundPortfolio {
  const r = fundPortfolio(orebroFund());
  if (isDomainError(r)) throw new Error(r.en);
  return r;
}
const p = portfolio();
const plan = (lang: "sv" | "en"): WorkbookPlan => buildFundWorkbook(p, { template, lang, generatedOn: "2024-05-01" });

describe("the fund workbook's print set-up", () => {
  const sv = plan("sv");

  test("every sheet: A4, landscape, one page wide, the template's margins, the fund and the sheet in the header, the date and page numbers in the footer", () => {
    expect(Object.values(FUND_ORIENTATION).every((o) => o === "landscape")).toBe(true);
    for (const sheet of sv.sheets) {
      const print = sheet.print!;
      expect({ sheet: sheet.name, paper: print.paperSize, orientation: print.orientation, fit: print.fitToWidth }).toEqual({ sheet: sheet.name, paper: 9, orientation: "landscape", fit: 1 });
      expect(print.margins.left).toBeCloseTo(1.5 / 2.54, 6);
      expect(print.margins.top).toBeCloseTo(2 / 2.54, 6);
      expect(print.header).toEqual({ left: "Örebro", right: "&A" });
      expect(print.footer).toEqual({ left: "Skapad 2024-05-01 med SINV", right: "sida &P av &N" });
    }
    expect(plan("en").sheets[0]!.print!.footer).toEqual({ left: "Generated 2024-05-01 with SINV", right: "page &P of &N" });
  });

  test("the register's, the flows', the repayments' and the warnings' header rows repeat, with the id and name columns", () => {
    const titles = Object.fromEntries(sv.sheets.map((s) => [s.name, [s.print!.titleRows ?? null, s.print!.titleColumns ?? null]]));
    expect(titles).toEqual({
      Fondöversikt: [null, null],
      Fondregister: [[4, 4], [1, 2]],
      "Flöden per satsning": [[4, 4], [1, 2]],
      "Återföring per förvaltning": [[4, 4], [1, 2]],
      Varningar: [[4, 4], null],
      Fondkälla: [null, null]
    });
    // The repeated row is each sheet's header row: the register table's header, the others' header cells.
    expect(sv.sheets[1]!.tables[0]!.ref).toBe("A4");
    for (const s of sv.sheets.slice(2, 5)) expect({ sheet: s.name, style: s.cells.find((c) => c.ref === "A4")?.style }).toEqual({ sheet: s.name, style: "header" });
  });

  test("page breaks fall between sections: the overview's year table starts a page whole, never after its heading", () => {
    const overview = sv.sheets[0]!;
    const breaks = overview.print!.pageBreaksBefore ?? [];
    const heading = overview.cells.find((c) => c.value === "Fonden år för år")!;
    const headingRow = Number(/\d+/.exec(heading.ref)![0]);
    for (const row of breaks) expect(row).not.toBe(headingRow + 1);
    for (const s of sv.sheets)
      for (const row of s.print!.pageBreaksBefore ?? []) {
        const above = s.cells.filter((c) => Number(/\d+/.exec(c.ref)![0]) === row - 1);
        expect({ sheet: s.name, row, afterHeading: above.some((c) => c.style === "title" || c.style === "subtitle" || c.style === "header") }).toEqual({ sheet: s.name, row, afterHeading: false });
      }
  });

  test("the written file: pageSetup landscape on A4, fitToPage, print titles, header and footer", async () => {
    const file = await readXlsxStructure(await writeXlsx(sv));
    for (const [i, s] of sv.sheets.entries()) {
      const xml = await file.part(`xl/worksheets/sheet${i + 1}.xml`);
      const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? "";
      expect({ sheet: s.name, setup: [/paperSize="9"/.test(setup), /orientation="landscape"/.test(setup), /fitToWidth="1"/.test(setup), /fitToHeight="0"/.test(setup)] }).toEqual({ sheet: s.name, setup: [true, true, true, true] });
      expect(/<pageSetUpPr fitToPage="1"\/>/.test(xml)).toBe(true);
      expect(xml).toContain("<oddHeader>&amp;LÖrebro&amp;R&amp;A</oddHeader>");
      expect(xml).toContain("<oddFooter>&amp;LSkapad 2024-05-01 med SINV&amp;Rsida &amp;P av &amp;N</oddFooter>");
    }
    const workbook = await file.part("xl/workbook.xml");
    const titles = [...workbook.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => [Number(m[1]), m[2]!.replace(/&apos;/g, "'")]);
    expect(titles).toContainEqual([1, "'Fondregister'!$A:$B,'Fondregister'!$4:$4"]);
    expect(titles).toContainEqual([4, "'Varningar'!$4:$4"]);
  });

  test("npm run fund takes --date for the footer, and refuses a date that is none", () => {
    expect(parseFundArgs(["fond.json", "--out", "f.xlsx", "--date", "2024-05-01"])).toEqual({ fund: "fond.json", out: "f.xlsx", lang: "sv", json: false, force: false, date: "2024-05-01" });
    expect(parseFundArgs(["fond.json", "--out", "f.xlsx", "--date", "2024-02-30"])).toEqual({ sv: "--date ska vara ett datum som 2024-05-01, inte 2024-02-30.", en: "--date must be a date such as 2024-05-01, not 2024-02-30." });
  });
});
