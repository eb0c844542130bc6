import type { Catalogue } from "./catalogue.ts";
import type { fiInterest } from "./fi-interest.ts";

// Part of the sv catalogue (sv.ts puts the parts together): the keys of fi-interest.ts.
export const svInterest = {
  interest: {
    title: "Företagens intresse",
    count: "Intresserade företag: {{count}}.",
    countNone: "Inget företag har ännu anmält intresse.",
    button: "Vi är intresserade",
    withNoteLink: "Skriv samtidigt ett meddelande till den upphandlande enheten",
    youAreInterested: "Ditt företag har anmält intresse för den här upphandlingen.",
    editLink: "Ändra meddelandet eller återkalla intresset",
    seeCompaniesLink: "Visa de intresserade företagen i arbetsytan",
    saved: "Ert intresse har sparats. Den upphandlande enheten ser företagets profil och ert meddelande.",
    withdrawn: "Ert intresse har återkallats.",
    pageTitle: "Vi är intresserade",
    pageIntro:
      "Berätta för den upphandlande enheten att ditt företag följer upphandlingen och kan komma att lämna anbud. Enheten ser företagets namn, företagsprofil, kontaktpersoner och ditt meddelande; andra ser bara hur många företag som är intresserade.",
    note: "Meddelande till den upphandlande enheten (frivilligt)",
    noteHint:
      "Högst {{max}} tecken. Till exempel vad ni kunde erbjuda eller vad ni önskar av anbudsförfrågan.",
    saveNote: "Spara meddelandet",
    withdrawTitle: "Återkalla intresset",
    withdrawIntro: "Företagets namn och meddelande tas bort från den upphandlande enhetens lista.",
    withdraw: "Återkalla intresset",
    companiesTitle: "Intresserade företag",
    noCompanies: "Inget företag har ännu anmält intresse.",
    since: "Intresserat sedan {{date}}",
    offering: "Utbud",
    myInterests: "Upphandlingar vi är intresserade av",
    noInterests: "Ni har ännu inte anmält intresse för någon upphandling.",
  },
  partners: {
    board: {
      title: "Öppna partnersökningar",
      link: "Bläddra bland andra företags öppna partnersökningar",
      intro:
        "Andra företags öppna partnersökningar i offentliga upphandlingsplaner, de nyaste först. Avgränsa efter CPV-kod, landskap eller plan.",
      cpv: "CPV-kod",
      cpvHint: "En kod med åtta siffror, t.ex. 90910000. Dess underkoder ingår.",
      region: "Landskap",
      anyRegion: "Alla landskap",
      submit: "Visa sökningar",
      planOnly: "Endast partnersökningar i planen ”{{title}}” visas.",
      planUnknown: "Endast partnersökningar i en plan visas.",
      allPlans: "Visa sökningar i alla planer",
      empty: "Inga öppna partnersökningar motsvarar dina val.",
      resultCount_one: "{{count}} öppen partnersökning hittades.",
      resultCount_other: "{{count}} öppna partnersökningar hittades.",
      plan: "Upphandling: {{title}} ({{organisation}})",
      lot: "Del {{number}}: {{title}}",
    },
    nav: "Partnersökning",
    title: "Partnersökning",
    planIntro:
      "Företag söker partner för gemensamma anbud eller underleveranser. Ta kontakt via tjänsten: kontaktuppgifterna visas först när företaget som publicerat sökningen svarar.",
    none: "Det finns inga öppna partnersökningar för den här upphandlingen.",
    openLink: "Läs mer och ta kontakt: {{company}}",
    newLink: "Publicera en partnersökning",
    kinds: {
      offering: {
        "joint-tender": "erbjuder sig som partner i ett gemensamt anbud",
        subcontracting: "erbjuder sig som underleverantör",
      },
      seeking: {
        "joint-tender": "söker partner för ett gemensamt anbud",
        subcontracting: "söker underleverantör",
      },
    },
    kindNames: {
      "joint-tender": "Gemensamt anbud",
      subcontracting: "Underleverans",
    },
    directions: {
      seeking: "Vi söker en partner",
      offering: "Vi erbjuder vårt kunnande",
    },
    fields: {
      direction: "Söker eller erbjuder ni?",
      kind: "Form av samarbete",
      lot: "Del av upphandlingen",
      description: "Beskrivning",
    },
    wholePlan: "Hela upphandlingen",
    descriptionHint:
      "Berätta vilket kunnande eller vilken kapacitet ni söker eller erbjuder och var. Högst {{max}} tecken. Skriv inga kontaktuppgifter här: beskrivningen är offentlig.",
    publish: "Publicera partnersökningen",
    newTitle: "Ny partnersökning",
    newIntro:
      "Partnersökningen visas för alla på upphandlingsplanens sida med ditt företags namn. Andra företag tar kontakt via tjänsten, och du får ett meddelande per e-post.",
    requestTitle: "Partnersökning",
    created: "Partnersökningen har publicerats.",
    closed:
      "Partnersökningen har stängts. Den visas inte längre på upphandlingens sida, men påbörjade samtal fortsätter.",
    postedOn: "Publicerad {{date}}",
    statusOpen: "öppen",
    statusClosed: "stängd",
    openOwnThread: "Öppna ditt företags meddelandetråd om sökningen",
    contactTitle: "Ta kontakt: {{company}}",
    contactIntro_one:
      "Ditt meddelande och ditt företags namn förmedlas till företaget som publicerat sökningen. Era namn och e-postadresser visas för båda först när det svarar. Ett företag kan inleda högst {{count}} nytt samtal per dygn.",
    contactIntro_other:
      "Ditt meddelande och ditt företags namn förmedlas till företaget som publicerat sökningen. Era namn och e-postadresser visas för båda först när det svarar. Ett företag kan inleda högst {{count}} nya samtal per dygn.",
    message: "Meddelande",
    send: "Skicka meddelandet",
    sent: "Meddelandet har skickats.",
    logInToContact: "Logga in som företagets representant för att ta kontakt",
    threadsTitle: "Kontakter",
    noThreads: "Inga meddelandetrådar ännu.",
    messageCount_one: "{{count}} meddelande",
    messageCount_other: "{{count}} meddelanden",
    threadCount_one: "{{count}} samtal",
    threadCount_other: "{{count}} samtal",
    closeIntro:
      "Stäng sökningen när ni har hittat en partner. Den tas bort från upphandlingens sida och inga nya kontakter kommer.",
    close: "Stäng partnersökningen",
    threadTitle: "Meddelandetråd",
    threadWith: "Samtal: {{company}}",
    hiddenForPoster:
      "Du ser namnet och e-postadressen till kontaktpersonen på {{company}} när du svarar. Samtidigt ser de dina kontaktuppgifter.",
    hiddenForContacting:
      "Kontaktuppgifterna till {{company}} visas när företaget svarar på ditt meddelande. Innan dess ser de bara ditt företags namn och meddelandet.",
    replyTitle: "Svara",
    replyRevealsYou: "När du svarar visas ditt namn och din e-postadress för {{company}}.",
    overviewTitle: "Partnersökning och intressen",
    overviewIntro:
      "Partnersökningar, meddelandetrådar och upphandlingar som {{company}} har anmält intresse för. En ny sökning publicerar du på upphandlingsplanens sida.",
    findPlans: "Bläddra i upphandlingskalendern",
    myRequests: "Vårt företags partnersökningar",
    noRequests: "Ni har inte publicerat några partnersökningar.",
    myThreads: "Meddelandetrådar",
    errors: {
      kind: "Välj form av samarbete.",
      direction: "Välj om ni söker en partner eller erbjuder ert kunnande.",
      descriptionShort: "Skriv minst 20 tecken i beskrivningen.",
      messageRequired: "Skriv ett meddelande.",
      rateLimited:
        "Ditt företag har redan inlett 20 nya samtal under det senaste dygnet. Du kan fortsätta påbörjade samtal genast och kontakta nya sökningar i morgon.",
    },
  },
} satisfies Pick<Catalogue, keyof typeof fiInterest>;
