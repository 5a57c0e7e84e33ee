import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDomainError } from "../../src/engine";
import { buildWorkbook } from "../../src/workbook/buildWorkbook";
import { LABEL_KEYS, SHEET_KEYS, parseTemplate } from "../../src/workbook/template";
import { FORMULA_TEXT_LABELS } from "../../src/workbook/templateRules";
import { writeXlsx } from "../../src/writer/xlsxWriter";
import { richScenario } from "../fixtures/richScenario";
import { evaluatePlan, mismatches } from "../support/hyperformula";
import { ROOT } from "../support/scenarioFiles";

type Raw = { sheets: Record<string, { sv: string; en: string }>; labels: Record<string, { sv: string; en: string }>; numberFormats: Record<string, string> };
const shipped = JSON.parse(readFileSync(join(ROOT, "assets", "templates", "orebro.json"), "utf8")) as Raw;

/** A small seeded generator (mulberry32), so a failure is repeatable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SHEET_VALUES = ["'x", "x'", "History", "hIsToRy", "a[b", "a:b", "a/b", "", "x".repeat(32), "Kalle's blad", "Ω-blad", "a\nb", "a\u0001b", "😀 blad", "History 2", "x".repeat(31)];
const LABEL_VALUES = ['a"b', '"', "a\nb", " a", "a ", "a  b", "", " ", "2017", "x".repeat(256), "x".repeat(40000), "a\ufffeb", "a\ud800", "ja", "JA", "Nej", "fond", "kommun", "annual", "cohort", "association", "staff", "’citat’", "=1+1", "@x", "#REF!", "[x]", "'x", "a;b", "Ny rubrik", "Ω", "x".repeat(255)];
const FORMAT_VALUES = ['0.0"', "[Redd]0", "0;0;0;0;0", "", "0E0", "kr 0", "[Red]0", '"kr" 0', "0%", "0.0000", "@", "General", "#,##0;[Red]-#,##0", "0\\", "[h]:mm", "0.00E+00", "[Blue]#,##0;;", "#,##0 \"kr\"", "[$€-x-euro2] 0.00", "0\u0007"];

interface Mutation {
  readonly path: string;
  readonly also?: string;
  readonly lang: "sv" | "en";
  apply(t: Raw): void;
}

function mutation(next: () => number): Mutation {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const lang = pick(["sv", "en"] as const);
  const kind = next();
  if (kind < 0.2) {
    const key = pick(SHEET_KEYS);
    const other = pick(SHEET_KEYS);
    const copy = next() < 0.25;
    const value = copy ? shipped.sheets[other]![lang].toUpperCase() : pick(SHEET_VALUES);
    return { path: `sheets.${key}.${lang}`, also: copy ? `sheets.${other}.${lang}` : undefined, lang, apply: (t) => (t.sheets[key]![lang] = value) };
  }
  if (kind < 0.35) {
    const key = pick(Object.keys(shipped.numberFormats));
    const value = pick(FORMAT_VALUES);
    return { path: `numberFormats.${key}`, lang, apply: (t) => (t.numberFormats[key] = value) };
  }
  const key = pick(LABEL_KEYS);
  const other = pick(LABEL_KEYS);
  const copy = next() < 0.3;
  const value = copy ? shipped.labels[other]![pick(["sv", "en"] as const)]! : pick(LABEL_VALUES);
  return { path: `labels.${key}.${lang}`, also: copy ? `labels.${other}.` : undefined, lang, apply: (t) => (t.labels[key]![lang] = value) };
}

describe("any one change to the shipped template: refused naming the field, or a workbook Excel opens and that recalculates", () => {
  test("300 seeded single-field mutations", async () => {
    const next = random(20261129);
    let refused = 0;
    let accepted = 0;
    let recalculated = 0;
    const checked = new Set<string>();
    for (let n = 0; n < 300; n++) {
      const m = mutation(next);
      const t = structuredClone(shipped);
      m.apply(t);
      const r = parseTemplate(t);
      if (!r.ok) {
        refused++;
        expect(r.issues.length).toBeGreaterThan(0);
        const named = r.issues.some((i) => i.path === m.path || i.en.includes(m.path) || (m.also !== undefined && (i.path.startsWith(m.also) || i.en.includes(m.also))));
        if (!named) throw new Error(`${m.path}: ${r.issues.map((i) => i.en).join("; ")}`);
        for (const i of r.issues) expect(i.sv.startsWith("Mallen") && i.en.startsWith("Template")).toBe(true);
        continue;
      }
      accepted++;
      const key = JSON.stringify(t);
      if (checked.has(key)) continue; // the same template twice (e.g. "ja" into yes.sv) is checked once
      checked.add(key);
      const plan = buildWorkbook(richScenario, { template: r.value, lang: m.lang, formulas: "native" });
      if (isDomainError(plan)) throw new Error(`${m.path}: ${plan.en}`);
      for (const table of plan.sheets.flatMap((s) => s.tables)) {
        expect(new Set(table.columns.map((c) => c.toLowerCase())).size).toBe(table.columns.length);
        for (const c of table.columns) expect(c).not.toMatch(/[\r\n]/);
      }
      await expect(writeXlsx(plan)).resolves.toBeInstanceOf(Uint8Array);
      // Only sheet names and formula texts reach formulas: those plans are recalculated.
      if (!m.path.startsWith("sheets.") && !FORMULA_TEXT_LABELS.some((k) => m.path.startsWith(`labels.${k}.`))) continue;
      recalculated++;
      const wrong = mismatches(plan, evaluatePlan(plan));
      if (wrong.length > 0) throw new Error(`${m.path}: ${JSON.stringify(wrong.slice(0, 2))}`);
    }
    expect(refused).toBeGreaterThan(80);
    expect(accepted).toBeGreaterThan(80);
    // How many draws reach formulas shifts with the number of label keys (20 of 300 with the chart labels).
    expect(recalculated).toBeGreaterThanOrEqual(15);
  }, 300000);
});
