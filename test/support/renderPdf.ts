/**
 * Renders a workbook as LibreOffice prints it, for tests that look at the pages: the .xlsx
 * converted to PDF (headless, fresh profile), each page's text (`pdftotext`), a page as
 * pixels and as a PNG (`pdftoppm`, Debian's poppler-utils), and how many pixels are near a
 * colour. Needs `soffice` and poppler-utils on PATH.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { findSoffice } from "./libreoffice";

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 180_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** A PDF on disk (in a temporary folder removed by {@link RenderedPdf.dispose}). */
export interface RenderedPdf {
  readonly path: string;
  /** Each page's text, in order. */
  readonly pages: string[];
  /** The page (1-based) as RGB pixels at `dpi`. */
  pixels(page: number, dpi: number): Promise<Pixels>;
  /** Every page as RGB pixels at `dpi`, in order (one pdftoppm run). */
  allPixels(dpi: number): Promise<Pixels[]>;
  /** Writes the page as a PNG at `dpi` to `file`. */
  png(page: number, dpi: number, file: string): Promise<void>;
  dispose(): Promise<void>;
}

/** An RGB image. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** 3 bytes per pixel, row by row. */
  readonly rgb: Uint8Array;
}

/**
 * Test set-up only: each sheet printed on one page (`sheetPr/pageSetUpPr fitToPage`, which
 * the writer does not set yet), so a chart is not cut by a page break. Sheets that already
 * say how to fit are left alone.
 *
 * @example
 * const onePagePerSheet = await fitSheetsToPage(await writeXlsx(plan));
 */
export async function fitSheetsToPage(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    let xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    if (xml.includes("<pageSetUpPr")) continue;
    xml = /<sheetPr\b[^>]*\/>/.test(xml)
      ? xml.replace(/<sheetPr\b([^>]*)\/>/, '<sheetPr$1><pageSetUpPr fitToPage="1"/></sheetPr>')
      : xml.replace("<dimension", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
    zip.file(path, xml.replace('orientation="portrait"', 'orientation="landscape"'));
  }
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

function parsePpm(bytes: Buffer): Pixels {
  // P6 <width> <height> <max>\n<binary>
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at] as number))) at += 1;
    let field = "";
    while (!/\s/.test(String.fromCharCode(bytes[at] as number))) field += String.fromCharCode(bytes[at++] as number);
    fields.push(field);
  }
  if (fields[0] !== "P6" || fields[3] !== "255") throw new Error(`not an 8-bit PPM: ${fields.join(" ")}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, rgb: new Uint8Array(bytes.subarray(at + 1, at + 1 + width * height * 3)) };
}

/**
 * Converts the workbook to PDF with LibreOffice and reads its pages' text.
 *
 * @example
 * const pdf = await renderPdf(bytes);
 * pdf.pages.findIndex((text) => text.includes("Känslighetsanalys")) + 1; // the page number
 */
export async function renderPdf(bytes: Uint8Array): Promise<RenderedPdf> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not on PATH: apt-get install -y libreoffice-calc.");
  const dir = await mkdtemp(join(tmpdir(), "sinv-pdf-"));
  const input = join(dir, "book.xlsx");
  await writeFile(input, bytes);
  await run(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", dir, input]);
  const path = join(dir, "book.pdf");
  const pages = (await run("pdftotext", ["-layout", path, "-"])).split("\f");
  if (pages[pages.length - 1]?.trim() === "") pages.pop();
  const page = async (n: number, dpi: number, format: string[], out: string): Promise<string> => {
    await run("pdftoppm", ["-f", String(n), "-l", String(n), "-r", String(dpi), "-singlefile", ...format, path, out]);
    return out;
  };
  return {
    path,
    pages,
    pixels: async (n, dpi) => parsePpm(await readFile(`${await page(n, dpi, [], join(dir, `p${n}-${dpi}`))}.ppm`)),
    allPixels: async (dpi) => {
      const out = join(dir, `all-${dpi}`);
      await run("pdftoppm", ["-r", String(dpi), path, out]);
      const files = (await readdir(dir)).filter((f) => f.startsWith(`all-${dpi}-`) && f.endsWith(".ppm")).sort();
      return Promise.all(files.map(async (f) => parsePpm(await readFile(join(dir, f)))));
    },
    png: async (n, dpi, file) => copyFile(`${await page(n, dpi, ["-png"], join(dir, `png${n}-${dpi}`))}.png`, file),
    dispose: () => rm(dir, { recursive: true, force: true })
  };
}

/**
 * How many pixels are within `tolerance` (per channel) of a colour.
 *
 * @example
 * countNear(await pdf.pixels(6, 50), "0F6CBD", 40); // pixels of the savings line
 */
export function countNear(image: Pixels, hex: string, tolerance: number): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < image.rgb.length; i += 3) {
    if (Math.abs((image.rgb[i] as number) - r) <= tolerance && Math.abs((image.rgb[i + 1] as number) - g) <= tolerance && Math.abs((image.rgb[i + 2] as number) - b) <= tolerance) n += 1;
  }
  return n;
}
