import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LABEL_KEYS, SHEET_KEYS, parseTemplate, parseTemplateText } from "../../src/workbook/template";
import { ROOT } from "../support/scenarioFiles";

const shipped = JSON.parse(readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8")) as Record<string, unknown> & {
  labels: Record<string, unknown>;
  sheets: Record<string, { sv: string; en: string }>;
};

describe("the template is data", () => {
  test("the shipped Örebro template is valid and complete in both languages", () => {
    const r = parseTemplate(shipped);
    expect(r.ok).toBe(true);
    expect(Object.keys(shipped.labels).sort()).toEqual([...LABEL_KEYS].sort());
    expect(Object.keys(shipped.sheets).sort()).toEqual([...SHEET_KEYS].sort());
  });

  test.each<[string, (t: typeof shipped) => void, string]>([
    ["a missing label", (t) => delete t.labels.totalCost, "labels.totalCost"],
    ["an unknown label", (t) => (t.labels.typo = { sv: "x", en: "y" }), "typo"],
    ["a sheet name with a forbidden character", (t) => (t.sheets.effects = { sv: "Effekter/år", en: "Effects" }), "sheets.effects.sv"],
    ["a sheet name over 31 characters", (t) => (t.sheets.effects = { sv: "E".repeat(32), en: "Effects" }), "sheets.effects.sv"],
    ["two sheets with the same name", (t) => (t.sheets.effects = { sv: "Översikt", en: "Effects" }), "sheets.effects.sv"],
    ["a wrong format", (t) => (t.format = "sinv-template/9"), "format"],
    ["a sensitivity step of −100 %", (t) => (t.sensitivity = [-1]), "sensitivity[0]"]
  ])("%s is refused with its path", (_name, spoil, path) => {
    const t = structuredClone(shipped);
    spoil(t);
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => `${i.path} ${i.en}`).join("\n")).toContain(path);
      expect(r.issues.every((i) => i.sv.length > 5 && i.en.length > 5)).toBe(true);
    }
  });

  test("a file that is not JSON", () => {
    const r = parseTemplateText("{ labels: ");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]!.sv).toContain("inte giltig JSON");
  });
});
