import type { ReactNode } from "react";
import { useMemo, useState, useSyncExternalStore } from "react";
import { Caption1, Subtitle2, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../sheetModel/a1";
import type { MemoryCellAt, MemoryGateway } from "./memoryGateway";
import type { PaneStrings } from "../taskpane/i18n";
import { formatNumber } from "../taskpane/i18n/format";

const MAX_ROWS = 300;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  scroll: { overflow: "auto", maxHeight: "75vh", border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  head: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, padding: "0 4px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "right", padding: "0 4px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: "1px 4px", whiteSpace: "nowrap", maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis" },
  number: { textAlign: "right" },
  formula: { backgroundColor: tokens.colorPaletteLightGreenBackground1 },
  mark: { color: tokens.colorNeutralForeground4, marginRight: "2px" }
});

function show(cell: MemoryCellAt, strings: PaneStrings): string {
  const v = cell.value;
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1900 && v <= 2200) return String(v); // a year
    return Math.abs(v) >= 1000 || Number.isInteger(v) ? formatNumber(v, 2) : formatNumber(v, 6);
  }
  if (typeof v === "boolean") return v ? strings.preview.trueText : strings.preview.falseText;
  return v ?? "";
}

/**
 * A read-only view of the memory workbook's sheets: a tab per sheet and a grid of its
 * cells; formula cells show the value the plan computed, the formula in their tooltip.
 * Follows every change to the workbook (parameters written, tables inserted).
 *
 * @example
 * <SheetView gateway={memory} strings={SV} /> // tabs "Översikt", "Parametrar", …
 */
export function SheetView(props: { readonly gateway: MemoryGateway; readonly strings: PaneStrings }): ReactNode {
  const styles = useStyles();
  const { gateway, strings } = props;
  const version = useSyncExternalStore(
    (listener) => gateway.subscribe(listener),
    () => gateway.version
  );
  const sheets = useMemo(() => gateway.snapshot().sheets, [gateway, version]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const sheet = chosen !== undefined && sheets.includes(chosen) ? chosen : sheets[0];
  const cells = useMemo(() => (sheet ? gateway.cells(sheet) : []), [gateway, sheet, version]);
  const rows = Math.min(MAX_ROWS, Math.max(0, ...cells.map((c) => c.row)));
  const cols = Math.min(MAX_COLS, Math.max(0, ...cells.map((c) => c.col)));
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  return (
    <section className={styles.root} aria-label={strings.preview.sheetsHeading} data-testid="sheet-view">
      <Subtitle2 as="h2">{strings.preview.sheetsHeading}</Subtitle2>
      <Caption1>{strings.preview.formulaNote}</Caption1>
      <TabList selectedValue={sheet} onTabSelect={(_, data) => setChosen(String(data.value))} size="small" aria-label={strings.preview.sheetTabs} style={{ flexWrap: "wrap" }}>
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {cells.length === 0 ? (
        <Caption1>{strings.preview.empty}</Caption1>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={strings.preview.sheetsHeading}>
          <table className={styles.table} data-testid="sheet-grid">
            <thead>
              <tr>
                <th className={styles.head} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={styles.rowHead} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: cols }, (_, c) => {
                    const cell = at.get(`${r + 1}:${c + 1}`);
                    if (!cell) return <td key={c} className={styles.cell} />;
                    const text = show(cell, strings);
                    const classes = [styles.cell, typeof cell.value === "number" ? styles.number : "", cell.formula !== undefined ? styles.formula : ""].join(" ");
                    return (
                      <td key={c} className={classes} title={cell.formula !== undefined ? strings.preview.formulaTitle(cell.formula) : text}>
                        {cell.formula !== undefined ? <span className={styles.mark}>ƒ</span> : null}
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
