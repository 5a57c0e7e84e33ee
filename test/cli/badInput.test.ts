import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { richScenario } from "../fixtures/richScenario";
import { RICH_AS_PROTO, renameIds } from "../support/protoIds";
import { ROOT } from "../support/scenarioFiles";

/**
 * Issue 8 at the command line: files in other encodings, text no cell can hold, keys
 * given twice or named `__proto__`, ids named like Object.prototype's members, and
 * figures that would overflow. Each gives a clear message naming the field and writes no
 * file, or the same results as the ordinary file; `--json` never prints null or a
 * non-finite number where a figure belongs.
 */

const example = JSON.parse(readFileSync(join(ROOT, "assets", "examples", "raekneexempel-skolnarvaro.json"), "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edited as plain JSON
let dir: string;
let n = 0;

function generate(file: Uint8Array | string, ...args: string[]): { status: number; stdout: string; stderr: string; out: string } {
  const path = join(dir, `s${++n}.json`);
  writeFileSync(path, file);
  const out = join(dir, `s${n}.xlsx`);
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), path, "--out", out, ...args], { encoding: "utf8", cwd: dir });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, out };
}

function refused(r: ReturnType<typeof generate>, ...says: string[]): void {
  expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 1, stdout: "" });
  for (const s of says) expect(r.stderr).toContain(s);
  expect(r.stderr).not.toMatch(/unexpected error|oväntat fel|\bat .*\.(ts|js|cjs):\d+/);
  expect(existsSync(r.out)).toBe(false);
}

interface Results {
  readonly [key: string]: unknown;
}
function results(r: ReturnType<typeof generate>): Results {
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
  return (JSON.parse(r.stdout) as { results: Results }).results;
}

const text = JSON.stringify(example, null, 2);
const utf16 = (s: string, order: "le" | "be"): Uint8Array => {
  const le = Buffer.from(`\uFEFF${s}`, "utf16le");
  return order === "le" ? le : le.swap16();
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sinv-bad-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("encodings", () => {
  const plain = (): Results => results(generate(text, "--json"));

  test.each([
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), "UTF-8", ""],
    ["UTF-16 LE", utf16(text, "le"), "UTF-16 LE", "Scenariofilen lästes som UTF-16 LE."],
    ["UTF-16 BE", utf16(text, "be"), "UTF-16 BE", "Scenariofilen lästes som UTF-16 BE."]
  ])("%s: read, the same results, the encoding said", (_name, bytes, encoding, note) => {
    const json = generate(bytes, "--json");
    expect(JSON.parse(json.stdout).encoding).toEqual({ scenario: encoding, template: "UTF-8" });
    expect(results(json)).toEqual(plain());
    const said = generate(bytes);
    expect(said.status).toBe(0);
    expect(said.stdout.trim().endsWith(`godkänd: ja.${note ? ` ${note}` : ""}`)).toBe(true);
  });

  test("Latin-1: refused, saying the file is not UTF-8 and where", () => {
    refused(generate(Buffer.from(text.replace("Skolnärvaro", "Skoln\u00e4rvaro"), "latin1")), "Filen är inte UTF-8: byten E4 på rad 7, kolumn 19");
    refused(generate(Buffer.from(text, "latin1"), "--lang", "en"), "The file is not UTF-8", "Save the file as UTF-8");
  });

  test("two byte-order marks: refused, saying so", () => {
    refused(generate(`\uFEFF\uFEFF${text}`), "två byteordningsmärken");
    refused(generate(Buffer.from(`\uFEFF\uFEFF${text}`, "utf16le")), "två byteordningsmärken");
  });

  test("UTF-16 without a BOM: refused, saying what it looks like", () => {
    refused(generate(Buffer.from(text, "utf16le")), "UTF-16 utan byteordningsmärke");
  });
});

describe("text and keys", () => {
  test("a control character, a lone surrogate, U+FFFE in a name: refused naming the field and the character", () => {
    refused(generate(JSON.stringify({ ...example, investment: { ...example.investment, name: "Bryggan\u0007" } })), "investment.name", "U+0007 på plats 8");
    refused(generate(JSON.stringify({ ...example, notes: ["ok", "\uD800"] }), "--lang", "en"), "notes[2]", "U+D800 at position 1");
    refused(generate(JSON.stringify({ ...example, investment: { ...example.investment, departments: [{ ...example.investment.departments[0], name: "A\uFFFE" }, example.investment.departments[1]] } })), "investment.departments[1].name", "U+FFFE på plats 2");
  });

  test("text longer than a cell holds: refused with the length", () => {
    refused(generate(JSON.stringify({ ...example, notes: ["x".repeat(32768)] })), "notes[1]", "högst 32 767 tecken");
  });

  test("a key given twice: refused with its path", () => {
    refused(generate(text.replace('"share": 0.3,', '"share": 0.3, "share": 0.9,')), "investment.effects[1].share", "två gånger");
  });

  test("__proto__ under actuals.volumes: refused with its path", () => {
    refused(generate(JSON.stringify({ ...example, actuals: { volumes: { pupils: { 2017: 8 } } } }).replace('"volumes":{"pupils"', '"volumes":{"__proto__"')), 'actuals.volumes.__proto__: nyckeln "__proto__" är inte tillåten');
  });

  test("ids named constructor, toString, hasOwnProperty …: --json gives the ordinary ids' figures", () => {
    const plain = results(generate(JSON.stringify(richScenario), "--json"));
    const named = results(generate(JSON.stringify(renameIds(richScenario, RICH_AS_PROTO)), "--json"));
    const values = (r: Results) => ({ ...r, breakEvenShares: Object.values(r.breakEvenShares as object), repaymentByDepartment: Object.values(r.repaymentByDepartment as object) });
    expect(values(named)).toEqual(values(plain));
    expect(Object.keys(named.repaymentByDepartment as object)).toEqual(["constructor", "toString", "hasOwnProperty"]);
    expect(plain.actualRepayment).toEqual(expect.any(Number));
  });
});

describe("overflow", () => {
  const amounts = (v: number) => ({ ...example, investment: { ...example.investment, costLines: example.investment.costLines.map((c: { amounts: object }) => ({ ...c, amounts: Object.fromEntries(Object.keys(c.amounts).map((y) => [y, v])) })) } });

  test("1e308 kr: refused naming the field and its bound, never 'savings ∞ kr, approved: yes'", () => {
    refused(generate(JSON.stringify(amounts(1e308))), "investment.costLines[1].amounts.2017", "högst 1 000 000 000 000");
  });

  test("a total cost of fractions of 5e-324 kr: refused naming the ratio; --json never prints null figures with approved", () => {
    refused(generate(JSON.stringify(amounts(5e-324)), "--json"), "ratio (besparing i fönstret ÷ total kostnad)");
  });

  test("the table's maxima together: finite figures in --json", () => {
    const big = { ...amounts(1e12), scenario: { volumeFactor: 10, unitCostFactor: 10, horizonYears: 50, discountRate: -0.5 } };
    big.investment.targetGroups = [{ ...example.investment.targetGroups[0], volumes: { 2017: 1e7, 2018: 1e7, 2019: 1e7 } }];
    big.investment.unitCosts = [{ ...example.investment.unitCosts[0], cost: 1e12 }];
    big.investment.effects = [{ ...example.investment.effects[0], share: 0.1, quantity: 1e4, duration: 100 }];
    const r = results(generate(JSON.stringify(big), "--json"));
    const numbers = JSON.stringify(r).match(/-?\d[\d.e+-]*|null/g) ?? [];
    expect(r.windowSavings).toEqual(expect.any(Number));
    expect(r.approved).toBe(true);
    expect(numbers.length).toBeGreaterThan(5);
    expect([r.windowSavings, r.totalCost, r.ratio, r.breakEvenFactor].every((v) => typeof v === "number" && Number.isFinite(v))).toBe(true);
  });
});
