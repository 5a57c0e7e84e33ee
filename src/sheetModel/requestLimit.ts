/**
 * Excel on the web accepts at most 5 MB per request; a workbook sent as base64 must fit,
 * with room for the rest of the request.
 */
import { base64Length } from "./base64";
import { WorkbookError } from "./workbookError";

/** The most base64 characters one call may send (5 MB, less room for the request around it). */
export const MAX_REQUEST_BASE64 = 5_000_000;

/**
 * Throws a clear error when bytes sent as base64 would exceed the limit.
 *
 * @param byteLength - size of the file in bytes.
 * @throws {@link WorkbookError} "tooLarge" with the size and the limit in MB.
 *
 * @example
 * assertRequestSize(200_000); // fine
 * assertRequestSize(4_000_000); // throws: 5.3 MB, at most 5 MB
 */
export function assertRequestSize(byteLength: number): void {
  const length = base64Length(byteLength);
  if (length > MAX_REQUEST_BASE64) {
    throw new WorkbookError("tooLarge", { size: (length / 1_000_000).toFixed(1), limit: MAX_REQUEST_BASE64 / 1_000_000 });
  }
}
