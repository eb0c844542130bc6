// Part of the fi catalogue (fi.ts puts the parts together): interest in plans and partner search.
export const fiInterest = {
  interest: {
    title: "Yritysten kiinnostus",
    count: "Kiinnostuneita yrityksiä: {{count}}.",
    countNone: "Yksikään yritys ei ole vielä ilmoittanut kiinnostustaan.",
    button: "Olemme kiinnostuneita",
    withNoteLink: "Lisää samalla viesti hankintayksikölle",
    youAreInterested: "Yrityksesi on ilmoittanut olevansa kiinnostunut tästä hankinnasta.",
    editLink: "Muokkaa viestiä tai peru kiinnostus",
    seeCompaniesLink: "Näytä kiinnostuneet yritykset työtilassa",
    saved: "Kiinnostuksenne on tallennettu. Hankintayksikkö näkee yrityksenne profiilin ja viestinne.",
    withdrawn: "Kiinnostuksenne on peruttu.",
    pageTitle: "Olemme kiinnostuneita",
    pageIntro:
      "Kerro hankintayksikölle, että yrityksesi seuraa tätä hankintaa ja saattaa jättää tarjouksen. Hankintayksikkö näkee yrityksesi nimen, yritysprofiilin, yhteyshenkilöt ja viestisi; muut näkevät vain kiinnostuneiden yritysten määrän.",
    note: "Viesti hankintayksikölle (valinnainen)",
    noteHint:
      "Enintään {{max}} merkkiä. Esimerkiksi mitä voisitte tarjota tai mitä toivoisitte tarjouspyynnöltä.",
    saveNote: "Tallenna viesti",
    withdrawTitle: "Peru kiinnostus",
    withdrawIntro: "Yrityksesi nimi ja viesti poistuvat hankintayksikön listalta.",
    withdraw: "Peru kiinnostus",
    companiesTitle: "Kiinnostuneet yritykset",
    noCompanies: "Yksikään yritys ei ole vielä ilmoittanut kiinnostustaan.",
    since: "Kiinnostunut {{date}} alkaen",
    offering: "Tarjonta",
    myInterests: "Hankinnat, joista olemme kiinnostuneita",
    noInterests: "Ette ole vielä ilmoittaneet kiinnostusta yhteenkään hankintaan.",
  },
  partners: {
    board: {
      title: "Avoimet kumppanihaut",
      link: "Selaa muiden yritysten avoimia kumppanihakuja",
      intro:
        "Muiden yritysten avoimet kumppanihaut julkisissa hankintasuunnitelmissa, uusimmat ensin. Rajaa hakuja CPV-koodin, maakunnan tai suunnitelman mukaan.",
      cpv: "CPV-koodi",
      cpvHint: "Kahdeksannumeroinen koodi, esim. 90910000. Mukana myös sen alakoodit.",
      region: "Maakunta",
      anyRegion: "Kaikki maakunnat",
      submit: "Näytä haut",
      planOnly: "Näytetään vain suunnitelman ”{{title}}” kumppanihaut.",
      planUnknown: "Näytetään vain yhden suunnitelman kumppanihaut.",
      allPlans: "Näytä kaikkien suunnitelmien haut",
      empty: "Valinnoillasi ei löytynyt avoimia kumppanihakuja.",
      resultCount_one: "Löytyi {{count}} avoin kumppanihaku.",
      resultCount_other: "Löytyi {{count}} avointa kumppanihakua.",
      plan: "Hankinta: {{title}} ({{organisation}})",
      lot: "Osa {{number}}: {{title}}",
    },
    nav: "Kumppanihaku",
    title: "Kumppanihaku",
    planIntro:
      "Yritykset etsivät kumppaneita yhteistarjoukseen tai alihankintaan. Ota yhteyttä palvelun kautta: yhteystiedot näkyvät vasta, kun haun julkaissut yritys vastaa.",
    none: "Tähän hankintaan ei ole avoimia kumppanihakuja.",
    openLink: "Lue lisää ja ota yhteyttä: {{company}}",
    newLink: "Julkaise kumppanihaku",
    kinds: {
      offering: {
        "joint-tender": "tarjoutuu kumppaniksi yhteistarjoukseen",
        subcontracting: "tarjoutuu alihankkijaksi",
      },
      seeking: {
        "joint-tender": "hakee kumppania yhteistarjoukseen",
        subcontracting: "hakee alihankkijaa",
      },
    },
    kindNames: {
      "joint-tender": "Yhteistarjous",
      subcontracting: "Alihankinta",
    },
    directions: {
      seeking: "Haemme kumppania",
      offering: "Tarjoamme osaamistamme",
    },
    fields: {
      direction: "Haetteko vai tarjoatteko?",
      kind: "Yhteistyön muoto",
      lot: "Hankinnan osa",
      description: "Kuvaus",
    },
    wholePlan: "Koko hankinta",
    descriptionHint:
      "Kerro, millaista osaamista tai kapasiteettia haette tai tarjoatte ja millä alueella. Enintään {{max}} merkkiä. Älä kirjoita tähän yhteystietoja: kuvaus on julkinen.",
    publish: "Julkaise kumppanihaku",
    newTitle: "Uusi kumppanihaku",
    newIntro:
      "Kumppanihaku näkyy kaikille hankintasuunnitelman sivulla yrityksesi nimellä. Muut yritykset ottavat yhteyttä palvelun kautta, ja saat ilmoituksen sähköpostiin.",
    requestTitle: "Kumppanihaku",
    created: "Kumppanihaku on julkaistu.",
    closed:
      "Kumppanihaku on suljettu. Se ei enää näy hankinnan sivulla, mutta aloitetut keskustelut jatkuvat.",
    postedOn: "Julkaistu {{date}}",
    statusOpen: "avoin",
    statusClosed: "suljettu",
    openOwnThread: "Avaa yrityksesi viestiketju tähän hakuun",
    contactTitle: "Ota yhteyttä: {{company}}",
    contactIntro_one:
      "Viestisi ja yrityksesi nimi välitetään haun julkaisseelle yritykselle. Nimenne ja sähköpostiosoitteenne näkyvät molemmille vasta, kun se vastaa. Yritys voi aloittaa vuorokaudessa enintään {{count}} uuden keskustelun.",
    contactIntro_other:
      "Viestisi ja yrityksesi nimi välitetään haun julkaisseelle yritykselle. Nimenne ja sähköpostiosoitteenne näkyvät molemmille vasta, kun se vastaa. Yritys voi aloittaa vuorokaudessa enintään {{count}} uutta keskustelua.",
    message: "Viesti",
    send: "Lähetä viesti",
    sent: "Viesti on lähetetty.",
    logInToContact: "Kirjaudu sisään yrityksen edustajana ottaaksesi yhteyttä",
    threadsTitle: "Yhteydenotot",
    noThreads: "Ei vielä viestiketjuja.",
    messageCount_one: "{{count}} viesti",
    messageCount_other: "{{count}} viestiä",
    threadCount_one: "{{count}} keskustelu",
    threadCount_other: "{{count}} keskustelua",
    closeIntro:
      "Kun kumppani on löytynyt, sulje haku. Se poistuu hankinnan sivulta, eikä uusia yhteydenottoja tule.",
    close: "Sulje kumppanihaku",
    threadTitle: "Viestiketju",
    threadWith: "Keskustelu: {{company}}",
    hiddenForPoster:
      "Näet yrityksen {{company}} yhteyshenkilön nimen ja sähköpostiosoitteen, kun vastaat. Samalla hekin näkevät sinun yhteystietosi.",
    hiddenForContacting:
      "Yrityksen {{company}} yhteystiedot näkyvät, kun se vastaa viestiisi. Sitä ennen he näkevät vain yrityksesi nimen ja viestin.",
    replyTitle: "Vastaa",
    replyRevealsYou: "Kun vastaat, nimesi ja sähköpostiosoitteesi näkyvät yritykselle {{company}}.",
    overviewTitle: "Kumppanihaku ja kiinnostukset",
    overviewIntro:
      "Yrityksen {{company}} kumppanihaut, viestiketjut ja hankinnat, joista olette ilmoittaneet kiinnostuksenne. Uuden haun voit julkaista hankintasuunnitelman sivulla.",
    findPlans: "Selaa hankintakalenteria",
    myRequests: "Yrityksemme kumppanihaut",
    noRequests: "Ette ole julkaisseet kumppanihakuja.",
    myThreads: "Viestiketjut",
    errors: {
      kind: "Valitse yhteistyön muoto.",
      direction: "Valitse, haetteko kumppania vai tarjoatteko osaamistanne.",
      descriptionShort: "Kirjoita kuvaukseen vähintään 20 merkkiä.",
      messageRequired: "Kirjoita viesti.",
      rateLimited:
        "Yrityksesi on aloittanut vuorokauden aikana jo 20 uutta keskustelua. Voit jatkaa aloitettuja keskusteluja heti ja ottaa yhteyttä uusiin hakuihin huomenna.",
    },
  },
};
