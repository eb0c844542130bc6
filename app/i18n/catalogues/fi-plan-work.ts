// Part of the fi catalogue (fi.ts puts the parts together): the forward plan's phases, the workspace's
// search, overdue plans, publishing, version history and the stage form (issue 12 points 4, 6, 10, 12).
export const fiPlanWork = {
  planWork: {
    phase: "Näytettävät suunnitelmat",
    phases: {
      current: "Tulevat ja käynnissä olevat",
      finished: "Päättyneet (sopimus tehty, peruttu tai ajankohta ohi)",
      all: "Kaikki",
    },
    currentOnly: "Luettelossa ovat tulevat ja käynnissä olevat suunnitelmat.",
    showFinished: "Näytä päättyneet suunnitelmat",
    moreFilters: "Lisää rajauksia",
    filtersChosen: "Valittuja rajauksia: {{count}}",
    organisationCurrent: "Organisaation tulevat ja käynnissä olevat suunnitelmat",
    organisationFinished: "Organisaation päättyneet suunnitelmat",
    organisationEmpty: "Organisaatiolla ei ole tulevia tai käynnissä olevia julkisia hankintasuunnitelmia.",
    search: "Hae suunnitelmista",
    searchHint: "Sana suunnitelman nimestä tai tarpeen kuvauksesta tai CPV-koodin alku.",
    overdueOnly: "Vain suunnitelmat, joiden suunniteltu ajankohta on ohi",
    overdueTag: "Suunniteltu ajankohta on ohi",
    overdueNotice:
      "Suunnitelmia, joiden tarjouspyynnön suunniteltu ajankohta on ohi mutta vaihe ei ole muuttunut: {{count}}. Päivitä niiden vaihe tai aikataulu.",
    overdueShow: "Näytä nämä suunnitelmat",
    overduePlan:
      "Tarjouspyynnön suunniteltu ajankohta ({{when}}) on ohi, mutta suunnitelma on yhä vaiheessa {{status}}. Vaihda vaihe alla tai muuta aikataulua muokkaamalla suunnitelmaa.",
    publicPage: "Avaa julkinen sivu",
    publicPageOf: "Avaa suunnitelman {{title}} julkinen sivu",
    publish: "Julkaise suunnitelma",
    visibilityPage: "Julkaise tai muuta näkyvyyttä",
    publishTitle: "Julkaise suunnitelma",
    publishIntro:
      "Tarkista, miltä suunnitelma näyttää julkisessa hankintakalenterissa. Julkaistu suunnitelma näkyy kaikille, myös avoimessa datassa ja syötteissä, ja sen muutokset tallentuvat julkiseen versiohistoriaan.",
    previewTitle: "Esikatselu: suunnitelman julkinen sivu",
    publishConfirm: "Olen tarkistanut tiedot, ja suunnitelman saa julkaista.",
    publishConfirmRequired: "Vahvista julkaisu rastittamalla ruutu.",
    fixFirst: "Suunnitelmaa ei voi julkaista, ennen kuin nämä tiedot on korjattu muokkauslomakkeella:",
    publishSubmit: "Julkaise",
    published: "Suunnitelma on julkaistu hankintakalenterissa.",
    alreadyPublic: "Suunnitelma on julkinen: se näkyy hankintakalenterissa.",
    otherVisibilityTitle: "Luonnos tai sisäinen suunnitelma",
    visibilityTo: "Uusi näkyvyys",
    visibilitySubmit: "Vaihda näkyvyys",
    visibilityChanged: "Suunnitelman näkyvyys on vaihdettu.",
    changedTo: "muuttui muotoon",
    emptyValue: "ei annettu",
    stageIntro:
      "Valitse vaihe, johon suunnitelma siirtyy. Vaihtoehtoina ovat vain vaiheet, joihin nykyisestä vaiheesta voi siirtyä.",
    stageNeedsNothing: "Suunnitteluvaiheesta toiseen siirryttäessä muita tietoja ei tarvita.",
    stageNeedsNotice:
      "Kun tarjouspyyntö on julkaistu, anna Hilma-ilmoituksen osoite, ilmoituksen numero tai eForms-tunniste. Osoite näytetään suunnitelman sivulla linkkinä.",
    stageNeedsContractEnd:
      "Kun sopimus on tehty, anna sopimuksen päättymispäivä. Sen perusteella suunnitelma näkyy uudelleenkilpailutusennusteessa.",
    stageNeedsReason: "Kun hankinta perutaan, kerro syy. Julkisen suunnitelman peruutussyy näkyy kaikille.",
    fieldFor: "Täytä vain, jos valitset vaiheen {{status}}.",
    noticeHint:
      "Täytä vain, jos valitset vaiheen {{status}}. Anna ilmoituksen osoite Hilmassa (https://www.hankintailmoitukset.fi/…), ilmoituksen numero (esim. 2027-012345) tai eForms-ilmoituksen tunniste.",
    noticeNumber: "Hilma-ilmoituksen numero {{notice}}",
    noticeEforms: "eForms-ilmoituksen tunniste {{notice}}",
    noticeLink: "Avaa ilmoitus Hilmassa",
  },
};
