import type { Catalogue } from "./catalogue.ts";

export const sv: Catalogue = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Hållbar offentlig upphandling planeras öppet och tillsammans",
    titleSeparator: " – ",
  },
  shell: {
    skipToContent: "Gå till innehållet",
    homeLink: "Hankintasilta, till startsidan",
    languageNav: "Språk",
    footerNav: "Sidfot",
    accessibility: "Tillgänglighetsutlåtande",
    privacy: "Dataskyddsbeskrivning",
    licence: "Öppna data finns tillgängliga med licensen CC BY 4.0.",
  },
  home: {
    title: "Ett gott liv genom hållbar upphandling",
    lead: "Hankintasilta lyfter fram planeringen av offentlig upphandling innan anbudsförfrågan: kommunerna publicerar sina upphandlingsplaner i god tid och för en öppen marknadsdialog, företagen ser behoven flera månader i förväg och invånarna berättar vad de behöver.",
    goalsTitle: "Tre målområden",
    goals: {
      sustainability: {
        title: "Hållbar utveckling",
        text: "Riktlinjer för hållbar utveckling och hållbarhetskriterier i varje upphandling – och deras effekt mätt.",
      },
      openness: {
        title: "Öppenhet",
        text: "En offentlig upphandlingskalender, delaktighet, fortlöpande dialog, kommunikation och öppna data.",
      },
      partnership: {
        title: "Partnerskap",
        text: "Långsiktigt samarbete mellan kommunen och företagen och tjänster som utvecklas tillsammans med företagen.",
      },
    },
    audiencesTitle: "För vem?",
    audiences: {
      buyers: {
        title: "Upphandlare och kommunledning",
        text: "Planera upphandlingarna i tid, publicera upphandlingskalendern och för en marknadsdialog som behandlar alla lika.",
        action: "Skapa ett konto för din organisation",
      },
      companies: {
        title: "Företag",
        text: "Se kommunernas behov månader före anbudsförfrågan, presentera ert kunnande och delta i dialogen.",
        action: "Skapa ett företagskonto",
      },
      residents: {
        title: "Invånare",
        text: "Berätta vad du behöver av de tjänster som din kommun upphandlar och följ hur din respons beaktades.",
        action: "Bekanta dig med tjänsten",
      },
    },
  },
  pages: {
    accessibility: {
      title: "Tillgänglighetsutlåtande",
      intro:
        "Detta tillgänglighetsutlåtande gäller webbtjänsten Hankintasilta. Tjänsten strävar efter att uppfylla kraven i lagen om tillhandahållande av digitala tjänster och nivå AA i WCAG 2.1.",
      statusTitle: "Tjänstens tillgänglighet",
      status:
        "Enligt automatiska tester uppfyller tjänsten WCAG 2.1-kriterierna på nivå A och AA. Varje version testas automatiskt på alla tre språken.",
      feedbackTitle: "Ge respons om tillgängligheten",
      feedback:
        "Om du upptäcker en brist, meddela tjänstens administratör per e-post: saavutettavuus@hankintasilta.example. Vi svarar inom 14 dagar.",
      supervisionTitle: "Tillsynsmyndighet",
      supervision:
        "Om du inte är nöjd med svaret kan du göra en anmälan till Regionförvaltningsverket i Södra Finland (tillgänglighetstillsynen vid Transport- och kommunikationsverket Traficom).",
      updated: "Utlåtandet har upprättats 28.11.2026.",
    },
    privacy: {
      title: "Dataskyddsbeskrivning",
      intro:
        "Vi behandlar personuppgifter endast för att tillhandahålla tjänsten: användarkonton, medlemskap i organisationer, företagens kontaktpersoner och invånarnas respons.",
      dataTitle: "Vilka uppgifter vi behandlar",
      data: "Namn, e-postadress, medlemskap och roller i organisationer, inloggningsuppgifter och de ändringar du gör i tjänsten (loggar).",
      rightsTitle: "Dina rättigheter",
      rights:
        "Du kan ladda ner alla dina uppgifter och radera ditt konto på sidan Mitt konto. Du kan också be administratören att rätta uppgifterna.",
      contactTitle: "Kontaktuppgifter",
      contact: "Dataskyddsärenden: tietosuoja@hankintasilta.example",
    },
  },
  errors: {
    notFoundTitle: "Sidan hittades inte",
    notFoundText: "Sidan du söker finns inte eller har flyttats.",
    errorTitle: "Ett fel inträffade",
    errorText: "Vi beklagar, sidan kunde inte visas. Försök igen om en stund.",
    backHome: "Till startsidan",
  },
};
