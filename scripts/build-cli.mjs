// The CLI as one prebuilt file: src/cli/generate.ts bundled with esbuild into
// .cache/cli/generate.cjs, with ExcelJS's own prebuilt bundle inside (one file to load
// instead of ExcelJS's several hundred modules). Run by `npm install` / `npm ci` (the
// `prepare` script) and by `npm run generate` when a source is newer than the bundle.
import { mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the CLI bundle lives (git-ignored, inside this checkout). */
export const CLI_BUNDLE = join(root, ".cache", "cli", "generate.cjs");

/**
 * Builds the CLI bundle; `outfile` defaults to {@link CLI_BUNDLE}. Written to a temporary
 * file and renamed, so a process running the bundle never reads half of one.
 */
export async function buildCli(outfile = CLI_BUNDLE) {
  const { build } = await import("esbuild");
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: [join(root, "src", "cli", "generate.ts")],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile: temporary,
      // Packages (the alias below too) resolve from the project, whatever directory the user runs in.
      absWorkingDir: root,
      // ExcelJS's prebuilt bundle (no polyfills) instead of its module tree: ~0.05 s to load, not ~0.2 s.
      alias: { exceljs: "exceljs/dist/exceljs.bare.min.js" },
      logLevel: "error"
    });
    // The bundle runs without Node's module loader (scripts/generate.mjs): ExcelJS must be inside.
    if (readFileSync(temporary, "utf8").includes('import("exceljs")')) throw new Error(`${outfile}: ExcelJS was not bundled`);
    renameSync(temporary, outfile);
  } finally {
    rmSync(temporary, { force: true });
  }
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
