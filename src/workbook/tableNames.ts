/** The fixed names of the input tables (ListObjects) the add-in finds wherever they are. */
export const TABLES = {
  departments: "SINV_Forvaltningar",
  partners: "SINV_Partner",
  costs: "SINV_Kostnader",
  staff: "SINV_Personal",
  targetGroups: "SINV_Malgrupper",
  unitCosts: "SINV_Enhetskostnader",
  effects: "SINV_Effekter",
  priceIndex: "SINV_Prisindex",
  actualVolumes: "SINV_UtfallVolymer",
  actualShares: "SINV_UtfallAndelar",
  evaluation: "SINV_Utvardering"
} as const;

/** The workbook name of the parameter block (labels in A, values in B) on Parametrar. */
export const PARAMETERS_NAME = "SINV_Parametrar";

/** The workbook name of the investment's name on Översikt. */
export const INVESTMENT_NAME = "SINV_Investment";
