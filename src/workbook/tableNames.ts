/**
 * The table and block names now live with the table specs (src/sheetModel/tables); this
 * re-export keeps the pane's and the preview's imports working until they import from there.
 */
export { INVESTMENT_NAME, PARAMETERS_NAME, TABLES } from "../sheetModel/tables/inputTables";
