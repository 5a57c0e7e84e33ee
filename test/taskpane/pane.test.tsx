/**
 * Task pane texts and rendering (server-side render, no DOM): Swedish by default, English
 * for an English Office, and errors shown in a MessageBar.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { App, describeError } from "../../src/taskpane/App";
import { TRANSLATIONS, paneLanguage, paneStrings, type PaneLanguage } from "../../src/taskpane/i18n";

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

describe("TRANSLATIONS", () => {
  it("has the same non-empty texts in both languages", () => {
    const keys = (language: PaneLanguage): string[] => Object.keys(TRANSLATIONS[language]).sort();
    expect(keys("en")).toEqual(keys("sv"));
    for (const language of ["sv", "en"] as const) {
      for (const value of Object.values(paneStrings(language))) expect(String(value)).not.toBe("");
    }
  });

  it("names the SINV functions", () => {
    expect(TRANSLATIONS.sv.examples).toEqual(["=SINV.SAVINGS10Y(...)", "=SINV.REPAYMENT(...)"]);
    expect(TRANSLATIONS.sv.title).toBe("SINV – sociala investeringar");
  });
});

describe("App", () => {
  it("renders the Swedish pane with the example formulas", () => {
    const html = renderToStaticMarkup(<App strings={paneStrings("sv")} host={null} error={null} />);
    expect(html).toContain("SINV – sociala investeringar");
    expect(html).toContain("=SINV.SAVINGS10Y(...)");
    expect(html).toContain("=SINV.REPAYMENT(...)");
    expect(html).toContain(TRANSLATIONS.sv.comingLater);
    expect(html).toContain(TRANSLATIONS.sv.outsideOffice);
  });

  it("renders English texts and no outside-Office note inside Excel", () => {
    // office.js (and so the Office.HostType enum) is absent here; its Excel value is "Excel".
    const excel = "Excel" as unknown as Office.HostType;
    const html = renderToStaticMarkup(<App strings={paneStrings("en")} host={excel} error={null} />);
    expect(html).toContain(TRANSLATIONS.en.functionsAvailable);
    expect(html).not.toContain(TRANSLATIONS.en.outsideOffice);
  });

  it("shows an error in a MessageBar", () => {
    const html = renderToStaticMarkup(<App strings={paneStrings("en")} host={null} error={new Error("onReady broke")} />);
    expect(html).toContain("fui-MessageBar");
    expect(html).toContain('role="alert"');
    expect(html).toContain("onReady broke");
  });
});

describe("describeError", () => {
  it.each([
    [new Error("boom"), "boom"],
    [new TypeError(""), "TypeError"],
    ["plain", "plain"],
    [{ code: 7 }, '{"code":7}'],
    [undefined, "undefined"]
  ])("%p → %s", (error, expected) => {
    expect(describeError(error)).toBe(expected);
  });
});
