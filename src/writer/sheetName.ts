/**
 * The sheet-name quoting rule is owned by src/sheetModel/a1.ts; these names remain for the
 * imports that still use them (the preview's memory gateway).
 */
export { quoteSheet as quoteSheetName, onSheet as sheetRef } from "../sheetModel/a1";
