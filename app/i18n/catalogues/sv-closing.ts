import type { fiClosing } from "./fi-closing.ts";

// Part of the sv catalogue (sv.ts puts the parts together): closing an organisation (ADR 029).
export const svClosing: typeof fiClosing = {
  closeOrganisation: {
    link: "Stäng organisationen",
    title: "Stäng organisationen {{name}}",
    intro:
      "När organisationen stängs tas den bort från tjänsten för gott. Det går inte att ångra. Medlemmarnas egna användarkonton finns kvar.",
    removedTitle: "Vad tas bort",
    removedIntro: "Organisationen och allt som hör till den, med bilagor och meddelandetrådar:",
    keptTitle: "Vad finns kvar",
    kept: {
      audit: "Loggen över organisationens händelser (vem gjorde vad och när, utan personuppgifter).",
      mails: "E-post som redan skickats finns hos mottagarna.",
      accounts: "Medlemmarnas användarkonton. Var och en kan radera sitt eget konto separat.",
      plans: "Publicerade upphandlingsplaner: en organisation som har sådana kan inte stängas.",
    },
    parts: {
      organisations_member: "Medlemskap",
      organisations_invitation: "Inbjudningar",
      api_token: "API-nycklar",
      companies_profile: "Företagsprofil med kontaktpersoner",
      presentations_presentation: "Skickade tjänstepresentationer",
      presentations_recipient: "Mottagna tjänstepresentationer",
      partners_request: "Partnersökningar",
      partners_thread: "Kontakter till andras partnersökningar",
      partners_message: "Meddelanden i partnersökningar",
      dialogue_meeting_booking: "Företagets mötesbokningar (bokningarna tas bort)",
      dialogue_question:
        "Företagets frågor om upphandlingar (publicerade frågor finns kvar utan företagets namn)",
      dialogue_step: "Företagets del i marknadsdialogens händelselista (händelserna finns kvar utan namn)",
      dialogue_survey_invitation:
        "Företagets inbjudningar till marknadsdialogens enkäter (de anonyma svaren finns kvar)",
      dialogue_contact:
        "Anteckningar i upphandlande enheters register över marknadskontakter (anteckningarna kvarstår utan koppling till företaget)",
      dialogue_draft_comment:
        "Företagets kommentarer på utkast till anbudsförfrågningar (publicerade kommentarer kvarstår utan namn)",
      dialogue_event: "Evenemang i marknadsdialogen som organisationen ordnar",
      dialogue_event_registration: "Företagets anmälningar till evenemang",
      dialogue_rfi_response: "Företagets svar på begäranden om information",
      interest_plan_company: "Intresseanmälningar",
      plans_plan: "Upphandlingsplaner som inte publicerats",
      plans_participant: "Deltagande i andras samupphandlingar",
      other: "Övriga uppgifter ({{table}})",
    },
    count: "{{label}}: {{count}}",
    refusedPublished:
      "Organisationen kan inte stängas eftersom den har publicerade upphandlingsplaner. De är allmänna handlingar. Utse en annan administratör eller kontakta tjänstens administratör.",
    confirmName: "Bekräfta genom att skriva organisationens namn",
    submit: "Stäng organisationen för gott",
    cancel: "Avbryt",
    wrongName: "Namnet stämmer inte med organisationens namn.",
    hasPublishedPlans: "Organisationen har publicerade upphandlingsplaner och kan därför inte stängas.",
    closed: "Organisationen har stängts. Du kan nu radera ditt användarkonto om du vill.",
    lastAdminHint: "Du kan också stänga organisationen på dess sida om den inte längre behövs.",
  },
};
