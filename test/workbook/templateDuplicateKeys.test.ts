import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplateText } from "../../src/workbook/template";

const shipped = readFileSync(join(__dirname, "..", "..", "assets", "templates", "orebro.json"), "utf8");

describe("a template file with a key given twice", () => {
  it("is refused naming the path and both lines, not silently read with the last value", () => {
    const text = shipped.replace('"integer": "0",', '"integer": "0",\n    "money": "0",');
    const r = parseTemplateText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe("numberFormats.money");
    expect(r.issues[0]?.en).toMatch(/is given twice in one object \(line \d+ and line \d+\)/);
    expect(r.issues[0]?.sv).toContain("två gånger");
  });

  it("reads the shipped template", () => {
    expect(parseTemplateText(shipped).ok).toBe(true);
  });
});
