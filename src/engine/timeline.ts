import type { Investment } from "./model";

/**
 * The years an evaluation covers: from the earliest year any input mentions (at the latest
 * the start year) to the end of the savings window (at least endYear + horizon).
 *
 * @example
 * timelineYears({ ...example, startYear: 2017, endYear: 2019 }, 10); // [2017, …, 2029]
 */
export function timelineYears(inv: Investment, horizonYears: number): number[] {
  let first = inv.startYear;
  let last = inv.endYear + horizonYears;
  const see = (key: string): void => {
    const y = Number(key);
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const line of inv.costLines) {
    Object.keys(line.amounts ?? {}).forEach(see);
    Object.keys(line.staff?.months ?? {}).forEach(see);
  }
  for (const group of inv.targetGroups) Object.keys(group.volumes).forEach(see);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
