/**
 * Cell ranges of the insert fake (fakeExcel.ts): `range.formulas` read after a sync and
 * written at the next one, used ranges, and the Excel-on-the-web behaviour of
 * office-js#5911 and #2809 (table and sheet references in inserted sheets become links to another workbook).
 */
import { cellAddress, parseCell } from "../../src/sheetModel/a1";
import { scanFormula } from "../../src/writer/formulaScanner";

/** What the fake needs of a sheet: its formula cells (no leading "="), by address. */
export interface RangeSheet {
  readonly name: string;
  readonly formulas: Map<string, string>;
}

/** "once": the insert turns references into links; "always": every later write of one does too. */
export type LinkOutside = "once" | "always";

const SOURCE = "https://contoso.sharepoint.com/[Bok.xlsx]";

/**
 * A formula as Excel on the web leaves it after inserting: each table reference
 * (office-js#5911) and each reference to another sheet (#2809) prefixed with a path to a
 * workbook that does not exist.
 *
 * @example
 * linkOutside("SUM(SINV_Effekter[Andel])", "Effekter"); // "SUM('https://contoso.sharepoint.com/[Bok.xlsx]Effekter'!SINV_Effekter[Andel])"
 * linkOutside("'Översikt'!C8*2", "Effekter");            // "'https://contoso.sharepoint.com/[Bok.xlsx]Översikt'!C8*2"
 */
export function linkOutside(formula: string, sheet: string): string {
  return scanFormula(formula)
    .map((token, i, tokens) => {
      if (token.kind === "sheet") return `'${SOURCE}${token.name.replace(/'/g, "''")}'!`;
      const prefixed = tokens[i - 1]?.kind === "sheet";
      if (token.kind === "name" && token.next === "[" && /^SINV_/i.test(token.text) && !prefixed) return `'${SOURCE}${sheet}'!${token.text}`;
      return token.text;
    })
    .join("");
}

/** A range's `formulas` as Office.js gives them: "=…" for a formula cell, "" otherwise. */
function formulasOf(sheet: RangeSheet, address: string): string[][] {
  const [from, to = from] = address.split(":").map((ref) => parseCell(ref));
  const rows: string[][] = [];
  for (let r = from.row; r <= to.row; r += 1) {
    const row: string[] = [];
    for (let c = from.col; c <= to.col; c += 1) {
      const formula = sheet.formulas.get(cellAddress({ row: r, col: c }));
      row.push(formula === undefined ? "" : `=${formula}`);
    }
    rows.push(row);
  }
  return rows;
}

/**
 * A range of the fake: `load()` returns it, `formulas` can be read only after the next
 * sync (Office.js throws before), and assigning `formulas` queues the write.
 *
 * @example
 * const range = fakeRange(sheet, "B4", queue, afterSync).load("formulas"); await sync(); range.formulas; // [["=A1*2"]]
 */
export function fakeRange(
  sheet: () => RangeSheet,
  address: string,
  queue: (() => void)[],
  afterSync: (() => void)[],
  link?: LinkOutside,
  qualified = false
): { load: () => unknown; formulas: unknown[][]; address: string; isNullObject: boolean } {
  let synced = false;
  afterSync.push(() => (synced = true));
  const range = {
    load: () => range,
    get address(): string {
      return qualified ? `'${sheet().name}'!${address}` : address;
    },
    isNullObject: false,
    get formulas(): unknown[][] {
      if (!synced) throw new Error("range.formulas read before context.sync()");
      return formulasOf(sheet(), address);
    },
    set formulas(matrix: unknown[][]) {
      const origin = parseCell(address.split(":")[0] as string);
      queue.push(() =>
        matrix.forEach((row, r) =>
          row.forEach((value, c) => {
            const target = cellAddress({ row: origin.row + r, col: origin.col + c });
            const text = String(value);
            if (!text.startsWith("=")) sheet().formulas.delete(target);
            else sheet().formulas.set(target, link === "always" ? linkOutside(text.slice(1), sheet().name) : text.slice(1));
          })
        )
      );
    }
  };
  return range;
}

/**
 * The used range of a sheet: the block from A1 to its last formula cell (the fake keeps
 * only formulas), or a null object for a sheet without any.
 *
 * @example
 * usedRange(sheet, queue, afterSync).address; // "'Översikt'!A1:D30"
 */
export function usedRange(sheet: () => RangeSheet, queue: (() => void)[], afterSync: (() => void)[]): ReturnType<typeof fakeRange> {
  const cells = [...sheet().formulas.keys()].map((ref) => parseCell(ref));
  if (cells.length === 0) {
    const none = { load: () => none, address: "", formulas: [] as unknown[][], isNullObject: true };
    return none;
  }
  const last = cellAddress({ row: Math.max(...cells.map((c) => c.row)), col: Math.max(...cells.map((c) => c.col)) });
  return fakeRange(sheet, `A1:${last}`, queue, afterSync, undefined, true);
}
