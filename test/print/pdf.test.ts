/**
 * The print version through LibreOffice, as a user makes it: `npm run generate -- … --pdf`
 * for the worked example and Örebro's Bryggan (one LibreOffice run each). The PDF has at
 * most 20 pages, every page A4, each sheet's pages in order with the header and footer;
 * two pages are rendered to PNG (poppler's pdftoppm) into test-output/print/ for people to
 * look at, and checked not to be blank. Without LibreOffice the command says so in both
 * languages and writes nothing. Needs LibreOffice and poppler-utils (pdfinfo, pdftoppm).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice } from "../support/libreoffice";
import { ROOT } from "../support/scenarioFiles";

const OUT = join(ROOT, "test-output", "print");
const EXAMPLES = join(ROOT, "assets", "examples");
let dir: string;

function generate(args: readonly string[], env: NodeJS.ProcessEnv = process.env): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "generate.mjs"), ...args], { encoding: "utf8", cwd: dir, env, timeout: 240_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Each page's size in points, from pdfinfo. */
function pageSizes(pdf: string): [number, number][] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** The text of each page (pdftotext, form feed between pages). */
function pageTexts(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
}

/** The share of a page's pixels that are not white, from a small grey rendering. */
function inkShare(pdf: string, page: number): number {
  const pgm = execFileSync("pdftoppm", ["-r", "20", "-gray", "-f", String(page), "-l", String(page), pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString("latin1"))!;
  const pixels = pgm.subarray(header[0].length);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}

beforeAll(() => {
  if (!findSoffice()) throw new Error("LibreOffice is missing: install libreoffice-calc (apt-get install -y libreoffice-calc).");
  dir = mkdtempSync(join(tmpdir(), "sinv-pdf-test-"));
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["the worked example", "raekneexempel-skolnarvaro.json", "rakneexempel", "Skolnärvaro (räkneexempel som Bryggan)"],
  ["Örebro's Bryggan", "orebro-bryggan.json", "bryggan", "Bryggan – från destruktiv frånvaro till måluppfyllelse"]
])("%s as PDF", (_name, scenario, stem, investment) => {
  let pdf: string;
  let texts: string[];
  beforeAll(() => {
    pdf = join(dir, `${stem}.pdf`);
    const r = generate([join(EXAMPLES, scenario), "--out", join(dir, `${stem}.xlsx`), "--pdf", pdf, "--date", "2024-05-01"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("utskriftsversionen (PDF)");
    texts = pageTexts(pdf);
  }, 240_000);

  test("at most 20 pages, every one A4 (595 × 842 points, portrait or landscape)", () => {
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(12);
    expect(sizes.length).toBeLessThanOrEqual(20);
    for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(sizes.some(([w, h]) => w > h)).toBe(true);
    expect(texts.length).toBe(sizes.length);
  });

  test("each page carries the investment, its sheet, the date of generation and sida X av Y; the sheets follow in order", () => {
    const sheets = ["Översikt", "Parametrar", "Kostnadskalkyl", "Målgrupper", "Enhetskostnader", "Effekter", "Återföring", "Känslighet", "Osäkerhet", "Uppföljning", "Utvärderingsschema", "Samhällsekonomi", "Kontroller"];
    let at = 0;
    texts.forEach((text, i) => {
      expect(text).toContain(investment.slice(0, 20));
      expect(text).toContain("Skapad 2024-05-01 med SINV");
      const name = sheets.find((s) => new RegExp(`${s}\\s*\\n`).test(text.split("\n").slice(0, 3).join("\n")));
      expect({ page: i + 1, name }).toEqual({ page: i + 1, name: expect.any(String) });
      expect(sheets.indexOf(name!)).toBeGreaterThanOrEqual(at);
      at = sheets.indexOf(name!);
      expect(text).toMatch(/sida \d+ av \d+/);
    });
    expect(at).toBe(sheets.length - 1);
  });

  test("Swedish numbers and units for readers: 12 200 000 kr on the overview; the cost summaries name departments and categories", () => {
    expect(texts[0]).toMatch(/Total kostnad \(fonden\)\s+12 200 000 kr/);
    const summaries = texts.join("\f").split("Fondens kostnad per förvaltning")[1]!.split("Målgrupper")[0]!;
    expect(summaries).toMatch(/Förvaltning\s+Fonden/);
    expect(summaries).toMatch(/Övrigt\s+(–|[\d ]+ kr)/);
    expect(summaries).not.toMatch(/\b(fsk|ksf|soc|fond)\b/);
  });

  test("two pages rendered to PNG in test-output/print/, not blank", () => {
    const cost = texts.findIndex((t) => /Kostnadskalkyl\s*\n/.test(t)) + 1;
    for (const page of [1, cost]) {
      const png = join(OUT, `${stem}-${page}`);
      execFileSync("pdftoppm", ["-r", "50", "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, png]);
      expect(existsSync(`${png}.png`)).toBe(true);
      expect(inkShare(pdf, page)).toBeGreaterThan(0.01);
    }
  });
});

test("without LibreOffice: a message in Swedish and English, exit 1, and no file at all", () => {
  const out = join(dir, "none.xlsx");
  const pdf = join(dir, "none.pdf");
  const r = generate([join(EXAMPLES, "raekneexempel-skolnarvaro.json"), "--out", out, "--pdf", pdf], { ...process.env, SINV_SOFFICE: join(dir, "no-soffice") });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("LibreOffice (soffice) hittades inte");
  expect(r.stderr).toContain("LibreOffice (soffice) was not found");
  expect(existsSync(out)).toBe(false);
  expect(existsSync(pdf)).toBe(false);
});
