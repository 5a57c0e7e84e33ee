/**
 * Recalculates an .xlsx file with LibreOffice Calc headless, so tests can check that a
 * real spreadsheet computes the formulas the writer wrote (not the cached values it stored).
 * Needs `soffice` on PATH (Debian: `apt-get install -y libreoffice-calc`).
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { readXlsxValues, type ReadValue } from "../../src/writer/readXlsxValues";

/** Seconds each LibreOffice conversion took, in call order (for measurements; tests print nothing). */
export const recalcSeconds: number[] = [];

/**
 * The LibreOffice executable: `soffice` or `libreoffice` on PATH.
 *
 * @returns its path, or undefined when neither is installed.
 *
 * @example
 * findSoffice(); // "/usr/bin/soffice"
 */
export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function run(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 120_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * The fresh profile's one setting: recalculate every formula of an .xlsx file on loading
 * ("Always recalculate", Tools ▸ Options ▸ Calc ▸ Formula). LibreOffice's default for
 * Excel 2007+ files is "Never recalculate": it shows the cached values the generator now
 * writes (measured with LibreOffice 7.4: `=A1*3` stored with a result of 99 stayed 99), so
 * without this a recalculation test would only read the engine's values back.
 */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens the file in LibreOffice Calc (headless, fresh user profile set to recalculate on
 * loading), which recalculates every formula, and saves it again as .xlsx with the
 * results stored.
 *
 * @param bytes - an .xlsx file.
 * @returns the re-saved file.
 *
 * @example
 * const saved = await recalcBytesWithLibreOffice(await writeXlsx(plan));
 */
export async function recalcBytesWithLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error("LibreOffice (soffice) is not on PATH: install libreoffice-calc (apt-get install -y libreoffice-calc). / LibreOffice saknas: installera libreoffice-calc.");
  }
  const dir = await mkdtemp(join(tmpdir(), "sinv-lo-"));
  try {
    const input = join(dir, "book.xlsx");
    const outDir = join(dir, "out");
    await writeFile(input, bytes);
    await mkdir(join(dir, "profile", "user"), { recursive: true });
    await writeFile(join(dir, "profile", "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
    const started = process.hrtime.bigint();
    const { stdout, stderr } = await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input
    ]);
    recalcSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
    try {
      return new Uint8Array(await readFile(join(outDir, "book.xlsx")));
    } catch {
      throw new Error(`LibreOffice wrote no file.\n${stdout}\n${stderr}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Recalculates the file with LibreOffice and reads every cell back: literal values as
 * they are, formula cells as LibreOffice's computed result.
 *
 * @param bytes - an .xlsx file.
 * @returns values keyed `Sheet!A1`.
 *
 * @example
 * const values = await recalcWithLibreOffice(await writeXlsx(plan));
 * values.get("Översikt!C3"); // 1566556.1
 */
export async function recalcWithLibreOffice(bytes: Uint8Array): Promise<Map<string, ReadValue>> {
  return readXlsxValues(await recalcBytesWithLibreOffice(bytes));
}
