// Part of the fi catalogue (fi.ts puts the parts together): closing an organisation (ADR 029).
export const fiClosing = {
  closeOrganisation: {
    link: "Sulje organisaatio",
    title: "Sulje organisaatio {{name}}",
    intro:
      "Organisaation sulkeminen poistaa sen palvelusta pysyvästi. Sitä ei voi perua. Jäsenten omat käyttäjätilit säilyvät.",
    removedTitle: "Mitä poistetaan",
    removedIntro: "Organisaatio ja kaikki siihen liittyvä, liitteineen ja viestiketjuineen:",
    keptTitle: "Mitä säilyy",
    kept: {
      audit: "Lokitiedot organisaation tapahtumista (kuka teki mitä ja milloin, ilman henkilötietoja).",
      mails: "Jo lähetetyt sähköpostit vastaanottajillaan.",
      accounts: "Jäsenten käyttäjätilit. Kukin voi poistaa oman tilinsä erikseen.",
      plans: "Julkaistut hankintasuunnitelmat: organisaatiota, jolla niitä on, ei voi sulkea.",
    },
    parts: {
      organisations_member: "Jäsenyydet",
      organisations_invitation: "Kutsut",
      api_token: "API-avaimet",
      companies_profile: "Yritysprofiili yhteyshenkilöineen",
      presentations_presentation: "Lähetetyt palveluesittelyt",
      presentations_recipient: "Vastaanotetut palveluesittelyt",
      partners_request: "Kumppanihaut",
      partners_thread: "Yhteydenotot muiden kumppanihakuihin",
      partners_message: "Kumppanihakujen viestit",
      dialogue_meeting_booking: "Yrityksen tapaamisvaraukset (varaukset poistetaan)",
      dialogue_question:
        "Yrityksen kysymykset hankinnoista (julkaistut kysymykset säilyvät ilman yrityksen nimeä)",
      dialogue_step:
        "Yrityksen osuus markkinavuoropuhelun tapahtumaluettelossa (tapahtumat säilyvät ilman nimeä)",
      dialogue_survey_invitation:
        "Yrityksen kutsut markkinavuoropuhelun kyselyihin (nimettömät vastaukset säilyvät)",
      dialogue_contact:
        "Merkinnät hankintayksiköiden markkinakontaktirekistereissä (merkinnät säilyvät ilman yhteyttä yritykseen)",
      dialogue_draft_comment:
        "Yrityksen kommentit tarjouspyyntöjen luonnoksiin (julkaistut kommentit säilyvät ilman nimeä)",
      dialogue_event: "Organisaation järjestämät markkinavuoropuhelun tilaisuudet",
      dialogue_event_registration: "Yrityksen ilmoittautumiset tilaisuuksiin",
      dialogue_rfi_response: "Yrityksen vastaukset tietopyyntöihin",
      interest_plan_company: "Kiinnostusmerkinnät",
      plans_plan: "Hankintasuunnitelmat, joita ei ole julkaistu",
      plans_participant: "Osallistumiset muiden yhteishankintoihin",
      other: "Muut tiedot ({{table}})",
    },
    count: "{{label}}: {{count}}",
    refusedPublished:
      "Organisaatiota ei voi sulkea, koska sillä on julkaistuja hankintasuunnitelmia. Ne ovat julkisia asiakirjoja. Nimeä toinen ylläpitäjä tai ota yhteyttä palvelun ylläpitoon.",
    confirmName: "Vahvista kirjoittamalla organisaation nimi",
    submit: "Sulje organisaatio pysyvästi",
    cancel: "Peruuta",
    wrongName: "Nimi ei vastaa organisaation nimeä.",
    hasPublishedPlans: "Organisaatiolla on julkaistuja hankintasuunnitelmia, joten sitä ei voi sulkea.",
    closed: "Organisaatio on suljettu. Voit nyt tarvittaessa poistaa käyttäjätilisi.",
    lastAdminHint: "Voit myös sulkea organisaation sen sivulla, jos sitä ei enää tarvita.",
  },
};
