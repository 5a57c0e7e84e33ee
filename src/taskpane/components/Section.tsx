import type { ReactNode } from "react";
import { useId } from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }
});

/**
 * A titled part of a journey, labelled by its heading for screen readers.
 *
 * @example
 * <Section title="Resultat" testId="results">…</Section>
 */
export function Section(props: { readonly title: string; readonly testId?: string; readonly actions?: ReactNode; readonly children: ReactNode }): ReactNode {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={props.testId}>
      <Subtitle2 as="h2" id={id}>
        {props.title}
      </Subtitle2>
      {props.actions}
      {props.children}
    </section>
  );
}
