import type { ReactNode } from "react";
import { useId } from "react";
import { Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Figures being remade: faded only when that takes longer than a glance (a keystroke's redraw never flickers).
  busy: { opacity: 0.6, transitionProperty: "opacity", transitionDelay: "200ms" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }
});

/**
 * A titled part of a journey, labelled by its heading for screen readers. `busy`: its
 * figures are of the previous input while new ones are made (`aria-busy`, faded after 200 ms).
 *
 * @example
 * <Section title="Resultat" testId="results">…</Section>
 * <Section title="Osäkerhet" busy={stale}>…</Section> // aria-busy="true" until the draws are made
 */
export function Section(props: { readonly title: string; readonly testId?: string; readonly actions?: ReactNode; readonly busy?: boolean; readonly children: ReactNode }): ReactNode {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={props.busy === true ? mergeClasses(styles.section, styles.busy) : styles.section} aria-labelledby={id} aria-busy={props.busy === true ? true : undefined} data-testid={props.testId}>
      <Subtitle2 as="h2" id={id}>
        {props.title}
      </Subtitle2>
      {props.actions}
      {props.children}
    </section>
  );
}
