import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Builds the add-in (production) into a fresh temporary folder and returns it.
 *
 * @example
 * const out = buildAddin(root); // "/tmp/sinv-browser-abc123" with preview.html inside
 */
export function buildAddin(root: string): string {
  const out = mkdtempSync(join(tmpdir(), "sinv-browser-"));
  const r = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  return out;
}
