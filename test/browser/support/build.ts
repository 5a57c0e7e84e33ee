import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** What the production build reads: the sources, the assets, the config and the lock file. */
const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "manifest.xml", "package-lock.json", "tsconfig.json"];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/**
 * A fingerprint of everything the build reads: two test files in one run (or two runs
 * over the same tree) share one build, and any change to a source gives a new one.
 *
 * @example
 * buildInputsHash(root); // "3f2a9c…" (40 hex digits)
 */
export function buildInputsHash(root: string): string {
  const hash = createHash("sha1");
  for (const path of BUILD_INPUTS.flatMap((p) => files(root, p))) {
    hash.update(relative(root, join(root, path)));
    hash.update("\0");
    hash.update(readFileSync(join(root, path)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function webpackInto(root: string, out: string): void {
  const r = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
}

/**
 * Builds the add-in (production) and returns a fresh temporary folder holding it, which the
 * caller may change or delete. The build itself is made once per state of the sources
 * (node_modules/.cache/sinv-browser-build/<hash>, written to a temporary folder and renamed
 * into place, so test files running side by side never see half a build) and copied.
 *
 * @example
 * const out = buildAddin(root); // "/tmp/sinv-browser-abc123" with preview.html inside
 */
export function buildAddin(root: string): string {
  const cacheRoot = join(root, "node_modules", ".cache", "sinv-browser-build");
  const cached = join(cacheRoot, buildInputsHash(root));
  if (!existsSync(join(cached, "preview.html"))) {
    mkdirSync(cacheRoot, { recursive: true });
    const building = mkdtempSync(join(cacheRoot, "building-"));
    try {
      webpackInto(root, building);
      try {
        renameSync(building, cached);
      } catch (error) {
        // Another test file finished the same build first: use it.
        if (!existsSync(join(cached, "preview.html"))) throw error;
      }
      // Builds of earlier states of the sources are not needed again.
      for (const name of readdirSync(cacheRoot)) if (join(cacheRoot, name) !== cached && !name.startsWith("building-")) rmSync(join(cacheRoot, name), { recursive: true, force: true });
    } finally {
      rmSync(building, { recursive: true, force: true });
    }
  }
  const out = mkdtempSync(join(tmpdir(), "sinv-browser-"));
  cpSync(cached, out, { recursive: true });
  return out;
}
