import { cellTextProblem, columnHeaderProblem, definedNameProblem, excelNameKey, sheetNameProblem } from "../../src/workbook/excelNames";

describe("sheet names as Excel requires them", () => {
  test.each(["Översikt", "Effekter 2017–2019", "Kalle's år", "E".repeat(31), "History 2", "Historik"])("accepts %j", (name) => {
    expect(sheetNameProblem(name)).toBeUndefined();
  });
  test.each<[string, RegExp]>([
    ["", /empty/],
    ["E".repeat(32), /32 characters/],
    ...[..."[]:*?/\\"].map((ch): [string, RegExp] => [`A${ch}B`, /may hold none of/]),
    ["'Effekter", /begin or end with '/],
    ["Effekter'", /begin or end with '/],
    ["History", /reserved/],
    ["hISTORY", /reserved/],
    ["Eff\nekter", /line break/],
    ["Eff\u0000ekter", /U\+0000/]
  ])("refuses %j", (name, reason) => {
    expect(sheetNameProblem(name)?.en).toMatch(reason);
  });
  test("names are compared ignoring case, also beyond ASCII", () => {
    expect(excelNameKey("ÅTERFÖRING")).toBe(excelNameKey("återföring"));
    expect(excelNameKey("Effekter")).not.toBe(excelNameKey("Effekt"));
  });
});

describe("table column names", () => {
  test.each(["Andel", "Kostnad (kr)", "#", "x".repeat(255)])("accepts %j", (h) => {
    expect(columnHeaderProblem(h)).toBeUndefined();
  });
  test.each<[string, RegExp]>([
    ["", /empty/],
    ["  ", /empty/],
    ["x".repeat(256), /256 characters/],
    ["And\nel", /line break/],
    ["And\r\nel", /line break/],
    ["And\tel", /line break or tab/],
    ["And\u2028el", /line break/],
    [" Andel", /begins or ends with a space/],
    ["Andel ", /begins or ends with a space/],
    ["And\u0007el", /U\+0007/],
    ["=Andel", /begins with =/],
    ["+1", /begins with \+/],
    ["-x", /begins with -/],
    ["@x", /begins with @/]
  ])("refuses %j", (h, reason) => {
    expect(columnHeaderProblem(h)?.en).toMatch(reason);
  });
});

describe("defined names (workbook and table names)", () => {
  test.each(["SINV_TotalCost", "SINV_Enhetskostnader", "_x", "\\x", "Målgrupper.2", "ABCD1", "R1C1x"])("accepts %j", (n) => {
    expect(definedNameProblem(n)).toBeUndefined();
  });
  test.each<[string, RegExp]>([
    ["", /1–255/],
    ["x".repeat(256), /1–255/],
    ["1abc", /must begin/],
    ["SINV Total", /must begin/],
    ["SINV-Total", /must begin/],
    ["A1", /cell reference/],
    ["xfd1048576", /cell reference/],
    ["R1C1", /cell reference/],
    ["rc", /cell reference/],
    ["R", /cell reference/],
    ["c", /cell reference/]
  ])("refuses %j", (n, reason) => {
    expect(definedNameProblem(n)?.en).toMatch(reason);
  });
});

describe("text a cell can hold (the .xlsx is XML)", () => {
  test("tabs and line breaks are fine; control characters, U+FFFE, lone surrogates and over 32 767 characters are not", () => {
    expect(cellTextProblem("a\tb\nc\r\nd – åäö 😀")).toBeUndefined();
    expect(cellTextProblem("x".repeat(32767))).toBeUndefined();
    expect(cellTextProblem("x".repeat(32768))?.en).toMatch(/32768 characters/);
    expect(cellTextProblem("a\u000bb")?.en).toMatch(/U\+000B/);
    expect(cellTextProblem("a\ufffeb")?.en).toMatch(/U\+FFFE/);
    expect(cellTextProblem("a\ud800b")?.en).toMatch(/lone surrogate/);
    expect(cellTextProblem("a\udc00")?.en).toMatch(/lone surrogate/);
  });
});
