/**
 * Domain errors of the engine: values, never exceptions. Every message the engine
 * can give lives in this one catalogue, in Swedish and English.
 */

/** The Excel error a domain error shows as. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!";

/** A language the engine speaks. */
export type Lang = "sv" | "en";

/** Parameters substituted into a message template: `{name}` → value. */
export type MessageParams = Readonly<Record<string, string | number>>;

interface MessageDef {
  readonly code: ErrorCode;
  readonly sv: string;
  readonly en: string;
}

/** The catalogue: one entry per kind of error, with its code and both languages. */
export const MESSAGES = {
  required: { code: "#VALUE!", sv: "{arg} saknas (obligatoriskt).", en: "{arg} is missing (required)." },
  notNumber: { code: "#VALUE!", sv: "{arg} måste vara ett tal, inte {got}.", en: "{arg} must be a number, not {got}." },
  notWhole: { code: "#VALUE!", sv: "{arg} måste vara ett heltal; fick {got}.", en: "{arg} must be a whole number; got {got}." },
  notBoolean: { code: "#VALUE!", sv: "{arg} måste vara SANT eller FALSKT, inte {got}.", en: "{arg} must be TRUE or FALSE, not {got}." },
  notText: { code: "#VALUE!", sv: "{arg} måste vara text, inte {got}.", en: "{arg} must be text, not {got}." },
  belowMin: { code: "#VALUE!", sv: "{arg} måste vara minst {min}; fick {got}.", en: "{arg} must be at least {min}; got {got}." },
  aboveMax: { code: "#VALUE!", sv: "{arg} får vara högst {max}; fick {got}.", en: "{arg} must be at most {max}; got {got}." },
  notAbove: { code: "#VALUE!", sv: "{arg} måste vara större än {min}; fick {got}.", en: "{arg} must be greater than {min}; got {got}." },
  notBelow: { code: "#VALUE!", sv: "{arg} måste vara mindre än {max}; fick {got}.", en: "{arg} must be less than {max}; got {got}." },
  yearRange: { code: "#VALUE!", sv: "{arg} måste vara ett helt årtal {min}–{max}; fick {got}.", en: "{arg} must be a whole year {min}–{max}; got {got}." },
  fundWithoutYears: {
    code: "#VALUE!",
    sv: "Fonden {arg} har varken en tilldelning eller en satsning, och därmed inga år att visa: ange en tilldelning.",
    en: "The fund {arg} has neither an allocation nor an investment, and so no years to show: give an allocation."
  },
  tooLarge: {
    code: "#VALUE!",
    sv: "{arg}: resultatet ({got}) är för stort för ett tal i Excel.",
    en: "{arg}: the result ({got}) is too large for a number in Excel."
  },
  costNearZero: {
    code: "#VALUE!",
    sv: "{arg} (besparing i fönstret ÷ total kostnad): den totala kostnaden {cost} kr är större än 0 men så nära 0 att kvoten blir för stor för ett tal i Excel. Ange beloppen i hela ören, eller 0.",
    en: "{arg} (window savings ÷ total cost): the total cost {cost} kr is greater than 0 but so close to it that the ratio is too large for a number in Excel. Enter the amounts in whole öre, or 0."
  },
  tooLong: { code: "#VALUE!", sv: "{arg} får vara högst {max} tecken lång; fick {got} tecken.", en: "{arg} must be at most {max} characters long; got {got} characters." },
  controlCharacter: {
    code: "#VALUE!",
    sv: "{arg} innehåller styrtecknet {char} på plats {pos}; det kan inte stå i en cell. Ta bort det (tabb och radbrytning går bra).",
    en: "{arg} contains the control character {char} at position {pos}; a cell cannot hold it. Remove it (tabs and line breaks are fine)."
  },
  loneSurrogate: {
    code: "#VALUE!",
    sv: "{arg} innehåller ett halvt tecken ({char}, ett ensamt surrogat) på plats {pos}; texten är trasig. Skriv om tecknet.",
    en: "{arg} contains half a character ({char}, a lone surrogate) at position {pos}; the text is broken. Type the character again."
  },
  nonCharacter: {
    code: "#VALUE!",
    sv: "{arg} innehåller {char} på plats {pos}, som inte är ett tecken och inte kan sparas i en arbetsbok. Ta bort det.",
    en: "{arg} contains {char} at position {pos}, which is not a character and cannot be saved in a workbook. Remove it."
  },
  notVector: {
    code: "#VALUE!",
    sv: "{arg} måste vara en rad eller en kolumn; fick {rows} × {cols} celler.",
    en: "{arg} must be a single row or column; got {rows} × {cols} cells."
  },
  emptyRange: { code: "#VALUE!", sv: "{arg} innehåller inga värden.", en: "{arg} contains no values." },
  shapeMismatch: {
    code: "#VALUE!",
    sv: "{arg} har {got} celler men {other} har {expected}; områdena måste vara lika stora.",
    en: "{arg} has {got} cells but {other} has {expected}; the ranges must be the same size."
  },
  blankYear: {
    code: "#VALUE!",
    sv: "{arg} är tom på plats {pos} men {other} har ett värde där.",
    en: "{arg} is blank at position {pos} but {other} has a value there."
  },
  duplicateYear: {
    code: "#VALUE!",
    sv: "{arg}: året {year} förekommer två gånger (plats {first} och {pos}).",
    en: "{arg}: the year {year} appears twice (positions {first} and {pos})."
  },
  notIncreasing: {
    code: "#VALUE!",
    sv: "{arg} måste vara stigande; plats {pos} ({year}) kommer efter {previous}.",
    en: "{arg} must be increasing; position {pos} ({year}) comes after {previous}."
  },
  noPositiveSavings: {
    code: "#VALUE!",
    sv: "{arg}: ingen förvaltning har positiva besparingar, så återföringen kan inte fördelas.",
    en: "{arg}: no department has positive savings, so the repayment cannot be split."
  },
  duplicateCode: {
    code: "#VALUE!",
    sv: "{arg}: koden {code} förekommer två gånger (plats {first} och {pos}).",
    en: "{arg}: the code {code} appears twice (positions {first} and {pos})."
  },
  unknownCode: { code: "#N/A", sv: "Enhetskostnaden {code} finns inte i {arg}.", en: "The unit cost {code} is not in {arg}." },
  blankCost: {
    code: "#N/A",
    sv: "Enhetskostnaden {code} saknar belopp ({arg} plats {pos} är tom).",
    en: "The unit cost {code} has no amount ({arg} position {pos} is blank)."
  },
  noIndex: {
    code: "#N/A",
    sv: "Prisindex saknas för år {year}; ange förändringen för det året.",
    en: "No price index rate for {year}; enter that year's rate."
  },
  neverPaidBack: {
    code: "#N/A",
    sv: "De ackumulerade besparingarna når aldrig kostnaden {cost} kr inom åren {from}–{to}.",
    en: "Cumulative savings never reach the cost of {cost} kr within {from}–{to}."
  },
  negativeSavings: {
    code: "#N/A",
    sv: "Besparingarna är negativa ({got}); ingen andel ger nollresultat.",
    en: "Savings are negative ({got}); no share breaks even."
  },
  zeroSavings: {
    code: "#DIV/0!",
    sv: "Besparingarna är 0; nollpunktsandelen är en division med noll.",
    en: "Savings are 0; the break-even share is a division by zero."
  },
  endBeforeStart: {
    code: "#VALUE!",
    sv: "Slutåret {end} ligger före startåret {start}.",
    en: "The end year {end} is before the start year {start}."
  },
  unknownReference: {
    code: "#N/A",
    sv: "{arg}: {ref} finns inte.",
    en: "{arg}: {ref} does not exist."
  },
  duplicateId: {
    code: "#VALUE!",
    sv: "{arg}: id {id} förekommer två gånger (stora och små bokstäver och mellanslag i början och slutet räknas inte).",
    en: "{arg}: the id {id} appears twice (upper and lower case and spaces at either end do not count)."
  },
  badKey: {
    code: "#VALUE!",
    sv: "{arg}: {got} går inte att använda som id eller kod. Börja med en bokstav och använd bara bokstäver, siffror, _, -, . och mellanslag (högst 64 tecken).",
    en: "{arg}: {got} cannot be used as an id or code. Begin with a letter and use only letters, digits, _, -, . and spaces (at most 64 characters)."
  },
  rangeOrder: {
    code: "#VALUE!",
    sv: "{arg}: lägsta ({low}), planerat ({base}) och högsta värde ({high}) måste stå i ordning, lägsta ≤ planerat ≤ högsta.",
    en: "{arg}: the low ({low}), planned ({base}) and high value ({high}) must be in order, low ≤ planned ≤ high."
  },
  rangeOnZeroShare: {
    code: "#VALUE!",
    sv: "{arg}: den planerade andelen är 0, så det finns inget planerat värde att variera kring. Ange en planerad andel över 0, eller ta bort intervallet.",
    en: "{arg}: the planned share is 0, so there is no planned value to vary around. Give a planned share above 0, or remove the range."
  },
  rangeTimesFactor: {
    code: "#VALUE!",
    sv: "{arg}: högsta andelen {high} × scenariots faktor på andelar {factor} = {got}; en andel får vara högst 1.",
    en: "{arg}: the high share {high} × the scenario's factor on shares {factor} = {got}; a share must be at most 1."
  },
  wrongCount: {
    code: "#VALUE!",
    sv: "{arg} ska ha {expected} värden (ett per betyg); fick {got}.",
    en: "{arg} must have {expected} values (one per grade); got {got}."
  },
  decreasing: {
    code: "#VALUE!",
    sv: "{arg}: värdet för betyg {pos} ({got}) är mindre än för betyg {previous} ({before}); ett svagare betyg får aldrig korrigeras mindre.",
    en: "{arg}: the value for grade {pos} ({got}) is less than for grade {previous} ({before}); a weaker grade must never be corrected less."
  },
  unknownPreset: {
    code: "#N/A",
    sv: "Regeluppsättningen {id} finns inte (finns: {known}).",
    en: "The rule set {id} does not exist (known: {known})."
  }
} as const satisfies Record<string, MessageDef>;

/** The key of a message in {@link MESSAGES}. */
export type MessageKey = keyof typeof MESSAGES;

/** An error value: what went wrong, which Excel error it shows as, in both languages. */
export interface DomainError {
  readonly kind: "error";
  readonly key: MessageKey;
  readonly code: ErrorCode;
  readonly params: MessageParams;
  readonly sv: string;
  readonly en: string;
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Builds a domain error from the catalogue.
 *
 * @example
 * domainError("aboveMax", { arg: "share", max: 1, got: 1.5 }).en;
 * // "share must be at most 1; got 1.5."
 */
export function domainError(key: MessageKey, params: MessageParams = {}): DomainError {
  const def: MessageDef = MESSAGES[key];
  return { kind: "error", key, code: def.code, params, sv: fill(def.sv, params), en: fill(def.en, params) };
}

/**
 * Whether a value is a domain error.
 *
 * @example
 * isDomainError(domainError("required", { arg: "cost" })); // true
 * isDomainError(42); // false
 */
export function isDomainError(value: unknown): value is DomainError {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "error" && "key" in value;
}

/**
 * The message of an error in a language.
 *
 * @example
 * messageOf(domainError("required", { arg: "cost" }), "sv"); // "cost saknas (obligatoriskt)."
 */
export function messageOf(error: DomainError, lang: Lang): string {
  return lang === "en" ? error.en : error.sv;
}
