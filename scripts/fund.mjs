// `npm run fund -- <fund.json> --out <file.xlsx> [--json] [--force] [--lang sv|en]`: runs
// the prebuilt fund CLI bundle (scripts/runCli.mjs).
import { FUND_BUNDLE } from "./build-cli.mjs";
import { runBundle } from "./runCli.mjs";

await runBundle(FUND_BUNDLE);
