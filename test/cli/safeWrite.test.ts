import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseGenerateArgs } from "../../src/cli/args";
import { OutputRefused, checkOutput, writeOutput } from "../../src/cli/safeWrite";

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "sinv-write-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = new Uint8Array([1, 2, 3]);
const refusal = (f: () => void): OutputRefused => {
  try {
    f();
  } catch (e) {
    if (e instanceof OutputRefused) return e;
    throw e;
  }
  throw new Error("not refused");
};

describe("the CLI writes its output all-or-nothing and never over a user's file", () => {
  it("writes a new file and leaves no temporary file", () => {
    writeOutput(join(dir, "ut.xlsx"), bytes, false);
    expect([...readFileSync(join(dir, "ut.xlsx"))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
  });

  it("refuses a file that appeared after the check, and keeps it as it was", () => {
    const out = join(dir, "ut.xlsx");
    checkOutput(out, false, []);
    writeFileSync(out, "the user's");
    const e = refusal(() => writeOutput(out, bytes, false));
    expect(e.refusal.en).toContain("is not overwritten");
    expect(readFileSync(out, "utf8")).toBe("the user's");
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
  });

  it("replaces an existing file with --force, whole", () => {
    const out = join(dir, "ut.xlsx");
    writeFileSync(out, "old");
    writeOutput(out, bytes, true);
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
  });

  it("never writes over an input file, not even with --force", () => {
    const input = join(dir, "scenario.json");
    writeFileSync(input, "{}");
    expect(refusal(() => checkOutput(input, true, [input])).refusal.sv).toContain("indatafilerna");
    expect(readFileSync(input, "utf8")).toBe("{}");
  });

  it("names a folder given as --out, and a missing folder, without a temporary file's name", () => {
    mkdirSync(join(dir, "mapp"));
    expect(refusal(() => checkOutput(join(dir, "mapp"), true, [])).refusal.en).toContain("is a folder");
    const missing = refusal(() => checkOutput(join(dir, "saknas", "ut.xlsx"), false, []));
    expect(missing.refusal.en).toBe(`The folder ${join(dir, "saknas")} does not exist; create it first.`);
    expect(missing.refusal.en).not.toContain(".tmp");
    expect(readdirSync(dir)).toEqual(["mapp"]);
  });

  it("does not take an option for a file name: --out --force is refused", () => {
    expect(parseGenerateArgs(["a.json", "--out", "--force"])).toEqual({ sv: "--out saknar filnamn (fick --force).", en: "--out lacks a file name (got --force)." });
    expect(parseGenerateArgs(["a.json", "--template", "--json", "--out", "b.xlsx"])).toHaveProperty("en", "--template lacks a file name (got --json).");
  });
});
