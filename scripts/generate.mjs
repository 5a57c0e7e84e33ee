// `npm run generate -- …`: bundles the CLI (src/cli/generate.ts) with esbuild when its
// sources changed, then runs it with the given arguments.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "node_modules", ".cache", "sinv-cli", "generate.cjs");

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

if (!existsSync(outfile) || statSync(outfile).mtimeMs < newest(join(root, "src"))) {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({ entryPoints: [join(root, "src", "cli", "generate.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile, external: ["exceljs"], logLevel: "error" });
}
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
