// `npm run generate -- …`: runs the prebuilt CLI bundle (scripts/build-cli.mjs; built at
// install by `prepare`) in this process, rebuilding it first when a source is newer. The
// bundle is compiled with V8's code cache (kept beside it), so a run does not parse 2 MB
// of JavaScript again.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Module, createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { CLI_BUNDLE, buildCli } from "./build-cli.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CODE_CACHE = `${CLI_BUNDLE}.v8cache`;

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const built = existsSync(CLI_BUNDLE) ? statSync(CLI_BUNDLE).mtimeMs : 0;
const sources = Math.max(newest(join(root, "src")), statSync(join(root, "scripts", "build-cli.mjs")).mtimeMs, statSync(join(root, "package-lock.json")).mtimeMs);
if (built < sources) {
  await buildCli();
  rmSync(CODE_CACHE, { force: true });
}

// Run the CommonJS bundle as Node would (same wrapper, require, module), through a vm.Script
// that takes and, when it had none that fitted, leaves V8's code cache. The bundle reads
// process.argv.slice(2): here, the arguments after `npm run generate --`.
const cachedData = existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
const script = new vm.Script(Module.wrap(readFileSync(CLI_BUNDLE, "utf8")), { filename: CLI_BUNDLE, cachedData });
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(CLI_BUNDLE), module, CLI_BUNDLE, dirname(CLI_BUNDLE));
if (cachedData === undefined || script.cachedDataRejected) {
  process.once("beforeExit", () => {
    const temporary = `${CODE_CACHE}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, CODE_CACHE);
    } catch {
      rmSync(temporary, { force: true }); // a cache not written costs the next run a parse, nothing else
    }
  });
}
