/** The uncertainty part's texts in Swedish. */
import type { UncertaintyStrings } from "./uncertaintyStrings";

const NUMBER_WORDS = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton", "femton"];

/** "tioårsfönstret", or "20-årsfönstret" beyond the number words. */
const windowWord = (years: number): string => `${NUMBER_WORDS[years] ?? `${years}-`}årsfönstret`;

/** Swedish texts. */
export const SV_UNCERTAINTY: UncertaintyStrings = {
  heading: "Osäkerhet",
  intro: "Ange hur låg och hög effektandelen, volymerna och enhetskostnaderna kan bli. Det planerade värdet är det mest sannolika; dragningarna följer en triangelfördelning.",
  shareLow: "Andel lägst (%)",
  shareHigh: "Andel högst (%)",
  volumeLow: "Volym lägst ×",
  volumeHigh: "Volym högst ×",
  unitCostLow: "Kostnad lägst ×",
  unitCostHigh: "Kostnad högst ×",
  effectsHeading: "Effekter",
  groupsHeading: "Målgrupper",
  unitCostsHeading: "Enhetskostnader",
  grade: "Konfidensbetyg",
  gradeNone: "Inte bedömt",
  gradeOption: (grade, words) => `${grade} – ${words}`,
  clearRange: (name) => `Ta bort intervallet för ${name}`,
  settingsHeading: "Dragningar",
  drawsLabel: "Antal dragningar",
  drawsHelp: "Hur många gånger panelen drar ur intervallen. Fler dragningar ger en säkrare sannolikhet men tar längre tid: med 2 000 är medelfelet högst 1,1 procentenheter.",
  seedLabel: "Frö",
  seedHelp: "Fröet är startvärdet för slumptalen. Samma frö ger samma siffror – i panelen, i arbetsboken och på varje dator. Byt frö för att se hur mycket resultatet beror på slumpen.",
  drawsOutside: (words) => `Ange ${words}.`,
  resultsHeading: "Hur sannolikt är det att satsningen betalar sig?",
  noRanges: "Ange ett intervall ovan, så visar panelen sannolikheten att satsningen betalar sig.",
  cannotDraw: "Osäkerheten kan inte räknas",
  pApproved: ({ years, pApproved }) => `Sannolikheten att satsningen betalar sig inom ${windowWord(years)} är ${pApproved}.`,
  pFullRepayment: (percent) => `Sannolikheten att förvaltningarna kan återföra hela beloppet (kostnad + avgift) är ${percent}.`,
  expectedRepayment: (amount, planned) => `Förväntad återföring till fonden med riskdelning: ${amount} av planerade ${planned}.`,
  interval: (p10, p90, p50) => `Besparingen inom fönstret ligger med 80 % sannolikhet mellan ${p10} och ${p90} (median ${p50}).`,
  paybackYears: (by50, by90) =>
    by50 === null
      ? "I hälften av dragningarna når den ackumulerade besparingen inte kostnaden under tidslinjen."
      : `Återbetald (den ackumulerade besparingen når kostnaden, som Återbetalningsår ovan) senast år ${by50} med 50 % sannolikhet${by90 === null ? "; med 90 % sannolikhet inte under tidslinjen" : ` och senast år ${by90} med 90 %`}.`,
  drawsNote: (draws, seed, se) => `${draws} dragningar, frö ${seed}; sannolikheten har medelfelet ${se}.`,
  biasCorrected: (corrected, uncorrected, approved) =>
    `Korrigerat för optimism efter konfidensbetygen: besparing ${corrected} (okorrigerat ${uncorrected}); ${approved ? "godkänd" : "inte godkänd"}.`,
  chartTitle: "Besparingen i dragningarna mot kostnaden",
  chartDraws: "Dragningar",
  chartCost: "Total kostnad",
  chartRepayment: "Planerad återföring",
  describeChart: ({ low, high, cost, below }) => `Stapeldiagram över dragningarnas besparing från ${low} till ${high} mnkr; kostnaden ${cost} mnkr; ${below} av dragningarna ligger under kostnaden.`,
  tornadoTitle: "Vad betyder mest",
  tornadoLow: "Lägst",
  tornadoHigh: "Högst",
  inputName: (kind, name) => (kind === "share" ? `Andel: ${name}` : kind === "volumeFactor" ? `Volym: ${name}` : `Enhetskostnad: ${name}`),
  describeTornado: ({ first, swing }) => `Tornadodiagram: ${first} betyder mest, besparingen svänger ${swing} mnkr mellan lägsta och högsta värdet.`
};
