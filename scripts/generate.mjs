// `npm run generate -- …`: runs the prebuilt generate CLI bundle (scripts/runCli.mjs).
import { CLI_BUNDLE } from "./build-cli.mjs";
import { runBundle } from "./runCli.mjs";

await runBundle(CLI_BUNDLE);
