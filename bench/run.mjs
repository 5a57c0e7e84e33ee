// `npm run bench`: bundles the benchmark as the add-in ships (one bundle, no per-import
// getters of a dev transpiler), then runs it. Arguments pass through (`-- --json`).
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "node_modules", ".cache", "sinv-bench");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, "bench.cjs");
await build({
  entryPoints: [join(root, "bench", "index.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile,
  external: ["hyperformula", "exceljs", "playwright-core", "axe-core"],
  logLevel: "error"
});
// The CLI as `npm run generate` runs it, for the whole-process timing.
const cli = join(outDir, "generate.cjs");
await build({ entryPoints: [join(root, "src", "cli", "generate.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: cli, external: ["exceljs"], logLevel: "error" });
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root, env: { ...process.env, SINV_CLI: cli } });
process.exit(run.status ?? 1);
