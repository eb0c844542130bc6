// Part of the sv catalogue (sv.ts puts the parts together): the level-playing-field record's contact
// register, warnings, PDF and the "why didn't you take part?" survey (issue 13 points 6 and 7).
export const svRecord = {
  record: {
    downloadPdf: "Ladda ner som PDF-fil",
    yes: "Ja",
    no: "Nej",
    notOnPlatform: "Inte i tjänsten (skriv namnet nedan)",
    kinds: {
      meeting: "Möte",
      call: "Samtal",
      visit: "Besök",
      email: "E-post",
      other: "Annan kontakt",
    },
    fields: {
      kind: "Typ av kontakt",
      occurredAt: "När",
      organisationId: "Företag i tjänsten",
      organisationName: "Organisationens namn",
      ourParticipants: "Deltagare från den upphandlande enheten",
      theirParticipants: "Deltagare från organisationen",
      sharedMaterial: "Vad som berättades eller gavs",
      isSharedMaterialPublic: "Samma material har publicerats för alla företag",
      conflictOfInterest: "Anmälda bindningar och jäv",
      publicSummary: "Offentlig beskrivning (en rad)",
    },
    hints: {
      occurredAt: "Datum och klockslag i finsk tid.",
      organisationId:
        "Välj om företaget finns i tjänsten och är intresserat av upphandlingen eller har deltagit i dialogen.",
      organisationName: "Skriv namnet om organisationen inte finns i tjänsten.",
      sharedMaterial:
        "Konfidentiellt: syns bara för den upphandlande enheten. Om du gav material, publicera det för alla och markera nedan.",
      conflictOfInterest: "Konfidentiellt: syns bara för den upphandlande enheten.",
      publicSummary: "Syns i den offentliga versionen av redogörelsen. Skriv inga konfidentiella uppgifter.",
    },
    errors: {
      kind: "Välj typ av kontakt.",
      occurredAt: "Ange datum och tid.",
      organisation: "Välj ett företag i tjänsten eller skriv organisationens namn.",
      surveyEmpty: "Välj minst ett skäl eller skriv ett svar.",
    },
    contacts: {
      title: "Marknadskontakter",
      intro:
        "Registrera här möten, samtal och besök med företag före upphandlingen: vem som träffade vem, när, vad som berättades och anmälda bindningar. Den offentliga versionen visar bara typ, datum och den offentliga beskrivningen.",
      none: "Inga marknadskontakter har registrerats.",
      count_one: "{{count}} marknadskontakt registrerad.",
      count_other: "{{count}} marknadskontakter registrerade.",
      link_one: "Marknadskontakter ({{count}})",
      link_other: "Marknadskontakter ({{count}})",
      newTitle: "Registrera en ny marknadskontakt",
      add: "Spara marknadskontakten",
      save: "Spara ändringarna",
      saved: "Marknadskontakten har sparats.",
      removed: "Marknadskontakten har tagits bort.",
      edit: "Redigera",
      remove: "Ta bort",
      editTitle: "Redigera marknadskontakten",
      removeTitle: "Ta bort marknadskontakten?",
      removeText:
        "Du tar bort registreringen ({{kind}}, {{date}}). I redogörelsen för likabehandling blir en anteckning om borttagningen kvar. Det går inte att ångra.",
      removeConfirm: "Ta bort marknadskontakten",
      removeCancel: "Avbryt",
    },
    warnings: {
      title: "Varningar om likabehandling",
      none: "Inga varningar.",
      closedWithoutSummary: "{{step}} {{date}}, men ingen sammanfattning har publicerats för alla.",
      partialMaterial:
        "Material gavs bara till en del av marknaden ({{organisation}}, {{date}}) och har inte publicerats för alla.",
      metOutsideRound:
        "Organisationen {{organisation}} träffades enskilt ({{date}}) men bokade ingen tid i en mötesomgång öppen för alla.",
      count_one: "{{count}} varning om likabehandling",
      count_other: "{{count}} varningar om likabehandling",
    },
    survey: {
      title: "Varför deltog ni inte?",
      intro:
        "Ni följde upphandlingen men deltog inte i det skede av marknadsdialogen som just avslutades. Berätta gärna kort varför. Svaret är anonymt: den upphandlande enheten ser bara en sammanställning. Ett företag kan svara en gång.",
      barriersLegend: "Vad hindrade er från att delta? Välj alla som passar.",
      freeTextLabel: "Fritt svar",
      freeTextHint: "Högst {{max}} tecken. Skriv inga uppgifter som avslöjar ert företag.",
      submit: "Skicka svaret",
      thanks: "Tack för svaret!",
      alreadyAnswered: "Ert företag har redan svarat på enkäten. Tack!",
      mailSubject: "Varför deltog ni inte? {{plan}}",
      mailMessage:
        'Ni följde upphandlingsplanen "{{plan}}" men deltog inte i det skede av marknadsdialogen som just avslutades. Den upphandlande enheten vill veta vad som hindrade er. Enkäten är kort och anonym.',
      summaryTitle: "Varför företagen inte deltog",
      summaryIntro:
        "Enkäten skickades till företag som följde planen men inte deltog i det avslutade skedet. Svaren är anonyma.",
      none: "Inga enkäter har skickats.",
      answeredLabel: "Svar",
      answeredOf: "{{answered}} / {{invited}} företag svarade",
      homeTitle: "Enkäter som väntar på ert svar",
      homeLink: "Varför deltog ni inte? {{plan}}",
      freeTextsTitle: "Fria svar",
    },
    barriers: {
      "too-big": "Upphandlingen är för stor för vårt företag",
      timetable: "Tidtabellen passade inte",
      "unclear-need": "Behovet var oklart",
      criteria: "Kraven eller kriterierna",
      capacity: "Vi hade inte resurser",
      other: "Annat skäl",
    },
    document: {
      stepsHeading: "Dialogens skeden",
      generatedAt: "Skapad {{date}}",
      counts: {
        mails: "E-postmeddelanden",
        companies: "Företag",
        slots: "Mötestider",
        meetings: "Möten",
      },
    },
  },
};
