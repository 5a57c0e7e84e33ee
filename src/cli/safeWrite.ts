/**
 * Writing the CLI's output file all-or-nothing: the bytes go to a temporary file beside
 * the target (created exclusively), then into place in one step — without `--force` by a
 * hard link, which fails when the name exists, so a file that appeared during the run is
 * never replaced; with `--force` by an atomic rename. The temporary file is always removed.
 * The input files are never a target, not even with `--force`.
 */
import { constants, copyFileSync, linkSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** A refusal in both languages. */
export interface WriteRefusal {
  readonly sv: string;
  readonly en: string;
}

/** Thrown when the output cannot be written; nothing of the user's has changed. */
export class OutputRefused extends Error {
  constructor(readonly refusal: WriteRefusal) {
    super(refusal.en);
  }
}

const kind = (path: string): "file" | "folder" | "missing" => {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
};

/**
 * Checks the target before anything is built: not an input, not a folder, its folder
 * exists, and (without `force`) no file by that name.
 *
 * @example
 * checkOutput("/tmp/ut.xlsx", false, ["/tmp/in.json"]); // passes when /tmp/ut.xlsx does not exist
 * checkOutput("/tmp/in.json", true, ["/tmp/in.json"]);  // throws: "… är en av indatafilerna …"
 */
export function checkOutput(out: string, force: boolean, inputs: readonly string[]): void {
  const target = resolve(out);
  if (inputs.some((i) => resolve(i) === target)) {
    throw new OutputRefused({ sv: `${target} är en av indatafilerna och skrivs aldrig över; välj ett annat namn för --out.`, en: `${target} is one of the input files and is never overwritten; choose another name for --out.` });
  }
  const here = kind(target);
  if (here === "folder") throw new OutputRefused({ sv: `${target} är en mapp; ange ett filnamn, t.ex. ${join(target, "ansokan.xlsx")}.`, en: `${target} is a folder; give a file name, e.g. ${join(target, "application.xlsx")}.` });
  if (kind(dirname(target)) !== "folder") throw new OutputRefused({ sv: `Mappen ${dirname(target)} finns inte; skapa den först.`, en: `The folder ${dirname(target)} does not exist; create it first.` });
  if (here === "file" && !force) throw new OutputRefused({ sv: `${target} finns redan; välj ett annat namn eller lägg till --force.`, en: `${target} already exists; choose another name or add --force.` });
}

/**
 * Writes the bytes to `out` all-or-nothing (see the module's comment), after
 * {@link checkOutput} has passed: without `force`, a file that appeared since is kept and
 * the write refused.
 *
 * @example
 * checkOutput("/tmp/ut.xlsx", false, inputs); const bytes = await writeXlsx(plan);
 * writeOutput("/tmp/ut.xlsx", bytes, false); // 37 287 bytes in place, or nothing and an OutputRefused
 */
export function writeOutput(out: string, bytes: Uint8Array, force: boolean): void {
  const target = resolve(out);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    if (force) renameSync(temporary, target);
    else placeExclusively(temporary, target);
  } catch (e) {
    if (e instanceof OutputRefused) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new OutputRefused({ sv: `Kunde inte skriva ${target}: ${reason}. Ingenting har ändrats.`, en: `Could not write ${target}: ${reason}. Nothing has changed.` });
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already moved into place by the rename, or never created: nothing to remove.
    }
  }
}

function placeExclusively(temporary: string, target: string): void {
  try {
    linkSync(temporary, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputRefused({ sv: `${target} skapades medan arbetsboken byggdes och skrivs inte över; kör igen med --force om den ska ersättas.`, en: `${target} appeared while the workbook was built and is not overwritten; run again with --force to replace it.` });
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV") throw e;
    // A file system without hard links: copy, failing when the name exists.
    copyFileSync(temporary, target, constants.COPYFILE_EXCL);
  }
}
