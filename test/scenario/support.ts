import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Helpers for the scenario tests: the shipped files, and editing a parsed JSON value by path. */

/** The repository root. */
export const ROOT = join(__dirname, "..", "..");

/** A shipped example scenario file, parsed as plain JSON. */
export function exampleJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "assets", "examples", name), "utf8")) as Record<string, unknown>;
}

/** The worked example as a scenario file (plain JSON, a fresh copy each call). */
export function workedExampleFile(): Record<string, unknown> {
  return exampleJson("raekneexempel-skolnarvaro.json");
}

type Container = Record<string | number, unknown>;

function parentOf(root: unknown, path: readonly (string | number)[]): Container {
  let node = root as Container;
  for (const key of path.slice(0, -1)) node = node[key] as Container;
  return node;
}

/** A copy of `root` with the value at `path` (0-based list positions) replaced. */
export function withValue(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy: unknown = structuredClone(root);
  parentOf(copy, path)[path[path.length - 1] as string | number] = value;
  return copy;
}

/** A copy of `root` with the key at `path` removed. */
export function without(root: unknown, path: readonly (string | number)[]): unknown {
  const copy: unknown = structuredClone(root);
  delete parentOf(copy, path)[path[path.length - 1] as string | number];
  return copy;
}

/** Every path to a leaf (or empty container) of a JSON value. */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length === 0 ? [prefix] : value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length === 0 ? [prefix] : keys.flatMap((k) => leafPaths((value as Container)[k], [...prefix, k]));
  }
  return [prefix];
}
