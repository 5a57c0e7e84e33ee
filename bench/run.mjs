// `npm run bench`: bundles the benchmark as the add-in ships (one bundle, no per-import
// getters of a dev transpiler), then runs it. Arguments pass through (`-- --json`).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, ".cache", "bench"); // inside this checkout (git-ignored)
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, "bench.cjs");
await build({
  entryPoints: [join(root, "bench", "index.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile,
  external: ["hyperformula", "exceljs", "playwright-core", "axe-core", "esbuild"],
  logLevel: "error"
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
