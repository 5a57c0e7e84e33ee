// `npm test`: type-check, lint, then the whole jest suite; ends with one plain line
// "N passed, M failed" (jest's totals), and exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (label, cmd, args) => {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  return r.status ?? 1;
};

const failures = [];
if (run("TypeScript (strict)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]) !== 0) failures.push("typecheck");
if (run("ESLint", bin("eslint"), ["src", "test", "bench", "scripts"]) !== 0) failures.push("lint");

const outDir = join(root, "node_modules", ".cache", "sinv-test");
mkdirSync(outDir, { recursive: true });
const report = join(outDir, "jest.json");
const jestStatus = run("Jest", bin("jest"), ["--json", `--outputFile=${report}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = 0;
try {
  const totals = JSON.parse(readFileSync(report, "utf8"));
  passed = totals.numPassedTests;
  failed = totals.numFailedTests + (totals.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed += 1;
}
if (jestStatus !== 0) failures.push("jest");
if (failures.length > 0) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`${passed} passed, ${failed + (failures.length > 0 && failed === 0 ? failures.length : 0)} failed`);
process.exit(failures.length > 0 ? 1 : 0);
