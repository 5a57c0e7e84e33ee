import type { ScenarioFile } from "../../src/scenario/scenarioFile";

/**
 * Ids that are also names of Object.prototype's members: a lookup `record[id]` on a plain
 * object finds an inherited function for them where the id is missing. Each is a valid id
 * by the key rule (they begin with a letter); `__proto__` is not, and is tested apart.
 */
export const PROTO_NAMES = ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString"] as const;

/**
 * The same scenario with every id, code and reference renamed by `names` (matched
 * exactly; a reference spelt in another case is renamed to the new name in upper case, so
 * the case difference stays), the actuals' keys too.
 */
export function renameIds(file: ScenarioFile, names: Readonly<Record<string, string>>): ScenarioFile {
  const map = new Map(Object.entries(names));
  const upper = new Map([...map].map(([k, v]) => [k.toUpperCase(), v.toUpperCase()]));
  const r = (id: string): string => map.get(id) ?? upper.get(id.toUpperCase()) ?? id;
  const inv = file.investment;
  const rekey = <T>(record: Readonly<Record<string, T>> | undefined): Record<string, T> | undefined =>
    record === undefined ? undefined : Object.fromEntries(Object.entries(record).map(([k, v]) => [r(k), v]));
  return {
    ...file,
    investment: {
      ...inv,
      departments: inv.departments.map((d) => ({ ...d, id: r(d.id) })),
      costLines: inv.costLines.map((c) => ({ ...c, id: r(c.id), departmentId: r(c.departmentId) })),
      targetGroups: inv.targetGroups.map((g) => ({ ...g, id: r(g.id) })),
      unitCosts: inv.unitCosts.map((u) => ({ ...u, code: r(u.code) })),
      effects: inv.effects.map((e) => ({ ...e, id: r(e.id), targetGroupId: r(e.targetGroupId), unitCostCode: r(e.unitCostCode), departmentId: r(e.departmentId) }))
    },
    ...(file.actuals ? { actuals: { volumes: rekey(file.actuals.volumes), shares: rekey(file.actuals.shares) } } : {})
  };
}

/** The rich scenario's ids as prototype names: departments, cost lines, target groups, unit costs and effects. */
export const RICH_AS_PROTO: Readonly<Record<string, string>> = {
  skola: "constructor",
  soc: "toString",
  arb: "hasOwnProperty",
  lokal: "valueOf",
  bidrag: "constructor",
  utv: "isPrototypeOf",
  coach: "toLocaleString",
  elever: "constructor",
  unga: "propertyIsEnumerable",
  PLACERING: "constructor",
  HVB_DYGN: "toString",
  EKBIST: "valueOf",
  VARD: "hasOwnProperty",
  e1: "constructor",
  e2: "toString",
  e3: "hasOwnProperty",
  e4: "valueOf"
};
