/**
 * How wide a text prints and how many lines it takes when it wraps, from Arial's advance
 * widths (Liberation Sans has the same): what the row heights and page breaks are planned
 * from. An estimate that errs towards more room (a row a little too tall, never text cut off).
 */
import type { CellFont } from "../sheetModel/cellFonts";

// Arial's advance widths in 1/1000 em (regular), by character; others count as 556.
const NARROW = { " ": 278, "!": 278, "'": 191, "(": 333, ")": 333, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "[": 278, "]": 278, f: 278, i: 222, j: 222, l: 222, r: 333, t: 278, I: 278, "|": 260, "\"": 355 } as const;
const WIDE: Readonly<Record<string, number>> = {
  m: 833, w: 722, M: 833, W: 944, "%": 889, "&": 667, "—": 1000, "→": 1000, "…": 1000, "@": 1015,
  c: 500, k: 500, s: 500, v: 500, x: 500, y: 500, z: 500, J: 500,
  A: 667, B: 667, E: 667, K: 667, P: 667, S: 667, V: 667, X: 667, Y: 667, Å: 667, Ä: 667, Ö: 778, Ü: 722, É: 667,
  C: 722, D: 722, H: 722, N: 722, R: 722, U: 722, G: 778, O: 778, Q: 778, F: 611, T: 611, Z: 611, L: 556
};

/** Bold Arial is this much wider on average. */
const BOLD = 1.08;

function charWidth(ch: string): number {
  return (NARROW as Readonly<Record<string, number>>)[ch] ?? WIDE[ch] ?? 556;
}

/**
 * The printed width of a text in points.
 *
 * @example
 * textPoints("0000000000", { name: "Arial", size: 10, bold: false, italic: false }); // 55.6
 */
export function textPoints(text: string, font: CellFont): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * font.size * (font.bold ? BOLD : 1);
}

/**
 * How many lines a text takes when it wraps at spaces within `width` points (a word longer
 * than a line is broken where it must be, as Excel does; a line break starts a new line).
 *
 * @example
 * const body = { name: "Arial", size: 10, bold: false, italic: false };
 * wrappedLines("Tabellerna och de gula cellerna är indata", 80, body); // 3
 * wrappedLines("", 80, body);                                          // 1
 */
export function wrappedLines(text: string, width: number, font: CellFont): number {
  const space = textPoints(" ", font);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ")) {
      let w = textPoints(word, font);
      const need = used === 0 ? w : used + space + w;
      if (need <= width) {
        used = need;
        continue;
      }
      if (used > 0) lines += 1;
      while (w > width && width > 0) {
        lines += 1; // a word wider than the line fills lines of its own
        w -= width;
      }
      used = w;
    }
  }
  return lines;
}

/**
 * The height in points of a row holding `lines` lines of this font: Excel's line spacing
 * (12.75 points a line for Arial 10), a little over, and 1.5 points of padding, in quarter
 * points.
 *
 * @example
 * lineHeight(1, { name: "Arial", size: 10, bold: false, italic: false }); // 14.5
 * lineHeight(3, { name: "Arial", size: 10, bold: false, italic: false }); // 40
 */
export function lineHeight(lines: number, font: CellFont): number {
  return Math.ceil((lines * font.size * 1.28 + 1.5) * 4) / 4;
}
