import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGenerateArgs } from "../../src/cli/args";
import { readXlsxValues } from "../../src/writer/readXlsxValues";
import { loadExcelJs } from "../../src/writer/loadExcelJs";
import { ROOT } from "../support/scenarioFiles";

const example = join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json");
let dir: string;

function generate(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run generate", () => {
  test("writes the workbook: twelve sheets, the input tables and the result names", async () => {
    const out = join(dir, "ex.xlsx");
    const r = generate(example, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("12 blad");
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Översikt",
      "Parametrar",
      "Kostnadskalkyl",
      "Målgrupper",
      "Enhetskostnader",
      "Effekter",
      "Återföring",
      "Känslighet",
      "Uppföljning",
      "Utvärderingsschema",
      "Samhällsekonomi",
      "Kontroller"
    ]);
    const names = wb.definedNames.model.map((n: { name: string }) => n.name);
    for (const n of ["SINV_TotalCost", "SINV_Savings10Y", "SINV_Ratio", "SINV_Approved", "SINV_Payback", "SINV_BreakEven", "SINV_Repayment", "SINV_Eligible", "SINV_ActualRepayment", "SINV_ChecksOK"]) expect(names).toContain(n);
    const values = await readXlsxValues(new Uint8Array(readFileSync(out)));
    expect(values.get("Översikt!A1")).toBe("Översikt – ansökan om social investering");
  });

  test("--json prints the key results as one JSON object; --lang en names the sheets in English", () => {
    const r = generate(example, "--json", "--lang", "en", "--out", join(dir, "en.xlsx"));
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { results: { totalCost: number; windowSavings: number; paybackYear: number }; sheets: string[] };
    expect(json.results).toEqual(expect.objectContaining({ totalCost: 12200000, windowSavings: 16200000, paybackYear: 2020 }));
    expect(json.sheets[0]).toBe("Overview");
  });

  test("--formulas sinv writes SINV.* functions", async () => {
    const out = join(dir, "sinv.xlsx");
    expect(generate(example, "--out", out, "--formulas", "sinv").status).toBe(0);
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    const formula = (wb.getWorksheet("Effekter")!.getCell("E10").value as { formula: string }).formula;
    expect(formula).toContain("SINV.COHORTSAVINGS");
  });

  test("an existing file is not overwritten without --force", () => {
    const out = join(dir, "keep.xlsx");
    writeFileSync(out, "user data");
    const r = generate(example, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("finns redan");
    expect(readFileSync(out, "utf8")).toBe("user data");
  });

  test("a bad scenario file: a clear message naming the field, exit 1, no file, no stack trace", () => {
    const bad = join(dir, "bad.json");
    const json = JSON.parse(readFileSync(example, "utf8"));
    json.investment.effects[0].share = 1.5;
    writeFileSync(bad, JSON.stringify(json));
    const out = join(dir, "bad.xlsx");
    const r = generate(bad, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("investment.effects[1].share");
    expect(r.stderr).not.toMatch(/\bat .*\.(ts|js|cjs):\d+/);
    expect(existsSync(out)).toBe(false);
  });

  test("invalid JSON and a missing file", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{ "format": "sinv-scenario/1", }');
    const r = generate(broken, "--out", join(dir, "x.xlsx"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rad 1|line 1/);
    const missing = generate(join(dir, "nope.json"), "--out", join(dir, "y.xlsx"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("Kan inte läsa scenariofilen");
  });

  test("a bad template is refused with the paths of its problems", () => {
    const template = join(dir, "mall.json");
    const json = JSON.parse(readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8"));
    json.labels.totalCost = { sv: "", en: "Total cost" }; // a missing label would be completed from SINV's template; an empty one is refused
    json.sheets.effects.sv = "Översikt";
    writeFileSync(template, JSON.stringify(json));
    const r = generate(example, "--out", join(dir, "t.xlsx"), "--template", template);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("labels.totalCost");
  });
});

describe("command-line arguments", () => {
  test("defaults and flags", () => {
    expect(parseGenerateArgs(["a.json", "--out", "a.xlsx"])).toEqual({ scenario: "a.json", out: "a.xlsx", template: undefined, lang: "sv", formulas: "native", json: false, force: false });
  });
  test.each([[["--out", "x.xlsx"]], [["a.json"]], [["a.json", "--lang", "de", "--out", "x"]], [["a.json", "--formulas", "vba", "--out", "x"]], [["a.json", "--bogus"]], [["a.json", "b.json", "--out", "x"]]])(
    "refused: %j",
    (argv) => {
      const r = parseGenerateArgs(argv);
      expect("sv" in r && r.sv.length > 10 && r.en.length > 10).toBe(true);
    }
  );
});
