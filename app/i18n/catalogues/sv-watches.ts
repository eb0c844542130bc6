import type { Catalogue } from "./catalogue.ts";
import type { fiWatches } from "./fi-watches.ts";

// Part of the sv catalogue (sv.ts puts the parts together): the keys of fi-watches.ts.
export const svWatches = {
  watches: {
    nav: "Bevakningar",
    title: "Bevakningar",
    intro:
      "En bevakning berättar när en kommun publicerar en upphandlingsplan som motsvarar dina villkor, öppnar en marknadsdialog, ändrar planen väsentligt eller publicerar en anbudsförfrågan. Du får beskedet per e-post genast eller som veckosammandrag på måndagar kl. 8 och som avisering i tjänsten.",
    empty: "Du har inga bevakningar ännu.",
    create: "Ny bevakning",
    newTitle: "Ny bevakning",
    editTitle: "Redigera bevakningen",
    fromSearch:
      "Villkoren har fyllts i utgående från din sökning. Kontrollera dem och ge bevakningen ett namn.",
    saveSearch: "Spara sökningen som bevakning",
    saved: "Bevakningen har sparats.",
    deleted: "Bevakningen har tagits bort.",
    notSaved: "Bevakningen sparades inte. Rätta punkterna nedan.",
    errorSummary: "Rätta dessa punkter",
    save: "Spara bevakningen",
    delete: "Ta bort bevakningen",
    deleteTitle: "Ta bort bevakningen?",
    deleteConfirm:
      "Bevakningen {{name}} och dess aviseringar tas bort permanent. Du får inte längre besked om planer som motsvarar dess villkor.",
    deleteYes: "Ja, ta bort",
    cancel: "Avbryt",
    anything: "alla",
    criteria: "Villkor",
    delivery: "Leverans",
    matches: "Träffar {{count}}",
    unsubscribed:
      "E-posten har avbeställts via länken i ett meddelande. Spara bevakningen på nytt om du vill ha den igen.",
    fields: {
      name: "Bevakningens namn",
      nameHint: "T.ex. Städning Nyland",
      keywords: "Sökord",
      keywordsHint: "Samma sökregler som i upphandlingskalenderns sökning, t.ex. städning skolor",
      cpv: "CPV-koder",
      cpvHint:
        "Åtskilda med kommatecken; också underkoder träffar, t.ex. 90900000 omfattar alla städtjänster",
      places: "Område",
      placesHint:
        "En plan träffar om den som gör den eller en deltagande organisation finns i något av de valda områdena. Lämna tomt för hela Finland.",
      regions: "Landskap",
      municipalities: "Kommuner",
      municipalitiesHint: "Välj flera med Ctrl- eller Cmd-tangenten",
      organisations: "Upphandlande enheter",
      valueBands: "Värde",
      valueBandsHint: "Lämna tomt för alla värden",
      events: "Meddela mig när",
      deliveryHint: "Välj minst ett",
      instant: "E-post genast",
      digest: "Veckosammandrag måndagar kl. 8",
    },
    events: {
      published: "en ny plan publiceras",
      "dialogue-opened": "en marknadsdialog öppnas",
      changed: "planen ändras väsentligt",
      "tender-published": "anbudsförfrågan publiceras",
    },
    errors: {
      event: "Välj minst en händelse.",
      delivery: "Välj om du vill ha beskedet genast, som veckosammandrag eller båda.",
      unknownPlace: "Okänt område.",
      unknownOrganisation: "Okänd upphandlande enhet.",
      tooMany: "Du kan ha högst 50 bevakningar. Ta bort någon gammal först.",
    },
  },
  notifications: {
    nav: "Aviseringar",
    navUnread: "Aviseringar, {{count}} olästa",
    title: "Aviseringar",
    intro: "Det dina bevakningar hittat, de senaste först.",
    empty: "Inga aviseringar. När din bevakning hittar något syns det här.",
    noWatches: "Skapa en bevakning så får du aviseringar om upphandlingar som intresserar dig.",
    markAllRead: "Markera alla som lästa",
    markedRead: "Aviseringarna har markerats som lästa.",
    unread: "Ny",
    watch: "Bevakning",
    summary: "{{unread}} olästa, totalt {{total}}",
  },
} satisfies Pick<Catalogue, keyof typeof fiWatches>;
