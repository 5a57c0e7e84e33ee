/** The working-day features' texts in Swedish. */
import type { WorkStrings } from "./workStrings";

/** Swedish texts. */
export const SV_WORK: WorkStrings = {
  confirm: {
    overwrite: (name) => `Det finns redan ett scenario som heter ${name}. Ersätta det med de nuvarande inställningarna?`,
    overwriteYes: "Ersätt",
    delete: (name) => `Ta bort scenariot ${name} ur arbetsboken?`,
    deleteYes: "Ta bort",
    newDraft: "Börja om med en tom satsning? Det du har fyllt i här försvinner (arbetsboken ändras inte).",
    newDraftYes: "Börja om",
    cancel: "Avbryt",
    deleted: (name) => `Scenariot ${name} togs bort.`,
    undo: "Ångra"
  },
  summary: {
    label: "Sammanfattning av kalkylen",
    cost: "Kostnad",
    savings: (years) => `Besparing ${years} år`,
    ratio: "Kvot",
    approved: "Godkänd",
    payback: "Återbetald",
    notAssessed: "Ej prövad",
    missing: ({ cost, effect }) => `Prövas när kalkylen har ${cost && effect ? "en kostnad och minst en effekt" : cost ? "en kostnad över 0 kr" : "minst en effekt"}.`,
    followUpNote: "Utfall/prognos: utfall där det finns, annars planen (prognos).",
    actualCost: "Kostnad alla rader",
    costVariance: "Mot budget",
    actualSavings: (years) => `Besparing ${years} år`,
    actualRepayment: "Återföring"
  },
  effectFields: {
    quantity: "Mängd per individ och år",
    deadweight: "Dödvikt (%)",
    dropOff: "Avtagande per år (%)",
    help: {
      share: "Andelen av varje årskull i målgruppen som undviker kostnaden tack vare satsningen.",
      quantity: "Hur många enheter av enhetskostnaden en individ undviker per år, t.ex. 365 dygn placering. 1 om enhetskostnaden redan gäller per individ och år.",
      duration: "Varaktighet: hur många år den undvikna kostnaden varar för en individ.",
      lag: "Fördröjning: hur många år det går från att en individ kommer in i satsningen till det första året kostnaden undviks (0 = samma år).",
      deadweight: "Dödvikt: den andel av utfallet som hade inträffat ändå, utan satsningen. Den räknas bort från besparingen.",
      dropOff: "Avtagande: hur mycket effekten minskar varje år efter det första (SROI), t.ex. 10 % betyder 90 % av året före."
    },
    percentBelow: (max) => `Andelen måste vara under ${max} %.`
  },
  years: {
    windowBand: (first, last) => `Fönster ${first}–${last}`,
    endMark: (year) => `Slutår ${year}`,
    approvalCounts: ({ first, last, horizon, end, during, discounted }) =>
      `Godkännandet räknar besparingen ${first}–${last} (${during ? `under satsningen och ${horizon} år efter slutåret ${end}` : `${horizon} år efter slutåret ${end}`}${discounted ? ", diskonterad" : ""}) mot den totala kostnaden.`,
    paybackCounts: (first) => `Återbetalningsåret är det första år då den ackumulerade besparingen från ${first}, alla år, når den totala kostnaden; det kan infalla före fönstret även när satsningen inte godkänns.`,
    chartMarks: ({ first, last, end }) => `Fönstret ${first}–${last} är skuggat och slutåret ${end} markerat med en linje.`,
    windowTotal: (first, last) => `Summa inom fönstret ${first}–${last}`,
    allYearsTotal: "Summa alla år"
  },
  inputs: {
    yearWhole: "Ange ett helt årtal, till exempel 2017.",
    rateAbove: (max) => `Räntan kan vara högst ${max} % per år.`,
    notWholeIndividuals: (text) => `${text} individer är inte ett helt antal. Räknas som det står; menade du ett heltal?`,
    smallPercent: (typed, meant) => `${typed} % — menade du ${meant} %? Andelen skrivs i procent.`
  },
  download: {
    fileName: "sinv-ansokan.xlsx",
    hint: "I förhandsvisningen finns inget Excel att öppna arbetsboken i: Skapa arbetsbok laddar ned den som en .xlsx-fil.",
    done: (fileName) => `Klart: arbetsboken laddades ned som ${fileName}. Öppna den i Excel eller LibreOffice.`
  },
  examples: {
    mark: "Exempel",
    chosen: "Exempel från SINV:s exempeltabell med källa: kontrollera beloppet mot er kommuns egna siffror innan det används i en ansökan.",
    loadFailedTitle: "Exempeltabellen med enhetskostnader kunde inte laddas"
  },
  evaluator: {
    floorApplies: (floor, without) => `golvet tillämpas: ${floor} i stället för ${without}`,
    evaluationDue: (first, last, end) => `Uppföljande utvärdering: ${first}–${last} (1–3 år efter slutåret ${end}).`,
    actualMark: "utfall",
    forecastMark: "prognos",
    mark: "Utfall/prognos",
    costsHeading: "Kostnader mot budget",
    costsIntro: "Ange faktiska kostnader per kostnadsrad och år. Tomma fält räknas som budget (prognos).",
    actualCost: (line, year) => `${line} ${year} (kr)`,
    budget: "Budget",
    budgetHint: (amount) => `Budget: ${amount}`,
    costLine: "Kostnadsrad",
    byLine: "Per kostnadsrad",
    byYear: "Per år",
    total: "Summa",
    writtenWith: "Knappen ”Skriv utfall till arbetsboken” skriver också kostnadsutfallen, i tabellen SINV_UtfallKostnader på bladet Uppföljning; där räknar formlerna budget, utfall/prognos och avvikelse per kostnadsrad och år."
  },
  update: {
    button: "Uppdatera denna arbetsbok",
    hint: "Skriver satsningens indata i arbetsbokens befintliga SINV-tabeller, så att alla formler följer med. Inget annat ändras; går något fel skrivs ingenting.",
    insertOnly: "Arbetsboken har redan SINV-tabeller: uppdatera dem i stället för att infoga arbetsboken en gång till.",
    done: (cells) => `Klart: ${cells} ${cells === 1 ? "cell" : "celler"} i SINV-tabellerna skrevs. Arbetsbokens formler räknar nu med satsningen.`,
    uncertaintyWritten: "Intervallen och betygen på Osäkerhet skrevs. Frö och antal dragningar skrivs inte: dragningarna i bladet är gjorda med bladets frö.",
    uncertaintyNoSheet: "Arbetsboken har inget Osäkerhet-blad, så intervallen och konfidensbetygen skrevs inte; skapa arbetsboken på nytt för att få dem i den.",
    uncertaintyNotWritten: (ranges) => `Intervallen ${ranges} skrevs inte: Osäkerhet saknar rad för dem (skapa arbetsboken på nytt).`,
    failedTitle: "Arbetsboken kunde inte uppdateras – inget skrevs",
    mismatch: (table, missing, extra) =>
      `Tabellen ${table} har inte satsningens rader${missing.length > 0 ? `; saknas i tabellen: ${missing.join(", ")}` : ""}${extra.length > 0 ? `; finns bara i tabellen: ${extra.join(", ")}` : ""}. Lägg till eller ta bort raderna i tabellen (eller skapa arbetsboken på nytt) och uppdatera sedan.`
  },
  formulas: {
    button: "Räkna om SINV-formlerna",
    hint: "För en arbetsbok skapad med SINV-funktioner (--formulas sinv): Excel räknar sådana formler först när de har matats in på nytt. Detta matar in varje cell som anropar en SINV-funktion igen; inget annat ändras, och går något fel får cellerna tillbaka sitt tidigare innehåll.",
    done: (sheets, cells) => (cells === 0 ? "Arbetsboken har inga SINV-formler; inget ändrades." : `Klart: ${cells} ${cells === 1 ? "formel" : "formler"} matades in på nytt (${sheets}).`),
    failedTitle: "SINV-formlerna kunde inte matas in på nytt"
  },
  print: {
    heading: "Skriv ut eller spara som PDF",
    button: "Spara som PDF",
    fileName: "ansokan.pdf",
    done: "PDF:en laddades ned (ansokan.pdf).",
    failedTitle: "Arbetsboken kunde inte sparas som PDF",
    text: "Arbetsboken är inställd för utskrift: A4, ett blad brett, liggande för årstabellerna, med satsningens namn, datum och sidnummer. Skriv ut med Arkiv → Skriv ut, eller spara som PDF med Arkiv → Spara som/Exportera → PDF. Utan Excel skriver kommandoraden PDF:en: npm run generate -- satsning.json --out ansokan.xlsx --pdf ansokan.pdf."
  },
  errors: {
    listLabel: "Fält med fel",
    goTo: (label) => `Gå till fältet ${label}`
  }
};
