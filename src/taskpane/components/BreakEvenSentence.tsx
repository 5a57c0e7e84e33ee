import type { ReactNode } from "react";
import { Body1 } from "@fluentui/react-components";
import { breakEvenText } from "../state/breakEvenText";
import { useDraftInputs, useEvaluation, usePaneStatic } from "../state/PaneContext";
import { Section } from "./Section";

/**
 * The break-even sentence: "the investment pays back if at least X % of the target group
 * avoids …" (the engine's break-even share per effect), under the current scenario.
 *
 * @example
 * <BreakEvenSentence /> // data-testid="breakeven-sentence": "… minst 22,6 % av målgruppen …"
 */
export function BreakEvenSentence(): ReactNode {
  const { strings } = usePaneStatic();
  const evaluation = useEvaluation();
  const draft = useDraftInputs();
  const text = breakEvenText(evaluation, draft.investment, strings);
  if (text === undefined) return null;
  return (
    <Section title={strings.scenarios.breakEvenHeading}>
      <Body1 as="p" block data-testid="breakeven-sentence" style={{ margin: 0 }}>
        {text}
      </Body1>
    </Section>
  );
}
