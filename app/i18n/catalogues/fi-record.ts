// Part of the fi catalogue (fi.ts puts the parts together): the level-playing-field record's contact
// register, warnings, PDF and the "why didn't you take part?" survey (issue 13 points 6 and 7).
export const fiRecord = {
  record: {
    downloadPdf: "Lataa PDF-tiedostona",
    yes: "Kyllä",
    no: "Ei",
    notOnPlatform: "Ei palvelussa (kirjoita nimi alle)",
    kinds: {
      meeting: "Tapaaminen",
      call: "Puhelu",
      visit: "Vierailu",
      email: "Sähköposti",
      other: "Muu yhteydenotto",
    },
    fields: {
      kind: "Yhteydenoton tapa",
      occurredAt: "Milloin",
      organisationId: "Yritys palvelussa",
      organisationName: "Organisaation nimi",
      ourParticipants: "Osallistujat hankintayksiköstä",
      theirParticipants: "Osallistujat organisaatiosta",
      sharedMaterial: "Mitä kerrottiin tai annettiin",
      isSharedMaterialPublic: "Sama aineisto on julkaistu kaikille yrityksille",
      conflictOfInterest: "Ilmoitetut sidonnaisuudet ja esteellisyydet",
      publicSummary: "Julkinen kuvaus (yksi rivi)",
    },
    hints: {
      occurredAt: "Päivä ja kellonaika Suomen aikaa.",
      organisationId:
        "Valitse, jos yritys on palvelussa ja kiinnostunut hankinnasta tai osallistunut vuoropuheluun.",
      organisationName: "Kirjoita nimi, jos organisaatio ei ole palvelussa.",
      sharedMaterial:
        "Luottamuksellinen: näkyy vain hankintayksikölle. Jos annoit aineistoa, julkaise se kaikille ja merkitse alla.",
      conflictOfInterest: "Luottamuksellinen: näkyy vain hankintayksikölle.",
      publicSummary:
        "Näkyy tasapuolisuusselvityksen julkisessa versiossa. Älä kirjoita luottamuksellista tietoa.",
    },
    errors: {
      kind: "Valitse yhteydenoton tapa.",
      occurredAt: "Anna päivä ja aika.",
      organisation: "Valitse palvelussa oleva yritys tai kirjoita organisaation nimi.",
      surveyEmpty: "Valitse ainakin yksi syy tai kirjoita vastaus.",
    },
    contacts: {
      title: "Markkinakontaktit",
      intro:
        "Kirjaa tähän tapaamiset, puhelut ja vierailut yritysten kanssa ennen kilpailutusta: kuka tapasi kenet, milloin, mitä kerrottiin ja ilmoitetut sidonnaisuudet. Julkinen versio näyttää vain tavan, päivän ja julkisen kuvauksen.",
      none: "Markkinakontakteja ei ole kirjattu.",
      count_one: "{{count}} markkinakontakti kirjattu.",
      count_other: "{{count}} markkinakontaktia kirjattu.",
      link_one: "Markkinakontaktit ({{count}})",
      link_other: "Markkinakontaktit ({{count}})",
      newTitle: "Kirjaa uusi markkinakontakti",
      add: "Tallenna markkinakontakti",
      save: "Tallenna muutokset",
      saved: "Markkinakontakti on tallennettu.",
      removed: "Markkinakontakti on poistettu.",
      edit: "Muokkaa",
      remove: "Poista",
      editTitle: "Muokkaa markkinakontaktia",
      removeTitle: "Poistetaanko markkinakontakti?",
      removeText:
        "Poistat kirjauksen ({{kind}}, {{date}}). Tasapuolisuusselvitykseen jää merkintä poistosta. Poistoa ei voi perua.",
      removeConfirm: "Poista markkinakontakti",
      removeCancel: "Peruuta",
    },
    warnings: {
      title: "Tasapuolisuuden varoitukset",
      none: "Ei varoituksia.",
      closedWithoutSummary: "{{step}} {{date}}, mutta yhteenvetoa ei ole julkaistu kaikille.",
      partialMaterial:
        "Aineistoa annettiin vain osalle markkinaa ({{organisation}}, {{date}}), eikä sitä ole julkaistu kaikille.",
      metOutsideRound:
        "Organisaatio {{organisation}} tavattiin kahden kesken ({{date}}), mutta se ei varannut aikaa kaikille avoimella tapaamiskierroksella.",
      count_one: "{{count}} tasapuolisuuden varoitus",
      count_other: "{{count}} tasapuolisuuden varoitusta",
    },
    survey: {
      title: "Miksi ette osallistuneet?",
      intro:
        "Seurasitte hankintaa, mutta ette osallistuneet juuri päättyneeseen markkinavuoropuhelun vaiheeseen. Kertoisitteko lyhyesti miksi? Vastaus on nimetön: hankintayksikkö näkee vain yhteenvedon. Yritys voi vastata kerran.",
      barriersLegend: "Mikä esti osallistumisen? Valitse kaikki sopivat.",
      freeTextLabel: "Vapaa vastaus",
      freeTextHint: "Enintään {{max}} merkkiä. Älä kirjoita tietoja, joista yrityksenne voi tunnistaa.",
      submit: "Lähetä vastaus",
      thanks: "Kiitos vastauksesta!",
      alreadyAnswered: "Yrityksenne on jo vastannut tähän kyselyyn. Kiitos!",
      mailSubject: "Miksi ette osallistuneet? {{plan}}",
      mailMessage:
        'Seurasitte hankintasuunnitelmaa "{{plan}}", mutta ette osallistuneet juuri päättyneeseen markkinavuoropuhelun vaiheeseen. Hankintayksikkö haluaa tietää, mikä esti osallistumisen. Kysely on lyhyt ja nimetön.',
      summaryTitle: "Miksi yritykset eivät osallistuneet",
      summaryIntro:
        "Kyselyn saivat yritykset, jotka seurasivat suunnitelmaa mutta eivät osallistuneet päättyneeseen vaiheeseen. Vastaukset ovat nimettömiä.",
      none: "Kyselyjä ei ole lähetetty.",
      answeredLabel: "Vastauksia",
      answeredOf: "{{answered}} / {{invited}} yritystä vastasi",
      homeTitle: "Kyselyt, jotka odottavat vastaustanne",
      homeLink: "Miksi ette osallistuneet? {{plan}}",
      freeTextsTitle: "Vapaat vastaukset",
    },
    barriers: {
      "too-big": "Hankinta on liian suuri yrityksellemme",
      timetable: "Aikataulu ei sopinut",
      "unclear-need": "Tarve jäi epäselväksi",
      criteria: "Vaatimukset tai kriteerit",
      capacity: "Meillä ei ollut resursseja",
      other: "Muu syy",
    },
    document: {
      stepsHeading: "Vuoropuhelun vaiheet",
      generatedAt: "Muodostettu {{date}}",
      counts: {
        mails: "Sähköposteja",
        companies: "Yrityksiä",
        slots: "Tapaamisaikoja",
        meetings: "Tapaamisia",
      },
    },
  },
};
