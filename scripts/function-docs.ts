// `npm run docs:functions`: rewrites the function reference in README.md from the JSDoc
// metadata; `--check` only says whether it is up to date (exit 1 if not).
import { readFileSync, writeFileSync } from "node:fs";
import { readFunctionMetadata, renderReference, withReference } from "./functionDocs";

async function main(): Promise<void> {
  const readme = readFileSync("README.md", "utf8");
  const updated = withReference(readme, renderReference(await readFunctionMetadata()));
  if (process.argv.includes("--check")) {
    if (updated !== readme) {
      console.error("README.md's function reference is out of date: run npm run docs:functions");
      process.exit(1);
    }
    console.log("README.md's function reference is up to date.");
    return;
  }
  writeFileSync("README.md", updated);
  console.log("README.md: function reference rewritten.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
