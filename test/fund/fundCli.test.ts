import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFundArgs } from "../../src/cli/fundArgs";
import { loadExcelJs } from "../../src/writer/loadExcelJs";
import { ROOT } from "../support/scenarioFiles";
import { example } from "./fundSupport";

const orebro = join(ROOT, "assets", "funds", "orebro-fond.json");
let dir: string;

function fund(...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "fund.mjs"), ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-fund-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run fund", () => {
  test("writes the fund workbook: five sheets, the register table, the two names", async () => {
    const out = join(dir, "fond.xlsx");
    const r = fund(orebro, "--out", out);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("5 blad");
    expect(r.stdout).toContain("6 satsningar, 2013–2029");
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Fondöversikt", "Fondregister", "Flöden per satsning", "Återföring per förvaltning", "Varningar", "Fondkälla"]);
    const names = wb.definedNames.model.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(["SINV_FundBalanceEnd", "SINV_FundMinBalance"]));
    expect(Object.keys((wb.getWorksheet("Fondregister") as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["SINV_Fondregister"]);
  });

  test("--json prints the results: years with allocated, disbursed, repaid, balance, booked, available, starts; owed by department; warnings", () => {
    const r = fund(orebro, "--json", "--lang", "en");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { out: null; results: { years: Record<string, Record<string, number>>; owedByDepartment: Record<string, { name: string; years: Record<string, number> }>; warnings: { kind: string; en: string }[] } };
    expect(json.out).toBeNull();
    expect(Object.keys(json.results.years["2016"]!)).toEqual(["allocated", "disbursed", "repaid", "balance", "booked", "available", "starts"]);
    expect(json.results.years["2015"]).toEqual({ allocated: 0, disbursed: 4_148_266, repaid: 0, balance: 59_822_993, booked: 12_522_993, available: 47_300_000, starts: 3 });
    expect(json.results.owedByDepartment.forsorjningsstod!.years["2014"]).toBe(4_305_000);
    expect(json.results.warnings.map((w) => w.kind)).toContain("shortfall");
  });

  test("an existing file is kept without --force and replaced with it; an input file is never the output", () => {
    const out = join(dir, "keep.xlsx");
    writeFileSync(out, "user data");
    const r = fund(orebro, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("finns redan");
    expect(readFileSync(out, "utf8")).toBe("user data");
    expect(fund(orebro, "--out", out, "--force").status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const scenario = join(ROOT, "assets", "examples", "orebro-bryggan.json");
    const self = fund(orebro, "--out", scenario, "--force");
    expect(self.status).toBe(1);
    expect(self.stderr).toContain("is one of the input files");
    expect(fund(orebro, "--out", join(dir, "no", "such", "folder.xlsx")).stderr).toContain("finns inte");
  });

  test("a missing or invalid scenario file: named with why, exit 1, no file written, no internal error", () => {
    mkdirSync(join(dir, "f"), { recursive: true });
    writeFileSync(join(dir, "f", "bryggan.json"), JSON.stringify(example("orebro-bryggan.json")));
    writeFileSync(join(dir, "f", "bad.json"), JSON.stringify({ ...example("orebro-skolfam.json"), format: "sinv-scenario/9" }));
    const file = join(dir, "f", "fond.json");
    writeFileSync(file, JSON.stringify({ format: "sinv-fund/1", name: "F", allocations: { "2013": 1e6 }, investments: ["bryggan.json", "saknas.json", "bad.json"] }));
    const out = join(dir, "f", "ut.xlsx");
    const r = fund(file, "--out", out, "--lang", "en");
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${file}: 2 problem(s):`);
    expect(r.stderr).toContain(`investments[2]: cannot read the scenario file ${join(dir, "f", "saknas.json")}: the file does not exist.`);
    expect(r.stderr).toContain(`investments[3]: the scenario file ${join(dir, "f", "bad.json")} is invalid (1 problem): format: format version – expected the text "sinv-scenario/1"`);
    expect(r.stderr).not.toMatch(/internal|intern|at .*\.ts:/);
    expect(existsSync(out)).toBe(false);
  });

  test("bad arguments say what is wrong", () => {
    expect(fund().stderr).toContain("Ange en fondfil");
    expect(fund(orebro).stderr).toContain("--out <fil.xlsx> (eller --json)");
    expect(fund(orebro, "--lang", "de", "--json").stderr).toContain("--lang ska vara sv eller en, inte de.");
    expect(parseFundArgs(["a.json", "--out"])).toEqual(expect.objectContaining({ en: "--out lacks a file name (got nothing)." }));
    expect(parseFundArgs(["a.json", "--bogus"])).toEqual(expect.objectContaining({ en: expect.stringContaining("Unknown option --bogus.") }));
  });
});
