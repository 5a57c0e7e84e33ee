/** The example unit-cost table (assets/data/unit_costs.csv) as the columns and rows of a table to insert. */
import { parseCsv } from "../../scenario/csv";
import type { CellValue } from "../../sheetModel/plan";

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The CSV's header and rows, numbers as numbers.
 *
 * @example
 * exampleTable("code,cost\nA,98912\n"); // { columns: ["code", "cost"], rows: [["A", 98912]] }
 */
export function exampleTable(csv: string): { columns: string[]; rows: CellValue[][] } {
  const [header = [], ...rows] = parseCsv(csv).rows;
  return { columns: [...header], rows: rows.map((row) => row.map((cell) => (NUMBER.test(cell.trim()) ? Number(cell) : cell))) };
}
