/** How the pane finds a field on the page by its id in the state: a data attribute on the control. */

/** The attribute a field's control carries. */
export const FIELD_ATTRIBUTE = "data-sinv-field";

/**
 * The props that mark a field's control.
 *
 * @example
 * <Input {...fieldTarget("inv.endYear")} /> // data-sinv-field="inv.endYear"
 */
export function fieldTarget(id: string): Record<typeof FIELD_ATTRIBUTE, string> {
  return { [FIELD_ATTRIBUTE]: id };
}

/**
 * Moves the focus to a field (scrolled into the middle of the view), e.g. from the list of
 * errors. Returns false when the field is not on the page (its journey is another tab).
 *
 * @example
 * focusField(document, "inv.endYear"); // true, the end year has the focus
 */
export function focusField(doc: Document, id: string): boolean {
  const control = fieldControl(doc, id);
  if (control === null || control.closest("[hidden]") !== null) return false;
  control.focus({ preventScroll: true });
  control.scrollIntoView({ block: "center" });
  return true;
}

/**
 * The control of a field on the page, hidden or not (null when it is not there).
 *
 * @example
 * fieldControl(document, "inv.endYear")?.tagName; // "INPUT"
 */
export function fieldControl(doc: Document, id: string): HTMLElement | null {
  return [...doc.querySelectorAll<HTMLElement>(`[${FIELD_ATTRIBUTE}]`)].find((e) => e.getAttribute(FIELD_ATTRIBUTE) === id) ?? null;
}
