import type { ReactNode } from "react";
import { Table, makeStyles, tokens } from "@fluentui/react-components";

/** What the scrollable table needs. */
export interface ScrollTableProps {
  /** Names both the scroll region and the table, for screen readers. */
  readonly label: string;
  /** The table's data-testid. */
  readonly testId?: string;
  /** The table's header and body. */
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    "& table": { tableLayout: "auto" },
    // The first column (what a row is) stays in view while the figures scroll sideways.
    "& th:first-child, & td:first-child": {
      position: "sticky",
      left: 0,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground1,
      boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}`
    }
  }
});

/**
 * A compact table inside a region that scrolls sideways when the pane is narrow (the only
 * place the pane scrolls sideways), its first column sticking to the left edge.
 *
 * @example
 * <ScrollTable label="Per år">
 *   <TableHeader>…</TableHeader>
 *   <TableBody>…</TableBody>
 * </ScrollTable>
 */
export function ScrollTable(props: ScrollTableProps): ReactNode {
  const styles = useStyles();
  return (
    // Focusable so keyboard users can scroll a wide table (WCAG 2.1.1).
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={props.label} data-scroll-table="">
      <Table size="extra-small" data-testid={props.testId} aria-label={props.label}>
        {props.children}
      </Table>
    </div>
  );
}
