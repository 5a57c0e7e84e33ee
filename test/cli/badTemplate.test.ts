import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { ROOT } from "../support/scenarioFiles";

const example = join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json");
const shipped = readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8");
type Raw = { sheets: Record<string, { sv: string; en: string }>; labels: Record<string, { sv: string; en: string }>; numberFormats: Record<string, string> };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-template-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every template the issue names, and more: the CLI's answer is a message naming the field and exit 1. */
const BAD: [string, string | ((t: Raw) => void), string][] = [
  ['a " in the annual token', (t) => (t.labels.modelAnnual!.sv = 'år"lig'), "labels.modelAnnual.sv"],
  ["duplicate headers", (t) => (t.labels.name!.sv = "Id"), "labels.name.sv"],
  ["a line break in a header", (t) => (t.labels.share!.sv = "And\nel"), "labels.share.sv"],
  ["a sheet name beginning with '", (t) => (t.sheets.effects!.sv = "'Effekter"), "sheets.effects.sv"],
  ["a sheet named History", (t) => (t.sheets.effects!.sv = "History"), "sheets.effects.sv"],
  ["a broken number format", (t) => (t.numberFormats.money = '0.0"'), "numberFormats.money"],
  ["not an object", "[]", "(template)"],
  ["null", "null", "(template)"],
  ["not JSON", "{ labels: ", "(file)"],
  ["a __proto__ key", (t) => Object.defineProperty(t.labels, "__proto__", { value: { sv: "x", en: "y" }, enumerable: true }), "labels"]
];

describe("npm run generate with a bad --template", () => {
  test("one byte-order mark (Windows UTF-8) is read past: the workbook is written", () => {
    const template = join(dir, "bom.json");
    writeFileSync(template, `\ufeff${shipped}`);
    const out = join(dir, "bom.xlsx");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), example, "--template", template, "--out", out], { encoding: "utf8", cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test("two byte-order marks: exit 1, the encoding said and how to mend it, no file, no unexpected error", () => {
    const template = join(dir, "bom2.json");
    writeFileSync(template, `\ufeff\ufeff${shipped}`);
    const out = join(dir, "bom2.xlsx");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), example, "--template", template, "--out", out], { encoding: "utf8", cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("två byteordningsmärken");
    expect(r.stderr).toContain("two byte-order marks");
    expect(r.stderr).not.toMatch(/unexpected error|oväntat fel/);
    expect(existsSync(out)).toBe(false);
  });

  test.each(BAD)("%s: exit 1, the field's path, no file, no unexpected error", (_name, spoil, path) => {
    let text: string;
    if (typeof spoil === "string") text = spoil;
    else {
      const t = JSON.parse(shipped) as Raw;
      spoil(t);
      text = JSON.stringify(t);
    }
    const template = join(dir, "bad.json");
    writeFileSync(template, text);
    const out = join(dir, "x.xlsx");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), example, "--template", template, "--out", out], { encoding: "utf8", cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toContain("ogiltig mall");
    expect(r.stderr).not.toMatch(/unexpected error|oväntat fel/);
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("a template written before SINV gained a sheet or a label", () => {
  test("the CLI completes it with SINV's own names and texts, says which, and writes the workbook", async () => {
    const older = JSON.parse(shipped) as Raw;
    delete older.sheets.checks;
    for (const key of Object.keys(older.labels).filter((k) => k.startsWith("checks"))) delete older.labels[key];
    older.labels.name = { sv: "Benämning (vår)", en: "Name (ours)" };
    const template = join(dir, "older.json");
    writeFileSync(template, JSON.stringify(older));
    const out = join(dir, "older.xlsx");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), example, "--template", template, "--out", out], { encoding: "utf8", cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/mallen saknar \d+ namn och texter som SINV har fått sedan mallen skrevs; SINV:s egna används: .*sheets\.checks.*labels\.checksTitle/);
    expect(r.stderr).not.toMatch(/labels\.name\b/);
    const workbook = await (await JSZip.loadAsync(readFileSync(out))).file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/<sheet [^>]*name="Kontroller"/);
  });

  test("a key given with a bad value is still refused, even though a default exists", () => {
    const older = JSON.parse(shipped) as Raw;
    delete older.sheets.checks;
    (older.labels as Record<string, unknown>).checksTitle = { sv: "" , en: "Checks" };
    const template = join(dir, "older-bad.json");
    writeFileSync(template, JSON.stringify(older));
    const out = join(dir, "older-bad.xlsx");
    const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), example, "--template", template, "--out", out], { encoding: "utf8", cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/labels\.checksTitle\.sv/);
    expect(existsSync(out)).toBe(false);
  });
});
