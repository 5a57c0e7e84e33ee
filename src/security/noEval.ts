/**
 * Runs first on every page (webpack.config.js puts it ahead of each entry's own module):
 * tells zod never to compile parsers with `new Function`. The pages' Content-Security-Policy
 * has no `'unsafe-eval'`, and zod's probe for it (a `new Function("")` whose error it
 * catches) is still reported as a CSP violation. Parsing gives the same results and the same
 * messages without the compiled fast path.
 */
import { config } from "zod";

/** The zod settings every page runs with. */
export const PAGE_ZOD_CONFIG = { jitless: true } as const;

config(PAGE_ZOD_CONFIG);
