/**
 * The pane's translation layer and start-up page (server-side render, no DOM): Swedish
 * by default, English for an English Office, the same texts in both, errors in the
 * user's language, numbers the Swedish way.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { domainError } from "../../src/engine";
import { WorkbookError } from "../../src/sheetModel/workbookError";
import { StartupPage } from "../../src/taskpane/StartupPage";
import { TRANSLATIONS, errorText, inLanguage, paneLanguage, paneStrings } from "../../src/taskpane/i18n";
import { formatInput, formatKr, formatMillions, formatNumber, formatPercent } from "../../src/taskpane/i18n/format";

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

describe("paneLanguage", () => {
  it.each([
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["en", "en"],
    ["sv-SE", "sv"],
    ["fi-FI", "sv"],
    ["", "sv"],
    [null, "sv"],
    [undefined, "sv"]
  ])("%p → %s", (displayLanguage, expected) => {
    expect(paneLanguage(displayLanguage)).toBe(expected);
  });
});

/** Every leaf of the table: texts, and functions called with sample values. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value === "function") return [[path, (value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, (_, i) => (i === 0 ? samples : 2)))]];
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}
/** A sample argument: a number in a text, or an object of named values. */
const samples = new Proxy({} as Record<string | symbol, unknown>, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => "7" : key === "payback" ? 2020 : key === "first" ? 2017 : key === "last" ? 2029 : "X")
});

describe("TRANSLATIONS", () => {
  it("has the same keys and no empty text in both languages", () => {
    const sv = leaves(TRANSLATIONS.sv);
    const en = leaves(TRANSLATIONS.en);
    expect(en.map(([k]) => k)).toEqual(sv.map(([k]) => k));
    for (const [key, text] of [...sv, ...en]) expect({ key, text: String(text).trim() === "" }).toEqual({ key, text: false });
  });

  it("speaks Swedish and English", () => {
    expect(paneStrings("sv").tabs).toEqual({ label: "Arbetsmoment", application: "Ansökan", scenarios: "Scenarier", followUp: "Uppföljning" });
    expect(paneStrings("en").tabs.followUp).toBe("Follow-up");
    expect(paneStrings("sv").scenarios.writeParameters).toBe("Skriv till Parametrar");
    expect(paneStrings("sv").generate.createNew).toBe("Skapa arbetsbok");
    expect(paneStrings("sv").generate.insertHere).toBe("Infoga i denna arbetsbok");
    expect(paneStrings("sv").tables.showCell).toBe("Visa cellen");
  });
});

describe("errorText", () => {
  it("picks the user's language from errors that carry both", () => {
    expect(errorText(new WorkbookError("notInExcel"), "en")).toBe("Excel is not available: the pane is running outside Office.");
    expect(errorText(new WorkbookError("notInExcel"), "sv")).toBe("Excel är inte tillgängligt: panelen körs utanför Office.");
    expect(errorText(domainError("endBeforeStart", { start: 2017, end: 2016 }), "sv")).toBe("Slutåret 2016 ligger före startåret 2017.");
    expect(inLanguage("en", { sv: "Fel", en: "Error" })).toBe("Error");
  });

  it.each([
    [new Error("boom"), "boom"],
    [new TypeError(""), "TypeError"],
    ["plain", "plain"],
    [{ code: 7 }, '{"code":7}'],
    [undefined, "undefined"]
  ])("%p → %s", (error, expected) => {
    expect(errorText(error, "sv")).toBe(expected);
  });
});

describe("number formats", () => {
  it("writes numbers the Swedish way", () => {
    expect(plain(formatKr(12_200_000))).toBe("12 200 000 kr");
    expect(plain(formatKr(324.5))).toBe("324,50 kr");
    expect(plain(formatNumber(1.3278, 2))).toBe("1,33");
    expect(plain(formatPercent(0.2259259))).toBe("22,6 %");
    expect(formatInput(0.35)).toBe("0,35");
    expect(formatInput(3_000_000)).toBe("3000000");
    expect(formatMillions(12_200_000)).toBe("12,2");
  });
});

describe("StartupPage", () => {
  it("outside Office: says so and links to the preview", () => {
    const html = renderToStaticMarkup(<StartupPage strings={paneStrings("sv")} error={null} />);
    expect(html).toContain(TRANSLATIONS.sv.outsideOffice);
    expect(html).toContain('href="preview.html"');
    expect(renderToStaticMarkup(<StartupPage strings={paneStrings("en")} error={null} />)).toContain('href="preview.html?lang=en"');
  });

  it("shows a start-up error in a MessageBar", () => {
    const html = renderToStaticMarkup(<StartupPage strings={paneStrings("en")} error={new Error("onReady broke")} />);
    expect(html).toContain("fui-MessageBar");
    expect(html).toContain('role="alert"');
    expect(html).toContain("onReady broke");
    expect(html).not.toContain(TRANSLATIONS.en.outsideOffice);
  });
});
