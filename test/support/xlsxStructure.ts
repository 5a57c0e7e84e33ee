/**
 * Reads the structure of an .xlsx file with ExcelJS for tests: sheet order, defined
 * names, tables, frozen panes, column widths and cell styles.
 */
import ExcelJS from "exceljs";
// jszip comes with exceljs (a dependency); used here only to look at raw parts ExcelJS does not read back.
import JSZip from "jszip";

/** A table as read back. */
export interface ReadTable {
  readonly sheet: string;
  readonly name: string;
  readonly ref: string;
  readonly columns: string[];
  readonly style: string | undefined;
}

/** What a test checks about a written file. */
export interface XlsxStructure {
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: string[];
  /** Defined name → its ranges, e.g. "'Översikt'!$C$3". */
  readonly names: Map<string, string[]>;
  readonly tables: ReadTable[];
  /** The raw XML of a part of the package, e.g. "xl/workbook.xml". */
  readonly part: (path: string) => Promise<string>;
}

/**
 * Loads the file and collects its structure.
 *
 * @param bytes - an .xlsx file.
 * @returns sheets, names and tables, plus the loaded ExcelJS workbook for details.
 *
 * @example
 * const { names } = await readXlsxStructure(bytes);
 * names.get("SINV_TotalSavings"); // ["'Översikt'!$C$3"]
 */
export async function readXlsxStructure(bytes: Uint8Array): Promise<XlsxStructure> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const names = new Map(workbook.definedNames.model.map((entry) => [entry.name, entry.ranges] as const));
  const tables: ReadTable[] = [];
  const sheets: string[] = [];
  workbook.eachSheet((worksheet) => {
    sheets.push(worksheet.name);
    for (const found of worksheet.getTables() as unknown as { table: { name: string; tableRef: string; columns: { name: string }[]; style?: { theme?: string } | null } }[]) {
      const table = found.table;
      tables.push({ sheet: worksheet.name, name: table.name, ref: table.tableRef, columns: table.columns.map((c) => c.name), style: table.style?.theme });
    }
  });
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the file`);
    return file.async("string");
  };
  return { workbook, sheets, names, tables, part };
}
