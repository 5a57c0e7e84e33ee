import type { ReactNode } from "react";
import { UncertaintyEditor } from "./UncertaintyEditor";
import { UncertaintyResults } from "./UncertaintyResults";

/**
 * The Scenarier tab's uncertainty part: the ranges and grades (always mounted once loaded,
 * so a field with invalid input blocks writing as every other field does) and, on the
 * visible tab, the results. Loaded in a chunk of its own right after the pane starts, so
 * the page's initial JavaScript does not grow.
 *
 * @example
 * <UncertaintyPart showResults={journey === "scenarios"} />
 */
export function UncertaintyPart(props: { readonly showResults: boolean }): ReactNode {
  return (
    <>
      <UncertaintyEditor />
      {props.showResults ? <UncertaintyResults /> : null}
    </>
  );
}
