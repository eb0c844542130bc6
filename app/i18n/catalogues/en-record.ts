// Part of the en catalogue (en.ts puts the parts together): the level-playing-field record's contact
// register, warnings, PDF and the "why didn't you take part?" survey (issue 13 points 6 and 7).
export const enRecord = {
  record: {
    downloadPdf: "Download as a PDF file",
    yes: "Yes",
    no: "No",
    notOnPlatform: "Not on the service (write the name below)",
    kinds: {
      meeting: "Meeting",
      call: "Call",
      visit: "Visit",
      email: "E-mail",
      other: "Other contact",
    },
    fields: {
      kind: "Kind of contact",
      occurredAt: "When",
      organisationId: "Company on the service",
      organisationName: "Organisation's name",
      ourParticipants: "Participants from the contracting authority",
      theirParticipants: "Participants from the organisation",
      sharedMaterial: "What was told or given",
      isSharedMaterialPublic: "The same material has been published to every company",
      conflictOfInterest: "Declared interests and conflicts of interest",
      publicSummary: "Public description (one line)",
    },
    hints: {
      occurredAt: "Date and time in Finnish time.",
      organisationId:
        "Pick it if the company is on the service and interested in the procurement or took part in the dialogue.",
      organisationName: "Write the name if the organisation is not on the service.",
      sharedMaterial:
        "Confidential: only the contracting authority sees it. If you gave material, publish it to everyone and tick below.",
      conflictOfInterest: "Confidential: only the contracting authority sees it.",
      publicSummary: "Shown in the public version of the record. Write nothing confidential.",
    },
    errors: {
      kind: "Pick the kind of contact.",
      occurredAt: "Give a date and time.",
      organisation: "Pick a company on the service or write the organisation's name.",
      surveyEmpty: "Pick at least one reason or write an answer.",
    },
    contacts: {
      title: "Pre-market contacts",
      intro:
        "Record here the meetings, calls and visits with companies before the tender: who met whom, when, what was told and the interests declared. The public version shows only the kind, the date and the public description.",
      none: "No pre-market contacts have been recorded.",
      count_one: "{{count}} pre-market contact recorded.",
      count_other: "{{count}} pre-market contacts recorded.",
      link_one: "Pre-market contacts ({{count}})",
      link_other: "Pre-market contacts ({{count}})",
      newTitle: "Record a new pre-market contact",
      add: "Save the contact",
      save: "Save the changes",
      saved: "The contact has been saved.",
      removed: "The contact has been removed.",
      edit: "Edit",
      remove: "Remove",
      editTitle: "Edit the pre-market contact",
      removeTitle: "Remove the pre-market contact?",
      removeText:
        "You are removing the entry ({{kind}}, {{date}}). The level-playing-field record keeps a note of the removal. This cannot be undone.",
      removeConfirm: "Remove the contact",
      removeCancel: "Cancel",
    },
    warnings: {
      title: "Level-playing-field warnings",
      none: "No warnings.",
      closedWithoutSummary: "{{step}} {{date}}, but no summary has been published to everyone.",
      partialMaterial:
        "Material was given to part of the market only ({{organisation}}, {{date}}) and has not been published to everyone.",
      metOutsideRound:
        "{{organisation}} was met one-to-one ({{date}}) but did not book in a meeting round open to everyone.",
      count_one: "{{count}} level-playing-field warning",
      count_other: "{{count}} level-playing-field warnings",
    },
    survey: {
      title: "Why didn't you take part?",
      intro:
        "You followed the procurement but did not take part in the step of the market dialogue that just closed. Would you tell us briefly why? The answer is anonymous: the contracting authority sees only a summary. A company can answer once.",
      barriersLegend: "What kept you from taking part? Pick all that apply.",
      freeTextLabel: "Your own words",
      freeTextHint: "At most {{max}} characters. Do not write anything that identifies your company.",
      submit: "Send the answer",
      thanks: "Thank you for answering!",
      alreadyAnswered: "Your company has already answered this survey. Thank you!",
      mailSubject: "Why didn't you take part? {{plan}}",
      mailMessage:
        'You followed the procurement plan "{{plan}}" but did not take part in the step of the market dialogue that just closed. The contracting authority would like to know what kept you away. The survey is short and anonymous.',
      summaryTitle: "Why companies did not take part",
      summaryIntro:
        "The survey went to the companies that followed the plan but took no part in the closed step. The answers are anonymous.",
      none: "No surveys have been sent.",
      answeredLabel: "Answers",
      answeredOf: "{{answered}} of {{invited}} companies answered",
      homeTitle: "Surveys waiting for your answer",
      homeLink: "Why didn't you take part? {{plan}}",
      freeTextsTitle: "Answers in their own words",
    },
    barriers: {
      "too-big": "The procurement is too big for our company",
      timetable: "The timetable did not suit us",
      "unclear-need": "The need was unclear",
      criteria: "The requirements or criteria",
      capacity: "We had no capacity",
      other: "Another reason",
    },
    document: {
      stepsHeading: "Steps of the dialogue",
      generatedAt: "Made {{date}}",
      counts: {
        mails: "E-mails",
        companies: "Companies",
        slots: "Meeting slots",
        meetings: "Meetings",
      },
    },
  },
};
