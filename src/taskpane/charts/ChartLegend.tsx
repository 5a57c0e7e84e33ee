import type { ReactNode } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { display: "inline-block", width: "14px", height: "4px", borderRadius: "2px" }
});

/** A series' name and colour. */
export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
}

/**
 * The legend under a chart, as a list (read by screen readers with the chart's label).
 *
 * @example
 * <ChartLegend items={[{ label: "Ackumulerad besparing", color: SERIES_COLORS.savings }]} />
 */
export function ChartLegend(props: { readonly items: readonly LegendItem[] }): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.legend}>
      {props.items.map((item) => (
        <li key={item.label} className={styles.item}>
          <span
            className={styles.swatch}
            style={item.dashed ? { backgroundImage: `linear-gradient(90deg, ${item.color} 60%, transparent 60%)`, backgroundSize: "6px 4px" } : { backgroundColor: item.color }}
          />
          <Caption1>{item.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
