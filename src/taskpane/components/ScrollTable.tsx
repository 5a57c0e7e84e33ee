import type { ReactNode } from "react";
import { Table, makeStyles } from "@fluentui/react-components";

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
  scroll: { overflowX: "auto", "& table": { tableLayout: "auto" } }
});

/**
 * A compact table inside a region that scrolls sideways when the pane is narrow.
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
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={props.label}>
      <Table size="extra-small" data-testid={props.testId} aria-label={props.label}>
        {props.children}
      </Table>
    </div>
  );
}
