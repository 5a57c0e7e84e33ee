/**
 * Every text the task pane and the preview show, as one typed table per language. Texts
 * with numbers or names in them are functions, so both languages must take the same
 * values; the compiler checks that the two tables have the same keys.
 */
import type { EligibilityRule, PartnerKind } from "../../engine";
import type { FundStrings } from "./fundStrings";
import type { WorkStrings } from "./workStrings";

/** A language the task pane speaks. */
export type PaneLanguage = "sv" | "en";

/** The steps of generating the application workbook. */
export type GenerateStep = "validating" | "building" | "writing" | "sending";

/** Every text of the task pane. */
export interface PaneStrings {
  readonly lang: PaneLanguage;
  /** BCP 47 tag for the page's `lang` attribute. */
  readonly htmlLang: string;
  readonly title: string;
  readonly errorTitle: string;
  readonly officeJsMissing: string;
  readonly outsideOfficeTitle: string;
  readonly outsideOffice: string;
  readonly previewLink: string;
  readonly yes: string;
  readonly no: string;
  readonly remove: string;
  readonly dash: string;
  readonly kr: string;
  /** Unit of chart axes in millions of kronor. */
  readonly millions: string;
  /** The working-day features (confirmations, summary, help texts, …). */
  readonly work: WorkStrings;
  /** The Fonden view (issue 12). */
  readonly fund: FundStrings;

  readonly tabs: { readonly label: string; readonly application: string; readonly scenarios: string; readonly followUp: string };

  readonly results: {
    readonly heading: string;
    readonly totalCost: string;
    readonly savingsWindow: (years: number) => string;
    readonly ratio: string;
    readonly approved: string;
    readonly payback: string;
    readonly notReached: string;
    /** The break-even factor: the multiplier on all planned shares at which savings equal the cost. */
    readonly breakEven: string;
    /** The break-even share of one effect's target group. */
    readonly breakEvenShare: (effect: string) => string;
    readonly breakEvenNone: string;
    readonly plannedRepayment: string;
    readonly repaymentByDepartment: string;
    readonly noRepaymentModel: string;
    readonly cannotEvaluate: string;
    readonly fieldsInvalid: (count: number) => string;
  };

  readonly chart: {
    readonly title: string;
    readonly cumulativeSavings: string;
    readonly cumulativeCost: string;
    readonly paybackMarker: (year: number) => string;
    readonly describe: (p: { first: number; last: number; savings: string; cost: string; payback: number | null }) => string;
  };

  readonly form: {
    readonly heading: string;
    readonly newInvestment: string;
    readonly newInvestmentHint: string;
    readonly name: string;
    readonly startYear: string;
    readonly endYear: string;
    readonly rules: string;
    readonly departments: string;
    readonly departmentName: string;
    readonly departmentArea: string;
    readonly addDepartment: string;
    readonly partners: string;
    readonly partnerName: string;
    readonly partnerKind: string;
    readonly addPartner: string;
    readonly partnerKinds: Readonly<Record<PartnerKind, string>>;
    readonly eligibilityHeading: string;
    readonly eligibilityRules: Readonly<Record<EligibilityRule, string>>;
    readonly fulfilled: string;
    readonly notFulfilled: string;
    readonly newDepartmentName: (n: number) => string;
  };

  readonly costs: {
    readonly heading: string;
    readonly description: string;
    readonly department: string;
    readonly financing: string;
    readonly fund: string;
    readonly cofinancing: string;
    readonly amount: (year: number) => string;
    readonly add: string;
    readonly newLine: (n: number) => string;
    readonly staffLine: (description: string, total: string) => string;
    readonly yearsCapped: (shown: number) => string;
  };

  readonly groups: {
    readonly heading: string;
    readonly name: string;
    readonly volume: (year: number) => string;
    readonly add: string;
    readonly newGroup: (n: number) => string;
  };

  readonly effects: {
    readonly heading: string;
    readonly name: string;
    readonly group: string;
    readonly department: string;
    readonly share: string;
    readonly duration: string;
    readonly lag: string;
    readonly add: string;
    readonly newEffect: (n: number) => string;
    readonly removeEffect: (name: string) => string;
  };

  readonly picker: {
    readonly label: string;
    readonly placeholder: string;
    readonly noMatch: string;
    readonly details: (p: { unit: string; priceYear: number; payer: string; source: string; cost: string }) => string;
    readonly missingCode: (code: string) => string;
    readonly chooseCode: string;
    readonly empty: string;
  };

  readonly validation: {
    readonly required: string;
    readonly notNumber: (text: string) => string;
    readonly ambiguous: (text: string) => string;
    readonly negative: string;
    readonly notWhole: string;
    readonly yearRange: string;
    readonly percentAbove: (max: number) => string;
    readonly atMost: (max: string) => string;
  };

  readonly tables: {
    readonly heading: string;
    readonly reread: string;
    readonly reading: string;
    readonly readSummary: (tables: number, problems: number) => string;
    readonly noInputs: string;
    readonly rows: (n: number) => string;
    readonly missing: string;
    readonly problemsHeading: (n: number) => string;
    readonly problemAt: (where: string, row: number) => string;
    readonly showCell: string;
    readonly showCellLabel: (address: string) => string;
    readonly noUnitCostTable: string;
    readonly insertExample: string;
    readonly exampleSheet: string;
    readonly exampleNote: string;
    readonly exampleInserted: (sheet: string, table: string) => string;
    readonly emptyTable: (table: string) => string;
    readonly readFailedTitle: string;
    readonly eventsFailedTitle: string;
    readonly insertFailedTitle: string;
    readonly selectFailedTitle: string;
  };

  readonly generate: {
    readonly heading: string;
    readonly createNew: string;
    readonly insertHere: string;
    readonly steps: Readonly<Record<GenerateStep, string>>;
    readonly progressLabel: string;
    readonly doneNew: string;
    readonly doneInsert: (sheets: string) => string;
    readonly renamed: (list: string) => string;
    readonly invalidTitle: string;
    readonly failedTitle: string;
    readonly blocked: string;
  };

  readonly scenarios: {
    readonly heading: string;
    readonly shareFactor: string;
    readonly volumeFactor: string;
    readonly unitCostFactor: string;
    readonly discountRate: string;
    readonly includeDuring: string;
    readonly baseYear: string;
    readonly baseYearHint: (startYear: number) => string;
    readonly reset: string;
    readonly breakEvenHeading: string;
    readonly breakEvenOne: (p: { pct: string; group: string; what: string; assumed: string }) => string;
    readonly breakEvenMany: (p: { factor: string; list: string }) => string;
    /** One effect's break-even share in the sentence for several effects. */
    readonly breakEvenPart: (p: { pct: string; group: string; what: string; assumed: string }) => string;
    readonly breakEvenNone: string;
    readonly breakEvenImpossible: (p: { pct: string; group: string }) => string;
    readonly namedHeading: string;
    readonly scenarioName: string;
    readonly save: string;
    readonly saved: (name: string) => string;
    readonly none: string;
    readonly use: string;
    readonly inUse: string;
    readonly deleteScenario: (name: string) => string;
    readonly nameRequired: string;
    readonly writeParameters: string;
    readonly written: (cells: string) => string;
    readonly saveFailedTitle: string;
    readonly loadFailedTitle: string;
    readonly writeFailedTitle: string;
    readonly compareHeading: string;
    readonly current: string;
    readonly compareChartTitle: string;
    readonly compareDescribe: (list: string) => string;
    readonly settingsSummary: (p: { share: string; volume: string; unitCost: string; rate: string; base: string; during: string }) => string;
  };

  readonly followUp: {
    readonly heading: string;
    readonly intro: string;
    readonly actualVolumes: string;
    readonly actualVolume: (group: string, year: number) => string;
    readonly actualShare: (effect: string) => string;
    readonly planned: string;
    readonly actual: string;
    readonly variance: string;
    readonly resetActuals: string;
    readonly comparisonHeading: string;
    readonly byEffect: string;
    readonly byDepartment: string;
    readonly byYear: string;
    readonly effect: string;
    readonly department: string;
    readonly year: string;
    readonly plannedRepayment: string;
    readonly actualRepayment: string;
    readonly riskRule: (floor: string, fee: string) => string;
    readonly noRepayment: string;
    readonly chartTitle: string;
    readonly chartDescribe: (p: { first: number; last: number; planned: string; actual: string }) => string;
    readonly cannotFollowUp: string;
    readonly writeActuals: string;
    readonly actualsWritten: (cells: number) => string;
    readonly writeActualsFailedTitle: string;
  };

  readonly preview: {
    readonly title: string;
    readonly intro: string;
    readonly sheetsHeading: string;
    readonly formulaNote: string;
    readonly loadFailed: string;
    readonly sheetTabs: string;
    readonly formulaTitle: (formula: string) => string;
    readonly empty: string;
    readonly trueText: string;
    readonly falseText: string;
  };
}
