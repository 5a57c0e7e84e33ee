/**
 * (c) `npm run generate` as a user runs it: a whole process, `npm run generate -- <worked
 * example> --out <temp file> --force`, timed from spawn to exit, several rounds. Also
 * `node scripts/generate.mjs …` (what npm starts: the part that is ours) and `node -e ""`
 * (Node's own start-up), alternating, so the parts can be told apart on a noisy machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Spread } from "./fair";
import { spreadOf, timeOnce } from "./fair";

/** Milliseconds of each kind of process, with spread. */
export interface CliFigures {
  readonly npmRunGenerateMs: Spread;
  readonly nodeScriptMs: Spread;
  readonly nodeEmptyMs: Spread;
}

function run(command: string, args: readonly string[], cwd: string): void {
  const r = spawnSync(command, args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr}`);
}

/**
 * Times the three processes alternately, `rounds` rounds each (after one warm-up run).
 *
 * @example
 * cliBench(root, 7).npmRunGenerateMs.median; // e.g. 560
 */
export function cliBench(root: string, rounds: number): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), "sinv-cli-bench-"));
  const example = join(root, "assets", "examples", "raekneexempel-skolnarvaro.json");
  const out = join(dir, "ex.xlsx");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const viaNpm = (): void => run(npm, ["run", "generate", "--", example, "--out", out, "--force"], root);
  const viaNode = (): void => run(process.execPath, [join(root, "scripts", "generate.mjs"), example, "--out", out, "--force"], root);
  const empty = (): void => run(process.execPath, ["-e", ""], root);
  try {
    viaNpm();
    const a: number[] = [];
    const b: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < rounds; i++) {
      a.push(timeOnce(viaNpm));
      b.push(timeOnce(viaNode));
      c.push(timeOnce(empty));
    }
    return { npmRunGenerateMs: spreadOf(a), nodeScriptMs: spreadOf(b), nodeEmptyMs: spreadOf(c) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
