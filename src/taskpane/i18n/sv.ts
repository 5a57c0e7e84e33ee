/** The task pane in Swedish (the default language). */
import { SV_FUND } from "./svFund";
import { MAX_YEAR, MIN_YEAR } from "../../engine/fields/fieldTable";
import type { PaneStrings } from "./strings";
import { SV_WORK } from "./svWork";

/** Swedish texts. */
export const SV: PaneStrings = {
  lang: "sv",
  htmlLang: "sv",
  title: "SINV – sociala investeringar",
  errorTitle: "Fel",
  officeJsMissing: "office.js kunde inte laddas, så panelen kan inte prata med Excel.",
  outsideOfficeTitle: "Utanför Excel",
  outsideOffice: "Panelen körs utanför Office och kan inte läsa någon arbetsbok. Förhandsvisningen visar samma panel mot ett räkneexempel i minnet.",
  previewLink: "Öppna förhandsvisningen",
  yes: "Ja",
  no: "Nej",
  remove: "Ta bort",
  dash: "–",
  kr: "kr",
  millions: "mnkr",
  work: SV_WORK,
  fund: SV_FUND,

  tabs: { label: "Arbetsmoment", application: "Ansökan", scenarios: "Scenarier", followUp: "Uppföljning" },

  results: {
    heading: "Resultat",
    totalCost: "Total kostnad (fonden)",
    savingsWindow: (years) => `Besparing inom ${years} år efter slutåret`,
    ratio: "Besparing / kostnad",
    approved: "Godkänd (besparing ≥ kostnad)",
    payback: "Återbetalningsår",
    notReached: "Nås inte",
    breakEven: "Nollpunktsfaktor (× alla planerade andelar)",
    breakEvenShare: (effect) => `Nollpunktsandel av målgruppen: ${effect}`,
    breakEvenNone: "Ingen (besparingen är 0)",
    plannedRepayment: "Planerad återföring (kostnad + avgift)",
    repaymentByDepartment: "Planerad återföring per förvaltning",
    noRepaymentModel: "Regeluppsättningen har ingen återföring.",
    cannotEvaluate: "Kalkylen kan inte räknas",
    fieldsInvalid: (n) => `${n === 1 ? "Ett fält har" : `${n} fält har`} fel och räknas inte med. Inget skrivs till arbetsboken förrän felen är rättade.`
  },

  chart: {
    title: "Ackumulerad besparing mot kostnad",
    cumulativeSavings: "Ackumulerad besparing",
    cumulativeCost: "Ackumulerad kostnad",
    paybackMarker: (year) => `Återbetald ${year}`,
    describe: ({ first, last, savings, cost, payback }) =>
      `Linjediagram ${first}–${last}: den ackumulerade besparingen når ${savings} och den ackumulerade kostnaden ${cost}; ` +
      (payback === null ? "besparingen når aldrig kostnaden." : `besparingen når kostnaden år ${payback}.`)
  },

  form: {
    heading: "Satsningen",
    newInvestment: "Ny satsning",
    newInvestmentHint: "Börjar om med ett tomt formulär. Arbetsboken ändras inte.",
    name: "Namn",
    startYear: "Startår",
    endYear: "Slutår",
    rules: "Regler",
    departments: "Förvaltningar (nämnder)",
    departmentName: "Förvaltning",
    departmentArea: "Område",
    addDepartment: "Lägg till förvaltning",
    partners: "Civilsamhällesaktörer och kommunala bolag",
    partnerName: "Aktör",
    partnerKind: "Slag",
    addPartner: "Lägg till aktör",
    partnerKinds: { association: "Förening", foundation: "Stiftelse", cooperative: "Kooperativ", municipalCompany: "Kommunalt bolag", other: "Annat" },
    eligibilityHeading: "Villkor för att söka",
    eligibilityRules: { collaboration: "Samverkan", duration: "Längd", newPerYear: "Nya satsningar per år" },
    fulfilled: "Uppfyllt",
    notFulfilled: "Inte uppfyllt",
    newDepartmentName: (n) => `Förvaltning ${n}`
  },

  costs: {
    heading: "Kostnadskalkyl",
    description: "Kostnadsrad",
    department: "Förvaltning",
    financing: "Finansiering",
    fund: "Fonden",
    cofinancing: "Medfinansiering",
    amount: (year) => `Belopp ${year} (kr)`,
    add: "Lägg till kostnadsrad",
    newLine: (n) => `Kostnad ${n}`,
    staffLine: (description, total) => `${description}: personal enligt tabellen, ${total} totalt`,
    yearsCapped: (shown) => `Visar de första ${shown} åren av perioden.`
  },

  groups: {
    heading: "Målgrupper",
    name: "Målgrupp",
    volume: (year) => `Nya individer ${year}`,
    add: "Lägg till målgrupp",
    newGroup: (n) => `Målgrupp ${n}`
  },

  effects: {
    heading: "Effekter",
    name: "Effekt",
    group: "Målgrupp",
    department: "Förvaltning som sparar",
    share: "Andel som undviker kostnaden (%)",
    duration: "Varaktighet (år)",
    lag: "Fördröjning (år)",
    add: "Lägg till effekt",
    newEffect: (n) => `Effekt ${n}`,
    removeEffect: (name) => `Ta bort effekten ${name}`
  },

  picker: {
    label: "Enhetskostnad",
    placeholder: "Sök på kod eller beskrivning",
    noMatch: "Ingen enhetskostnad matchar sökningen.",
    details: ({ unit, priceYear, payer, source, cost }) => `${cost} ${unit} · prisår ${priceYear} · betalare ${payer} · källa: ${source || "saknas"}`,
    missingCode: (code) => `Enhetskostnaden ${code} finns inte bland de inlästa enhetskostnaderna. Välj en annan eller lägg till den i tabellen.`,
    chooseCode: "Välj en enhetskostnad.",
    empty: "Inga enhetskostnader är inlästa: läs in tabellen med enhetskostnader eller infoga exempeltabellen."
  },

  validation: {
    required: "Fältet får inte vara tomt.",
    notNumber: (text) => `”${text}” är inte ett tal. Skriv till exempel 12 500 eller 0,3.`,
    ambiguous: (text) => `”${text}” kan läsas på två sätt. Skriv tal utan tusentalskomma (98912) eller med en eller två decimaler (98,9).`,
    negative: "Får inte vara negativt.",
    notWhole: "Måste vara ett heltal.",
    yearRange: `Ange ett årtal mellan ${MIN_YEAR} och ${MAX_YEAR}.`,
    percentAbove: (max) => `Andelen kan vara högst ${max} %.`,
    atMost: (max) => `Får vara högst ${max}.`
  },

  tables: {
    heading: "Indata från arbetsboken",
    reread: "Läs om tabellerna",
    reading: "Läser arbetsboken …",
    readSummary: (tables, problems) => `${tables} tabeller inlästa, ${problems === 0 ? "inga problem" : problems === 1 ? "1 problem" : `${problems} problem`}`,
    noInputs: "Arbetsboken har inga SINV-tabeller ännu. Fyll i satsningen här och skapa arbetsboken, som ny eller i den här arbetsboken.",
    rows: (n) => (n === 1 ? "1 rad" : `${n} rader`),
    missing: "saknas",
    problemsHeading: (n) => (n === 1 ? "1 problem i tabellerna" : `${n} problem i tabellerna`),
    problemAt: (where, row) => (row > 0 ? `${where}, rad ${row}` : where),
    showCell: "Visa cellen",
    showCellLabel: (address) => `Visa cellen ${address}`,
    noUnitCostTable: "Arbetsboken har ingen tabell med enhetskostnader (SINV_Enhetskostnader).",
    insertExample: "Infoga exempeltabell med enhetskostnader",
    exampleSheet: "Enhetskostnader (exempel)",
    exampleNote:
      "EXEMPEL: enhetskostnader från SINV:s exempeldata (assets/data/unit_costs.csv) med källor. Kontrollera varje belopp mot er kommuns egna siffror innan det används i en ansökan.",
    exampleInserted: (sheet, table) => `Exempeltabellen ligger på det nya bladet ${sheet} (tabellen ${table}). Inget annat ändrades.`,
    emptyTable: (table) => `Tabellen ${table} är tom: fyll i minst en rad.`,
    readFailedTitle: "Arbetsboken kunde inte läsas",
    eventsFailedTitle: "Ändringar följs inte automatiskt",
    insertFailedTitle: "Exempeltabellen kunde inte infogas",
    selectFailedTitle: "Cellen kunde inte visas"
  },

  generate: {
    heading: "Ansökans arbetsbok",
    createNew: "Skapa arbetsbok",
    insertHere: "Infoga i denna arbetsbok",
    steps: {
      validating: "Kontrollerar indata",
      building: "Bygger arbetsbokens tolv blad",
      writing: "Skriver xlsx-filen",
      sending: "Skickar arbetsboken till Excel"
    },
    progressLabel: "Förlopp",
    doneNew: "Klart: arbetsboken öppnades som en ny arbetsbok.",
    doneInsert: (sheets) => `Klart: bladen ${sheets} lades till. Inget befintligt skrevs över.`,
    renamed: (list) => `Namn som redan fanns fick ett tillägg: ${list}.`,
    invalidTitle: "Indata är inte giltiga – inget skrevs",
    failedTitle: "Arbetsboken kunde inte skapas",
    blocked: "Rätta fälten som är markerade med fel först; inget skrivs till arbetsboken förrän indata är giltiga."
  },

  scenarios: {
    heading: "Scenario",
    shareFactor: "Effektandel ×",
    volumeFactor: "Volymer ×",
    unitCostFactor: "Enhetskostnader ×",
    discountRate: "Diskonteringsränta (%)",
    includeDuring: "Räkna besparing under satsningen",
    baseYear: "Basår för nuvärde",
    baseYearHint: (startYear) => `Utan val: startåret ${startYear}.`,
    reset: "Återställ till kalkylen",
    breakEvenHeading: "Nollpunkt",
    breakEvenOne: ({ pct, group, what, assumed }) => `Satsningen betalar sig om minst ${pct} av målgruppen (${group}) undviker ${what}. Kalkylen antar ${assumed}.`,
    breakEvenMany: ({ factor, list }) => `Satsningen betalar sig om varje effektandel når minst nollpunktsfaktorn ${factor} gånger kalkylens antagande, det vill säga om minst ${list}.`,
    breakEvenPart: ({ pct, group, what, assumed }) => `${pct} av målgruppen (${group}) undviker ${what} (kalkylen antar ${assumed})`,
    breakEvenNone: "Besparingen är noll eller negativ: ingen andel gör att satsningen betalar sig.",
    breakEvenImpossible: ({ pct, group }) => `Satsningen betalar sig inte ens om hela målgruppen (${group}) undviker kostnaden: det skulle krävas ${pct}.`,
    namedHeading: "Namngivna scenarier",
    scenarioName: "Namn på scenariot",
    save: "Spara scenario",
    saved: (name) => `Scenariot ${name} sparades i arbetsboken.`,
    none: "Inga sparade scenarier ännu. De sparas i arbetsboken och följer med filen.",
    use: "Använd",
    inUse: "Används",
    deleteScenario: (name) => `Ta bort scenariot ${name}`,
    nameRequired: "Ge scenariot ett namn.",
    writeParameters: "Skriv till Parametrar",
    written: (cells) => `Skrev ${cells}. Arbetsbokens formler räknar nu med scenariot.`,
    saveFailedTitle: "Scenarierna kunde inte sparas",
    loadFailedTitle: "De sparade scenarierna kunde inte läsas",
    writeFailedTitle: "Parametrarna kunde inte skrivas",
    compareHeading: "Jämförelse",
    current: "Nuvarande",
    compareChartTitle: "Kostnad och besparing per scenario",
    compareDescribe: (list) => `Stapeldiagram, kostnad och besparing per scenario: ${list}.`,
    settingsSummary: ({ share, volume, unitCost, rate, base, during }) => `andel ×${share}, volym ×${volume}, enhetskostnad ×${unitCost}, ränta ${rate}${base === "" ? "" : ` till basår ${base}`}${during}`
  },

  followUp: {
    heading: "Utfall",
    intro: "Ange faktiska volymer och andelar, eller läs dem från arbetsbokens uppföljningstabeller. Tomma fält räknas som planerat.",
    actualVolumes: "Faktiska volymer (nya individer per år)",
    actualVolume: (group, year) => `${group} ${year}`,
    actualShare: (effect) => `Faktisk andel: ${effect} (%)`,
    planned: "Planerat",
    actual: "Faktiskt",
    variance: "Avvikelse",
    resetActuals: "Återställ till planerat",
    comparisonHeading: "Faktiskt mot planerat",
    byEffect: "Per effekt (inom fönstret)",
    byDepartment: "Per förvaltning (inom fönstret)",
    byYear: "Per år",
    effect: "Effekt",
    department: "Förvaltning",
    year: "År",
    plannedRepayment: "Planerad återföring",
    actualRepayment: "Återföring efter riskdelning",
    riskRule: (floor, fee) =>
      `Riskdelning: en förvaltning återför högst vad effekterna faktiskt gav (upp till kostnaden + ${fee} avgift), men aldrig mindre än ${floor} av sin del av kostnaden.`,
    noRepayment: "Regeluppsättningen har ingen återföring, så ingen riskdelning.",
    chartTitle: "Besparing per år: planerat och faktiskt",
    chartDescribe: ({ first, last, planned, actual }) => `Stapeldiagram ${first}–${last}: planerad besparing ${planned} totalt, faktisk ${actual} totalt.`,
    cannotFollowUp: "Uppföljningen kan inte räknas",
    writeActuals: "Skriv utfall till arbetsboken",
    actualsWritten: (cells) => `Skrev ${cells} ${cells === 1 ? "cell" : "celler"} i uppföljningstabellerna. Bladet Uppföljning räknar nu med utfallen.`,
    writeActualsFailedTitle: "Utfallen kunde inte skrivas"
  },

  preview: {
    title: "Förhandsvisning utan Excel",
    intro: "Samma panel och samma motor som i Excel, mot en arbetsbok i minnet med räkneexemplet (skolnärvaro). Allt som panelen skriver hamnar bara i minnet.",
    sheetsHeading: "Arbetsbokens blad (skrivskyddad vy)",
    formulaNote: "Formelceller (ƒ) visar värdet som motorn räknade fram när arbetsboken byggdes; de räknas inte om här.",
    loadFailed: "Exemplet kunde inte laddas",
    sheetTabs: "Blad",
    formulaTitle: (formula) => `Formel: =${formula}`,
    empty: "Bladet är tomt.",
    trueText: "SANT",
    falseText: "FALSKT"
  }
};
