/**
 * The print version of the workbook as PDF, through LibreOffice headless (`soffice
 * --convert-to pdf`), offline, with a private user profile in a temporary folder — so it
 * runs beside an open LibreOffice and leaves the user's own profile alone — and the
 * workbook's language as LibreOffice's locale, so numbers print as Swedish (12 200 000 kr)
 * or English readers write them. The temporary folder is always removed.
 */
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Why there is no PDF, in both languages. */
export class PdfFailed extends Error {
  constructor(readonly sv: string, readonly en: string) {
    super(en);
  }
}

/** Where LibreOffice installs itself outside PATH (macOS, Windows). */
const KNOWN_PLACES = [
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false; // not there, or not runnable: the next place is tried
  }
}

/**
 * LibreOffice's program: `SINV_SOFFICE` when set, else `soffice` or `libreoffice` on PATH,
 * else where the installers put it.
 *
 * @example
 * findSoffice(); // "/usr/bin/soffice", or undefined when LibreOffice is not installed
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SINV_SOFFICE) return executable(env.SINV_SOFFICE) ? env.SINV_SOFFICE : undefined;
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    for (const name of names) if (dir !== "" && executable(join(dir, name))) return join(dir, name);
  }
  return KNOWN_PLACES.find(executable);
}

/** The message when LibreOffice is missing. */
export const NO_SOFFICE = new PdfFailed(
  "LibreOffice (soffice) hittades inte, så ingen PDF kan skrivas och ingen fil har skrivits. Installera LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc; macOS och Windows: libreoffice.org), eller ange programmet i SINV_SOFFICE. Utan --pdf skrivs arbetsboken som vanligt; den kan skrivas ut från Excel (Arkiv → Skriv ut).",
  "LibreOffice (soffice) was not found, so no PDF can be written and no file has been written. Install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-calc; macOS and Windows: libreoffice.org), or give the program in SINV_SOFFICE. Without --pdf the workbook is written as usual; it prints from Excel (File → Print)."
);

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 180_000, maxBuffer: 1 << 20, env }, (error, stdout, stderr) => {
      if (error) reject(new PdfFailed(`LibreOffice misslyckades: ${error.message} ${stderr}`.trim(), `LibreOffice failed: ${error.message} ${stderr}`.trim()));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/**
 * Converts an .xlsx file to PDF with LibreOffice headless: each sheet as its print set-up
 * says (paper, orientation, fit to width, header and footer, page breaks).
 *
 * @param xlsx - the workbook's bytes.
 * @param lang - the workbook's language: LibreOffice prints numbers in sv-SE or en-GB.
 * @param soffice - LibreOffice's program ({@link findSoffice}).
 * @returns the PDF's bytes.
 * @throws PdfFailed when LibreOffice fails or writes nothing.
 *
 * @example
 * const pdf = await convertToPdf(await writeXlsx(plan), "sv", findSoffice()!);
 * // pdf begins with "%PDF"; the worked example is 14 A4 pages
 */
export async function convertToPdf(xlsx: Uint8Array, lang: "sv" | "en", soffice: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "sinv-pdf-"));
  try {
    const input = join(dir, "ansokan.xlsx");
    const outDir = join(dir, "out");
    await writeFile(input, xlsx);
    const locale = lang === "sv" ? "sv_SE.UTF-8" : "en_GB.UTF-8";
    const env = { ...process.env, LC_ALL: locale, LANG: locale, LANGUAGE: lang === "sv" ? "sv" : "en" };
    const said = await run(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", outDir, input], env);
    let pdf: Uint8Array;
    try {
      pdf = new Uint8Array(await readFile(join(outDir, "ansokan.pdf")));
    } catch {
      throw new PdfFailed(`LibreOffice skrev ingen PDF. ${said}`.trim(), `LibreOffice wrote no PDF. ${said}`.trim());
    }
    if (String.fromCharCode(...pdf.slice(0, 4)) !== "%PDF") throw new PdfFailed("LibreOffice skrev något annat än en PDF.", "LibreOffice wrote something other than a PDF.");
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
