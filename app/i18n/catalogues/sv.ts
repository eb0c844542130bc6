import type { Catalogue } from "./catalogue.ts";

export const sv: Catalogue = {
  meta: {
    siteName: "Hankintasilta",
    tagline: "Hållbar offentlig upphandling planeras öppet och tillsammans",
    titleSeparator: " – ",
  },
  shell: {
    accountNav: "Användare",
    logIn: "Logga in",
    signUp: "Skapa konto",
    logOut: "Logga ut",
    account: "Mitt konto",
    activeOrganisation: "Organisation",
    switchOrganisation: "Byt",
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
        "Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten för tillgänglighet. Anvisningar: tillganglighetskrav.fi.",
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
  fields: {
    email: "E-postadress",
    password: "Lösenord",
    newPassword: "Nytt lösenord",
    newPasswordHint: "Minst 10 tecken. En lång mening är ett bra lösenord: undvik ditt namn och vanliga ord.",
  },
  validation: {
    required: "Uppgiften saknas.",
    tooLong: "Texten är för lång.",
    invalid: "Kontrollera uppgiften.",
    emailInvalid: "Ange e-postadressen i formen namn@exempel.fi.",
    passwordTooShort: "Lösenordet måste ha minst 10 tecken.",
    passwordTooLong: "Lösenordet får ha högst 128 tecken.",
    passwordWeak: "Lösenordet är för lätt att gissa. Pröva en längre mening.",
    acceptPrivacy: "Godkänn dataskyddsbeskrivningen för att skapa ett konto.",
  },
  auth: {
    invalidCredentials: "E-postadressen eller lösenordet är fel.",
    emailNotVerified: "Bekräfta först din e-postadress. Vi skickade en ny bekräftelselänk.",
    rateLimited: "För många försök. Vänta en stund och försök igen.",
    linkExpired: "Inloggningslänken har gått ut eller redan använts. Be om en ny länk.",
    resetLinkInvalid: "Länken för att byta lösenord har gått ut eller är felaktig. Be om en ny länk.",
  },
  signUp: {
    title: "Skapa konto",
    intro: "Med ett konto kan du följa upphandlingar, delta i dialogen och gå med i din organisation.",
    name: "Namn",
    acceptPrivacy: "Jag har läst dataskyddsbeskrivningen och godkänner behandlingen av mina uppgifter.",
    submit: "Skapa konto",
    haveAccount: "Har du redan ett konto?",
    sentTitle: "Kontrollera din e-post",
    sentText:
      "Vi skickade en bekräftelselänk till {{email}}. Öppna länken för att bekräfta adressen och logga in.",
    sentHint: "Länken gäller ett dygn. Om meddelandet inte syns, titta i skräpposten.",
  },
  logIn: {
    title: "Logga in",
    submit: "Logga in",
    forgot: "Glömt lösenordet?",
    magicTitle: "Logga in med en e-postlänk",
    magicText: "Vi skickar en engångslänk till din e-post som gäller i 15 minuter.",
    magicSubmit: "Skicka inloggningslänk",
    magicSent: "Om adressen har ett konto är inloggningslänken på väg.",
    noAccount: "Har du inget konto?",
  },
  forgotPassword: {
    title: "Glömt lösenord",
    intro: "Ange din e-postadress så skickar vi en länk för att ange ett nytt lösenord.",
    submit: "Skicka länken",
    sent: "Om adressen har ett konto är länken på väg. Den gäller en timme.",
  },
  resetPassword: {
    title: "Ange ett nytt lösenord",
    intro: "Det nya lösenordet loggar ut dig från alla andra enheter.",
    submit: "Spara lösenordet",
    done: "Lösenordet är bytt. Logga in med det nya lösenordet.",
  },
  account: {
    title: "Mitt konto",
    verified: "Din e-postadress är bekräftad. Välkommen!",
    profile: "Mina uppgifter",
    platformRole: "Roll i tjänsten",
    memberships: "Organisationer",
    noMemberships:
      "Du är ännu inte medlem i någon organisation. Organisationens administratör kan bjuda in dig.",
    yourData: "Dina uppgifter",
    exportText: "Ladda ner alla dina uppgifter som en JSON-fil.",
    export: "Ladda ner mina uppgifter (JSON)",
    deleteTitle: "Radera kontot",
    deleteText:
      "Att radera kontot tar bort dina personuppgifter, sessioner och medlemskap permanent. Det går inte att ångra. Bekräfta genom att skriva din e-postadress och ditt lösenord.",
    deleteConfirmEmail: "Skriv din e-postadress som bekräftelse",
    deleteSubmit: "Radera mitt konto permanent",
    deleteWrongEmail: "E-postadressen motsvarar inte ditt konto.",
    deleteWrongPassword: "Lösenordet är fel.",
    deleteLastAdmin:
      "Du är den enda administratören för dessa organisationer. Utse först en annan administratör:",
  },
  roles: {
    "buyer-admin": "Huvudanvändare för upphandling",
    buyer: "Upphandlingsexpert",
    leadership: "Ledning (läsrätt)",
    "company-admin": "Företagets huvudanvändare",
    "company-member": "Företagets representant",
    advisor: "Upphandlingsrådgivare",
    "platform-admin": "Tjänstens administratör",
  },
};
