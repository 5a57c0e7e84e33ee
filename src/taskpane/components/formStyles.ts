/** Layout shared by the pane's editors: rows of fields that wrap in a narrow pane. */
import { makeStyles, tokens } from "@fluentui/react-components";

/** The editors' styles. */
export const useFormStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Fields align at the top, so a message appearing under one field moves no other field.
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  grow: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  /** A field whose text is long (a department's or target group's name): a row of its own below about 420 px, so the name is not cut. */
  wide: { flexGrow: 1, flexBasis: "200px", minWidth: 0 },
  narrow: { flexBasis: "104px", flexGrow: 1, maxWidth: "160px", minWidth: 0 },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium
  },
  note: { color: tokens.colorNeutralForeground3 },
  /** A row whose button lines up with its field's input (no message can appear under the button). */
  alignEnd: { alignItems: "flex-end" }
});
