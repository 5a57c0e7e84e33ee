import { MAX_FORMAT_LENGTH, numberFormatProblem } from "../../src/workbook/numberFormat";

describe("a strict Excel number-format checker", () => {
  test.each([
    "#,##0",
    "0.0%",
    "0.000",
    "0",
    "0.00",
    "[Red]-#,##0",
    '"kr" #,##0',
    '#,##0 "kr";[Red]-#,##0 "kr";"–"',
    "#,##0_);(#,##0)",
    "0;-0;;@",
    "[>=1000]#,##0;0",
    "[Color10]0.0",
    "[$€-x-euro2] #,##0.00",
    "\\k\\r #,##0",
    "0.00E+00",
    "# ?/?",
    "yyyy-mm-dd",
    "[h]:mm:ss",
    "hh:mm AM/PM",
    "General",
    "@",
    "* #,##0",
    "#,##0\u00a0€"
  ])("accepts %j", (format) => {
    expect(numberFormatProblem(format)).toBeUndefined();
  });

  test.each<[string, string, RegExp]>([
    ["", "empty", /empty/],
    ["   ", "blank", /empty/],
    ['0.0"', "an open quotation mark", /not closed/],
    ["[Redd]0", "an unknown colour", /\[Redd\] is no colour/],
    ["[Color57]0", "a colour number above 56", /no colour/],
    ["[Red0", "an open bracket", /bracket \(\[\) is not closed/],
    ["0]", "a stray closing bracket", /not opened/],
    ["0;0;0;0;0", "five sections", /5 sections/],
    ["0\\", "a backslash at the end", /ends the format/],
    ["0_", "an underscore at the end", /ends the format/],
    ["#,##0 kr", "unquoted letters", /character k must be quoted/],
    ["0E0", "E without a sign", /E must be followed/],
    ["0@", "text and digits in one section", /@ \(text\)/],
    ["0\u0001", "a control character", /U\+0001/],
    ["0".repeat(MAX_FORMAT_LENGTH + 1), "over 255 characters", /256 characters/]
  ])("refuses %j (%s)", (format, _why, reason) => {
    const p = numberFormatProblem(format);
    expect(p?.en).toMatch(reason);
    expect(p!.sv.length).toBeGreaterThan(3);
    expect(p!.sv).not.toBe(p!.en);
  });

  test("a ; inside quotes or brackets does not start a section", () => {
    expect(numberFormatProblem('"a;b;c;d;e" 0')).toBeUndefined();
    expect(numberFormatProblem("0\\;0\\;0\\;0\\;0")).toBeUndefined();
  });
});
