import type { DomainError, ErrorCode } from "../engine/errors";
import { isDomainError, messageOf } from "../engine/errors";
import type { Result } from "../engine/result";
import { officeLang } from "./lang";

/**
 * The error thrown when `CustomFunctions.Error` does not exist (outside Office, in
 * tests without the global): the same `code` and `message`.
 */
export class SinvFunctionError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "SinvFunctionError";
    this.code = code;
  }
}

interface CustomFunctionsGlobal {
  Error?: new (code: ErrorCode, message?: string) => Error;
}

/**
 * Turns a domain error into what Excel shows: `new CustomFunctions.Error(code, message)`,
 * read from the global only now; a message only for #VALUE! and #N/A (the codes that
 * display one). Falls back to {@link SinvFunctionError} outside Office.
 *
 * @example
 * toExcelError(domainError("required", { arg: "cost" })).message; // "cost saknas (obligatoriskt)."
 */
export function toExcelError(error: DomainError): Error {
  const message = messageOf(error, officeLang());
  const cf = (globalThis as unknown as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  const withMessage = error.code === "#VALUE!" || error.code === "#N/A";
  if (cf && typeof cf.Error === "function") {
    return withMessage ? new cf.Error(error.code, message) : new cf.Error(error.code);
  }
  return new SinvFunctionError(error.code, message);
}

/**
 * The value of a result, or the Excel error thrown.
 *
 * @example
 * valueOrThrow(42); // 42
 */
export function valueOrThrow<T>(result: Result<T>): T {
  if (isDomainError(result)) throw toExcelError(result);
  return result;
}
