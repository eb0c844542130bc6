import type { fiPlanWork } from "./fi-plan-work.ts";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

// Part of the sv catalogue (sv.ts puts the parts together).
export const svPlanWork: Widen<typeof fiPlanWork> = {
  planWork: {
    phase: "Planer som visas",
    phases: {
      current: "Kommande och pågående",
      finished: "Avslutade (avtal ingått, avbrutna eller tidpunkten har passerat)",
      all: "Alla",
    },
    currentOnly: "Listan visar kommande och pågående planer.",
    showFinished: "Visa avslutade planer",
    moreFilters: "Fler avgränsningar",
    filtersChosen: "Valda avgränsningar: {{count}}",
    organisationCurrent: "Organisationens kommande och pågående planer",
    organisationFinished: "Organisationens avslutade planer",
    organisationEmpty: "Organisationen har inga kommande eller pågående offentliga upphandlingsplaner.",
    search: "Sök bland planerna",
    searchHint: "Ett ord i planens namn eller behovsbeskrivning, eller början av en CPV-kod.",
    overdueOnly: "Endast planer vars planerade tidpunkt har passerat",
    overdueTag: "Den planerade tidpunkten har passerat",
    overdueNotice:
      "Planer vars planerade tidpunkt för anbudsförfrågan har passerat utan att skedet har ändrats: {{count}}. Uppdatera deras skede eller tidtabell.",
    overdueShow: "Visa dessa planer",
    overduePlan:
      "Den planerade tidpunkten för anbudsförfrågan ({{when}}) har passerat, men planen är fortfarande i skedet {{status}}. Byt skede nedan eller ändra tidtabellen genom att redigera planen.",
    publicPage: "Öppna den offentliga sidan",
    publicPageOf: "Öppna den offentliga sidan för planen {{title}}",
    publish: "Publicera planen",
    visibilityPage: "Publicera eller ändra synligheten",
    publishTitle: "Publicera planen",
    publishIntro:
      "Kontrollera hur planen ser ut i den offentliga upphandlingskalendern. En publicerad plan syns för alla, också i öppna data och flöden, och ändringarna sparas i den offentliga versionshistoriken.",
    previewTitle: "Förhandsvisning: planens offentliga sida",
    publishConfirm: "Jag har kontrollerat uppgifterna och planen får publiceras.",
    publishConfirmRequired: "Bekräfta publiceringen genom att kryssa i rutan.",
    fixFirst: "Planen kan inte publiceras förrän de här uppgifterna har rättats i redigeringsformuläret:",
    publishSubmit: "Publicera",
    published: "Planen har publicerats i upphandlingskalendern.",
    alreadyPublic: "Planen är offentlig: den syns i upphandlingskalendern.",
    otherVisibilityTitle: "Utkast eller intern plan",
    visibilityTo: "Ny synlighet",
    visibilitySubmit: "Ändra synligheten",
    visibilityChanged: "Planens synlighet har ändrats.",
    changedTo: "ändrades till",
    emptyValue: "inte angivet",
    stageIntro:
      "Välj det skede som planen går över till. Du kan bara välja de skeden som planen kan gå över till från sitt nuvarande skede.",
    stageNeedsNothing: "När planen går från ett planeringsskede till ett annat behövs inga andra uppgifter.",
    stageNeedsNotice:
      "När anbudsförfrågan har publicerats anger du adressen till annonsen i Hilma, annonsens nummer eller eForms-identifieraren. Adressen visas som en länk på planens sida.",
    stageNeedsContractEnd:
      "När avtalet har ingåtts anger du dagen då avtalet upphör. Utifrån den visas planen i prognosen över nya konkurrensutsättningar.",
    stageNeedsReason:
      "När upphandlingen avbryts anger du orsaken. Orsaken till att en offentlig plan avbryts syns för alla.",
    fieldFor: "Fyll i endast om du väljer skedet {{status}}.",
    noticeHint:
      "Fyll i endast om du väljer skedet {{status}}. Ange adressen till annonsen i Hilma (https://www.hankintailmoitukset.fi/…), annonsens nummer (t.ex. 2027-012345) eller eForms-annonsens identifierare.",
    noticeNumber: "Hilma-annonsens nummer {{notice}}",
    noticeEforms: "eForms-annonsens identifierare {{notice}}",
    noticeLink: "Öppna annonsen i Hilma",
  },
};
