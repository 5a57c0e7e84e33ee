/**
 * What Excel requires of the names a workbook holds: sheet names, table column names and
 * defined names (workbook names and table names), and of any text a cell holds. Each check
 * returns why a name is refused, in Swedish and English, or undefined.
 */

/** Why a name is refused. */
export interface NameProblem {
  readonly sv: string;
  readonly en: string;
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
/** Excel's longest table column name and defined name. */
export const MAX_NAME = 255;
/** Excel's longest cell text. */
export const MAX_CELL_TEXT = 32767;

/**
 * The key Excel compares names by: case does not matter (in any alphabet).
 *
 * @example
 * excelNameKey("ÖVERSIKT") === excelNameKey("översikt"); // true
 */
export function excelNameKey(name: string): string {
  return name.toUpperCase().toLowerCase();
}

/**
 * Why a text cannot be written to a cell (an .xlsx is XML): control characters other than
 * tab and line breaks, U+FFFE/U+FFFF, a lone surrogate, or more than 32 767 characters.
 *
 * @example
 * cellTextProblem("Effekter");  // undefined
 * cellTextProblem("a\u0007b")?.en; // "holds the control character U+0007"
 */
export function cellTextProblem(text: string): NameProblem | undefined {
  if (text.length > MAX_CELL_TEXT) return { sv: `är ${text.length} tecken långt; en cell rymmer högst ${MAX_CELL_TEXT}`, en: `is ${text.length} characters long; a cell holds at most ${MAX_CELL_TEXT}` };
  const bad = [...text].find((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") || c === 0x7f || c === 0xfffe || c === 0xffff;
  });
  if (bad !== undefined) {
    const code = `U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    return { sv: `innehåller styrtecknet ${code}`, en: `holds the control character ${code}` };
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return { sv: "innehåller ett ensamt surrogattecken (trasig Unicode)", en: "holds a lone surrogate (broken Unicode)" };
  return undefined;
}

/**
 * Why a text is not a valid sheet name: 1–31 characters, none of `[ ] : * ? / \`, not
 * beginning or ending with `'`, and not "History" (Excel reserves it, in any case).
 *
 * @example
 * sheetNameProblem("Effekter");   // undefined
 * sheetNameProblem("'Effekter")?.en; // "must not begin or end with '"
 * sheetNameProblem("history")?.en;   // "\"History\" is reserved by Excel"
 */
export function sheetNameProblem(name: string): NameProblem | undefined {
  if (name.length === 0) return { sv: "är tomt", en: "is empty" };
  if (name.length > MAX_SHEET_NAME) return { sv: `är ${name.length} tecken långt; ett bladnamn får ha högst ${MAX_SHEET_NAME}`, en: `is ${name.length} characters long; a sheet name has at most ${MAX_SHEET_NAME}` };
  const bad = /[[\]:*?/\\]/.exec(name);
  if (bad) return { sv: `innehåller ${bad[0]}; ett bladnamn får inte innehålla [ ] : * ? / \\`, en: `holds ${bad[0]}; a sheet name may hold none of [ ] : * ? / \\` };
  if (name.startsWith("'") || name.endsWith("'")) return { sv: "får inte börja eller sluta med '", en: "must not begin or end with '" };
  if (excelNameKey(name) === "history") return { sv: '"History" är reserverat av Excel', en: '"History" is reserved by Excel' };
  return cellTextProblem(name) ?? (/[\r\n\t]/.test(name) ? { sv: "innehåller en radbrytning eller tabb", en: "holds a line break or tab" } : undefined);
}

/**
 * Why a text is not a usable table column name: not blank, at most 255 characters, on one
 * line (a line break makes the header differ from the column it names), no leading or
 * trailing space (the read-back trims headers).
 *
 * @example
 * columnHeaderProblem("Andel");     // undefined
 * columnHeaderProblem("And\nel")?.en; // "holds a line break or tab"
 */
export function columnHeaderProblem(header: string): NameProblem | undefined {
  if (header.trim() === "") return { sv: "är tomt", en: "is empty" };
  if (header.length > MAX_NAME) return { sv: `är ${header.length} tecken långt; en kolumnrubrik får ha högst ${MAX_NAME}`, en: `is ${header.length} characters long; a column name has at most ${MAX_NAME}` };
  if (/[\r\n\t\u2028\u2029\u0085]/.test(header)) return { sv: "innehåller en radbrytning eller tabb", en: "holds a line break or tab" };
  if (header !== header.trim()) return { sv: "börjar eller slutar med blanksteg", en: "begins or ends with a space" };
  return formulaStartProblem(header) ?? cellTextProblem(header);
}

/**
 * Why a word a user types into a cell would not stay text: Excel (and Office.js writes)
 * read an entry beginning with `=`, `+`, `-` or `@` as a formula.
 *
 * @example
 * formulaStartProblem("fond");   // undefined
 * formulaStartProblem("=1+1")?.en; // "begins with =, which Excel reads as a formula"
 */
export function formulaStartProblem(word: string): NameProblem | undefined {
  const first = word.trimStart()[0];
  if (first === undefined || !"=+-@".includes(first)) return undefined;
  return { sv: `börjar med ${first}, som Excel läser som en formel`, en: `begins with ${first}, which Excel reads as a formula` };
}

/**
 * Why a text is not a valid defined name (a workbook name or a table name): 1–255
 * characters, beginning with a letter, `_` or `\`, then letters, digits, `_`, `.` or `\`;
 * not a cell reference (A1, XFD1048576, R1C1) and not "R" or "C".
 *
 * @example
 * definedNameProblem("SINV_TotalCost"); // undefined
 * definedNameProblem("AB12")?.en;       // "looks like a cell reference"
 */
export function definedNameProblem(name: string): NameProblem | undefined {
  if (name.length === 0 || name.length > MAX_NAME) return { sv: `ska ha 1–${MAX_NAME} tecken`, en: `must have 1–${MAX_NAME} characters` };
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return { sv: "ska börja med en bokstav, _ eller \\ och bara innehålla bokstäver, siffror, _, . och \\", en: "must begin with a letter, _ or \\ and hold only letters, digits, _, . and \\" };
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr](\d+)?[Cc](\d+)?$/.test(name) || /^[RrCc]$/.test(name)) {
    return { sv: "ser ut som en cellreferens", en: "looks like a cell reference" };
  }
  return undefined;
}
