export const fi = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Kestävät julkiset hankinnat suunnitellaan avoimesti ja yhdessä",
    titleSeparator: " – ",
  },
  shell: {
    accountNav: "Käyttäjä",
    logIn: "Kirjaudu",
    signUp: "Luo tunnus",
    logOut: "Kirjaudu ulos",
    account: "Oma tili",
    activeOrganisation: "Organisaatio",
    switchOrganisation: "Vaihda",
    skipToContent: "Siirry sisältöön",
    homeLink: "Hankintasilta, etusivulle",
    languageNav: "Kieli",
    footerNav: "Alatunniste",
    accessibility: "Saavutettavuusseloste",
    privacy: "Tietosuojaseloste",
    licence: "Avoin data on saatavilla CC BY 4.0 -lisenssillä.",
  },
  home: {
    title: "Hyvää elämää kestävillä hankinnoilla",
    lead: "Hankintasilta tuo julkisten hankintojen suunnittelun esiin ennen tarjouspyyntöä: kunnat julkaisevat hankintasuunnitelmansa ajoissa ja käyvät markkinavuoropuhelua avoimesti, yritykset näkevät tarpeet kuukausia etukäteen ja kuntalaiset kertovat, mitä he tarvitsevat.",
    goalsTitle: "Kolme tavoitealuetta",
    goals: {
      sustainability: {
        title: "Kestävä kehitys",
        text: "Kestävän kehityksen linjaukset ja kestävyyskriteerit jokaisessa hankinnassa – ja niiden vaikutus mitattuna.",
      },
      openness: {
        title: "Avoimuus",
        text: "Julkinen hankintakalenteri, osallistavat toimintatavat, jatkuva vuoropuhelu, viestintä ja avoin data.",
      },
      partnership: {
        title: "Kumppanuus",
        text: "Kunnan ja yritysten pitkäjänteinen yhteistyö ja palveluiden kehittäminen yhdessä yritysten kanssa.",
      },
    },
    audiencesTitle: "Kenelle?",
    audiences: {
      buyers: {
        title: "Hankintojen tekijät ja kuntajohto",
        text: "Suunnittele hankinnat ajoissa, julkaise hankintakalenteri ja käy markkinavuoropuhelua tasapuolisesti kaikkien kanssa.",
        action: "Luo tunnus organisaatiollesi",
      },
      companies: {
        title: "Yritykset",
        text: "Näe kuntien tarpeet kuukausia ennen tarjouspyyntöä, esittele osaamisesi ja osallistu vuoropuheluun.",
        action: "Luo yritystunnus",
      },
      residents: {
        title: "Kuntalaiset",
        text: "Kerro, mitä tarvitset palveluilta, joita kuntasi hankkii, ja seuraa, miten palautteesi otettiin huomioon.",
        action: "Tutustu palveluun",
      },
    },
  },
  pages: {
    accessibility: {
      title: "Saavutettavuusseloste",
      intro:
        "Tämä saavutettavuusseloste koskee Hankintasilta-verkkopalvelua. Palvelu pyrkii täyttämään digitaalisten palvelujen tarjoamisesta annetun lain ja WCAG 2.1 -ohjeiston AA-tason vaatimukset.",
      statusTitle: "Palvelun saavutettavuuden tila",
      status:
        "Palvelu täyttää WCAG 2.1 -kriteerit A- ja AA-tasolla automaattisten testien mukaan. Jokainen julkaisu testataan automaattisesti kaikilla kolmella kielellä.",
      feedbackTitle: "Anna palautetta saavutettavuudesta",
      feedback:
        "Jos huomaat puutteen, kerro siitä palvelun ylläpitäjälle sähköpostitse: saavutettavuus@hankintasilta.example. Vastaamme 14 päivän kuluessa.",
      supervisionTitle: "Valvontaviranomainen",
      supervision:
        "Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen saavutettavuuden valvontaviranomaiselle. Ohjeet: saavutettavuusvaatimukset.fi.",
      updated: "Seloste on laadittu 28.11.2026.",
    },
    privacy: {
      title: "Tietosuojaseloste",
      intro:
        "Käsittelemme henkilötietoja vain palvelun tuottamiseksi: käyttäjätilit, organisaatioiden jäsenyydet, yritysten yhteyshenkilöt ja kuntalaisten palaute.",
      dataTitle: "Mitä tietoja käsittelemme",
      data: "Nimi, sähköpostiosoite, organisaatiojäsenyydet ja roolit, kirjautumistiedot sekä palvelussa tekemäsi muutokset (lokitiedot).",
      rightsTitle: "Oikeutesi",
      rights:
        "Voit ladata kaikki tietosi ja poistaa tilisi Oma tili -sivulta. Voit myös pyytää tietojen oikaisua ylläpitäjältä.",
      contactTitle: "Yhteystiedot",
      contact: "Tietosuoja-asiat: tietosuoja@hankintasilta.example",
    },
  },
  errors: {
    notFoundTitle: "Sivua ei löytynyt",
    notFoundText: "Etsimääsi sivua ei ole olemassa tai se on siirretty.",
    errorTitle: "Tapahtui virhe",
    errorText: "Pahoittelemme, sivua ei voitu näyttää. Yritä hetken päästä uudelleen.",
    backHome: "Etusivulle",
  },
  fields: {
    email: "Sähköpostiosoite",
    password: "Salasana",
    newPassword: "Uusi salasana",
    newPasswordHint:
      "Vähintään 10 merkkiä. Pitkä lause on hyvä salasana: vältä nimeäsi ja tavallisia sanoja.",
  },
  validation: {
    required: "Tämä tieto puuttuu.",
    tooLong: "Teksti on liian pitkä.",
    invalid: "Tarkista tämä tieto.",
    emailInvalid: "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
    passwordTooShort: "Salasanassa on oltava vähintään 10 merkkiä.",
    passwordTooLong: "Salasana saa olla enintään 128 merkkiä.",
    passwordWeak: "Salasana on liian helppo arvata. Kokeile pidempää lausetta.",
    acceptPrivacy: "Hyväksy tietosuojaseloste, jotta voit luoda tunnuksen.",
  },
  auth: {
    invalidCredentials: "Sähköpostiosoite tai salasana on väärin.",
    emailNotVerified: "Vahvista ensin sähköpostiosoitteesi. Lähetimme sinulle uuden vahvistuslinkin.",
    rateLimited: "Liian monta yritystä. Odota hetki ja yritä uudelleen.",
    linkExpired: "Kirjautumislinkki on vanhentunut tai jo käytetty. Pyydä uusi linkki.",
    resetLinkInvalid: "Salasanan vaihtolinkki on vanhentunut tai virheellinen. Pyydä uusi linkki.",
  },
  signUp: {
    title: "Luo tunnus",
    intro:
      "Tunnuksella voit seurata hankintoja, osallistua vuoropuheluun ja liittyä organisaatiosi jäseneksi.",
    name: "Nimi",
    acceptPrivacy: "Olen lukenut tietosuojaselosteen ja hyväksyn tietojeni käsittelyn.",
    submit: "Luo tunnus",
    haveAccount: "Onko sinulla jo tunnus?",
    sentTitle: "Tarkista sähköpostisi",
    sentText:
      "Lähetimme vahvistuslinkin osoitteeseen {{email}}. Avaa linkki vahvistaaksesi osoitteen ja kirjautuaksesi.",
    sentHint: "Linkki on voimassa vuorokauden. Jos viestiä ei näy, katso roskapostikansio.",
  },
  logIn: {
    title: "Kirjaudu",
    submit: "Kirjaudu",
    forgot: "Unohditko salasanasi?",
    magicTitle: "Kirjaudu sähköpostilinkillä",
    magicText: "Lähetämme sähköpostiisi kertakäyttöisen linkin, joka on voimassa 15 minuuttia.",
    magicSubmit: "Lähetä kirjautumislinkki",
    magicSent: "Jos osoitteella on tunnus, kirjautumislinkki on matkalla.",
    noAccount: "Eikö sinulla ole tunnusta?",
  },
  forgotPassword: {
    title: "Unohtunut salasana",
    intro: "Anna sähköpostiosoitteesi, niin lähetämme linkin uuden salasanan asettamiseen.",
    submit: "Lähetä linkki",
    sent: "Jos osoitteella on tunnus, linkki on matkalla. Se on voimassa tunnin.",
  },
  resetPassword: {
    title: "Aseta uusi salasana",
    intro: "Uusi salasana kirjaa sinut ulos kaikilta muilta laitteilta.",
    submit: "Tallenna salasana",
    done: "Salasana vaihdettu. Kirjaudu uudella salasanalla.",
  },
  account: {
    title: "Oma tili",
    verified: "Sähköpostiosoitteesi on vahvistettu. Tervetuloa!",
    profile: "Omat tiedot",
    platformRole: "Palvelun rooli",
    memberships: "Organisaatiot",
    noMemberships: "Et ole vielä minkään organisaation jäsen. Organisaation ylläpitäjä voi kutsua sinut.",
    yourData: "Tietosi",
    exportText: "Lataa kaikki tietosi yhtenä JSON-tiedostona.",
    export: "Lataa tietoni (JSON)",
    deleteTitle: "Poista tili",
    deleteText:
      "Tilin poistaminen poistaa henkilötietosi, istuntosi ja jäsenyytesi pysyvästi. Toimintoa ei voi perua. Vahvista kirjoittamalla sähköpostiosoitteesi ja salasanasi.",
    deleteConfirmEmail: "Kirjoita sähköpostiosoitteesi vahvistukseksi",
    deleteSubmit: "Poista tilini pysyvästi",
    deleteWrongEmail: "Sähköpostiosoite ei vastaa tiliäsi.",
    deleteWrongPassword: "Salasana on väärin.",
    deleteLastAdmin: "Olet näiden organisaatioiden ainoa ylläpitäjä. Nimeä ensin toinen ylläpitäjä:",
  },
  roles: {
    "buyer-admin": "Hankintojen pääkäyttäjä",
    buyer: "Hankinta-asiantuntija",
    leadership: "Johto (luku)",
    "company-admin": "Yrityksen pääkäyttäjä",
    "company-member": "Yrityksen edustaja",
    advisor: "Hankintaneuvoja",
    "platform-admin": "Palvelun ylläpitäjä",
  },
};
