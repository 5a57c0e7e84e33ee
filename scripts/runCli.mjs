// Runs a prebuilt CLI bundle (scripts/build-cli.mjs; built at install by `prepare`) in this
// process, rebuilding the bundles first when a source is newer. The bundle is compiled with
// V8's code cache (kept beside it), so a run does not parse 2 MB of JavaScript again.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Module, createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { CLI_BUNDLE, FUND_BUNDLE, buildCli } from "./build-cli.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cacheOf = (bundle) => `${bundle}.v8cache`;

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Runs `bundle` (CLI_BUNDLE or FUND_BUNDLE) as Node would run a CommonJS file; it reads
 * process.argv.slice(2), the arguments after `npm run … --`.
 */
export async function runBundle(bundle) {
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const sources = Math.max(newest(join(root, "src")), statSync(join(root, "scripts", "build-cli.mjs")).mtimeMs, statSync(join(root, "package-lock.json")).mtimeMs);
  if (built < sources) {
    await buildCli();
    for (const b of [CLI_BUNDLE, FUND_BUNDLE]) rmSync(cacheOf(b), { force: true });
  }
  // Through a vm.Script that takes and, when it had none that fitted, leaves V8's code cache.
  const cache = cacheOf(bundle);
  const cachedData = existsSync(cache) ? readFileSync(cache) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("beforeExit", () => {
      const temporary = `${cache}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cache);
      } catch {
        rmSync(temporary, { force: true }); // a cache not written costs the next run a parse, nothing else
      }
    });
  }
}
