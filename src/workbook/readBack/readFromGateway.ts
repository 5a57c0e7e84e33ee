import type { WorkbookGateway } from "../../sheetModel/gateway";
import { INVESTMENT_NAME, PARAMETERS_NAME, TABLES } from "../../sheetModel/tables/inputTables";
import type { Template } from "../template";
import type { ReadBack } from "./readInvestment";
import { readInvestment } from "./readInvestment";
import { UNCERTAINTY_READ } from "./readUncertainty";

/**
 * Reads an open application workbook's inputs through the gateway — every input table by
 * its fixed name in one read (the Osäkerhet sheet's too, when it is there), the parameter
 * block, the investment's name and the uncertainty settings in another —
 * into a scenario file, with the same row-level checks as everywhere.
 *
 * @example
 * const r = await readWorkbookInputs(gateway, template);
 * r.file?.investment.name; // "Bryggan"
 */
export async function readWorkbookInputs(gateway: Pick<WorkbookGateway, "readTables" | "readNamedValues">, template: Template): Promise<ReadBack> {
  const tables = await gateway.readTables([...Object.values(TABLES), ...UNCERTAINTY_READ.tables]);
  const named = await gateway.readNamedValues([PARAMETERS_NAME, INVESTMENT_NAME, ...UNCERTAINTY_READ.names]);
  const parameters = named[PARAMETERS_NAME];
  if (!parameters) {
    return {
      file: undefined,
      problems: [{ table: PARAMETERS_NAME, row: 0, sv: `Namnet ${PARAMETERS_NAME} (parametrarna) finns inte i arbetsboken.`, en: `The name ${PARAMETERS_NAME} (the parameters) is not in the workbook.` }]
    };
  }
  const name = named[INVESTMENT_NAME]?.[0]?.[0];
  return readInvestment(tables, parameters, template, typeof name === "string" ? name : "", named);
}
