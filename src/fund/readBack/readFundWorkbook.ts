/**
 * Reads the newest fund of the current workbook through the gateway (the one door to a
 * workbook): which fund register there is, that table, and the names of its source and
 * live inputs, then {@link fundFromCells}.
 */
import type { WorkbookGateway } from "../../sheetModel/gateway";
import type { FundRead } from "./readFund";
import { fundFromCells, fundNamesIn } from "./readFund";

/**
 * The fund of the workbook the gateway opens.
 *
 * @example
 * await readFundWorkbook(new MemoryGateway(new MemoryWorkbook())); // { kind: "none" }
 */
export async function readFundWorkbook(gateway: WorkbookGateway): Promise<FundRead> {
  const contents = await gateway.listSheetsTablesNames();
  const names = fundNamesIn(contents.tables);
  if (names === undefined) return { kind: "none" };
  const tables = await gateway.readTables([names.register]);
  const named = await gateway.readNamedValues([names.source, names.allocations, names.maxNew]);
  return fundFromCells(names, { register: tables[names.register], named });
}
