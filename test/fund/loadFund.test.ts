import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFund } from "../../src/fund/file/loadFund";
import { example } from "./fundSupport";

let dir: string;
const read = (p: string): Uint8Array => readFileSync(p);
const write = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};
const fund = (investments: unknown[], extra: Record<string, unknown> = {}): string =>
  write("fond.json", { format: "sinv-fund/1", name: "Test", allocations: { "2013": 65000000 }, investments, ...extra });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-fund-load-"));
  mkdirSync(join(dir, "scen"));
  write(join("scen", "bryggan.json"), example("orebro-bryggan.json"));
  write(join("scen", "sot.json"), example("orebro-samverkan-for-teckensprakiga.json"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loading a fund and its scenario files", () => {
  test("paths are relative to the fund file; a bare path is granted in its start year; maxNewPerYear defaults to the rules' 3", () => {
    const r = loadFund(fund(["scen/bryggan.json", { file: "scen/sot.json", status: "evaluated", decisionYear: 2013 }]), read);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = r.value.fund.items;
    expect([a!.id, a!.status, a!.decisionYear, a!.file]).toEqual(["S1", "granted", 2017, "scen/bryggan.json"]);
    expect([b!.id, b!.status, b!.decisionYear]).toEqual(["S2", "evaluated", 2013]);
    expect(r.value.fund.maxNewPerYear).toBe(3);
    expect(r.value.scenarios.map((s) => s.path)).toEqual([join(dir, "scen", "bryggan.json"), join(dir, "scen", "sot.json")]);
  });

  test("a missing and an invalid scenario file are each named, with why, all at once", () => {
    write("broken.json", { ...example("orebro-bryggan.json"), investment: { ...example("orebro-bryggan.json").investment, startYear: "2017" } });
    write("notjson.json", "{ \"format\": ");
    const r = loadFund(fund(["scen/bryggan.json", "scen/finns-inte.json", "broken.json", "notjson.json", "scen"]), read);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = r.errors.map((e) => e.en);
    expect(en[0]).toBe(`investments[2]: cannot read the scenario file ${join(dir, "scen", "finns-inte.json")}: the file does not exist.`);
    expect(r.errors[0]!.sv).toBe(`investments[2]: kan inte läsa scenariofilen ${join(dir, "scen", "finns-inte.json")}: filen finns inte.`);
    expect(en[1]).toBe(
      `investments[3]: the scenario file ${join(dir, "broken.json")} is invalid (1 problem): investment.startYear: start year – expected a whole year 1900–2200, found the text "2017".`
    );
    expect(en[2]).toMatch(new RegExp(`^investments\\[4\\]: the scenario file ${join(dir, "notjson.json")} is invalid \\(1 problem\\): Invalid JSON at line 1, column`));
    expect(en[3]).toBe(`investments[5]: cannot read the scenario file ${join(dir, "scen")}: it is a folder, not a file.`);
  });

  test("the same scenario file twice, a badly encoded one, a decision after the start year", () => {
    writeFileSync(join(dir, "latin1.json"), Buffer.from([0x7b, 0x22, 0xf6, 0x22, 0x7d]));
    const r = loadFund(fund(["scen/bryggan.json", "./scen/../scen/bryggan.json", "latin1.json", { file: "scen/sot.json", decisionYear: 2015 }]), read);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(["investments[2]", "investments[3]", "investments[4]"]);
    expect(r.errors[0]!.en).toContain("is already investments[1]; an investment counts once.");
    expect(r.errors[1]!.en).toContain(`cannot read the scenario file ${join(dir, "latin1.json")}: `);
    expect(r.errors[1]!.en).toContain("UTF-8");
    expect(r.errors[2]!.en).toContain("the decision year 2015 is after the investment's start year 2014");
  });

  test("the fund file itself: missing, or invalid with the path of each problem", () => {
    const missing = loadFund(join(dir, "nope.json"), read);
    expect(!missing.ok && missing.errors[0]!.en).toBe(`Cannot read the fund file ${join(dir, "nope.json")}: the file does not exist.`);
    const bad = loadFund(fund(["scen/bryggan.json"], { maxNewPerYear: -1 }), read);
    expect(!bad.ok && bad.errors[0]!.path).toBe("maxNewPerYear");
  });
});
