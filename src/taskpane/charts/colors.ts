/** The colours of the chart series (Fluent palette tokens, so themes apply). */
import { tokens } from "@fluentui/react-components";

/** Series colours by meaning. */
export const SERIES_COLORS = {
  savings: tokens.colorBrandBackground,
  cost: tokens.colorPaletteRedBorderActive,
  actual: tokens.colorPaletteGreenBorderActive,
  planned: tokens.colorBrandBackground,
  grid: tokens.colorNeutralStroke2,
  axis: tokens.colorNeutralForeground3
} as const;
