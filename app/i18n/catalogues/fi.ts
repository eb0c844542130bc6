export const fi = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Kestävät julkiset hankinnat suunnitellaan avoimesti ja yhdessä",
    titleSeparator: " – ",
  },
  shell: {
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
        "Jos et ole tyytyväinen saamaasi vastaukseen, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (Liikenne- ja viestintävirasto Traficomin saavutettavuusvalvonta).",
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
};
