/**
 * Which start years each rule preset is meant for. Örebro applied the repayment model to
 * investments started 2013–2019 and dropped it for those started from 2020 (seed
 * 002_…: "kommer inte återföringsmodellen att tillämpas för nya satsningar som startar
 * från 2020"; the work began in 2013, seed 001_…). Decided here, from the presets' names
 * (`rules.ts`): a preset without an entry is meant for any start year.
 */

/** The start years a preset is meant for; a missing end is open. */
export interface PresetYears {
  readonly from?: number;
  readonly to?: number;
}

const PRESET_YEARS: Readonly<Record<string, PresetYears>> = {
  "orebro-2013-2019": { from: 2013, to: 2019 },
  "orebro-2020": { from: 2020 }
};

/**
 * The start years a preset is meant for, or undefined when it is meant for any.
 *
 * @example
 * presetYears("orebro-2013-2019"); // { from: 2013, to: 2019 }
 * presetYears("custom");           // undefined
 */
export function presetYears(preset: string): PresetYears | undefined {
  return Object.prototype.hasOwnProperty.call(PRESET_YEARS, preset) ? PRESET_YEARS[preset] : undefined;
}

/**
 * Whether an investment starting in `startYear` fits the preset's years.
 *
 * @example
 * presetFitsStart("orebro-2013-2019", 2021); // false
 * presetFitsStart("orebro-2020", 2021);      // true
 */
export function presetFitsStart(preset: string, startYear: number): boolean {
  const y = presetYears(preset);
  return y === undefined || ((y.from === undefined || startYear >= y.from) && (y.to === undefined || startYear <= y.to));
}
