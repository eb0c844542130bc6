// Part of the en catalogue (en.ts puts the parts together): market dialogue on a plan.
export const enDialogue = {
  dialogue: {
    recordTitle: "Level-playing-field record of the market dialogue",
    recordIntro:
      "Every step of the market dialogue on this procurement: what was done, whom it reached and when. The record is later attached to the call for tenders to show that every company got the same information.",
    recordBuyerIntro:
      "The contracting authority's own version: every step and the company it concerned. The public version shows only the steps that reached everyone or the whole market, without company names.",
    recordEmpty: "The market dialogue has no steps yet.",
    recordPublicLink: "Public version",
    recordBuyerLink: "Level-playing-field record",
    download: "Download as an HTML file",
    columns: { when: "When", audience: "Reached", company: "Company" },
    audiences: {
      public: "Everyone",
      market: "Every interested company and follower",
      company: "One company",
      buyer: "The contracting authority only",
    },
    steps: {
      question: {
        asked: "A company asked a question",
        answered: "A question and its answer were published",
        rejected: "A question was not answered",
      },
      "question-deadline": { set: "The deadline for questions was set" },
      "meeting-round": {
        opened: "A meeting round was opened",
        closed: "A meeting round was closed",
        "summary-published": "The summary of a meeting round was published",
      },
      meeting: { booked: "A company booked a meeting", cancelled: "A company cancelled a meeting" },
      contact: {
        recorded: "A pre-market contact was recorded",
        updated: "A pre-market contact was edited",
        removed: "A pre-market contact was removed",
      },
      survey: {
        sent: "Companies that took no part were sent a survey",
        answered: "A company answered the survey",
      },
    },
  },
  questions: {
    title: "Questions and answers",
    intro:
      "Companies can ask about the procurement. The contracting authority publishes each question with its answer for everyone, so every company gets the same information.",
    none: "No questions have been answered yet.",
    question: "Question",
    answer: "Answer",
    askedBy: "Asked by: {{company}}",
    anonymous: "The asker chose not to be named.",
    publishedOn: "Published {{date}}",
    deadline: "Questions by {{date}}.",
    deadlinePassed: "The time for questions ended {{date}}.",
    askLink: "Ask about the procurement",
    logInToAsk: "Log in as a company representative to ask.",
    ownTitle: "Your company's questions",
    states: {
      open: "Waiting for an answer",
      published: "Answered and published",
      declined: "Will not be answered",
    },
    declinedBecause: "Reason: {{reason}}",
    manageLink_one: "{{count}} question waits for an answer",
    manageLink_other: "{{count}} questions wait for an answer",
    manageLinkNone: "Questions and answers",
    newTitle: "Ask about the procurement",
    newIntro:
      "At first only the contracting authority and your company see the question. When the authority answers, the question and answer are published for everyone. The authority may reword the question neutrally, for example leave out a product name.",
    fields: {
      question: "Your question",
      questionHint:
        "At most {{max}} characters. Do not write business secrets: the question is published with its answer.",
      showCompany: "Our company's name may be shown with the published question",
      answer: "Answer",
      answerHint:
        "The answer is published for everyone together with the question. At most {{max}} characters.",
      publishedQuestion: "The question as it will be published",
      publishedQuestionHint:
        "Reword it neutrally if needed (e.g. leave out product names or business secrets). The original wording is kept in the log.",
      reason: "Why the question will not be answered",
      reasonHint: "The reason is sent to the asking company only.",
      deadline: "Deadline for questions",
      deadlineHint: "Date and time in Finnish time. Leave empty to take questions all the time.",
    },
    submit: "Send the question",
    sent: "Your question has been sent to the contracting authority.",
    workspaceTitle: "Questions and answers",
    workspaceIntro:
      "Answer the companies' questions. Each question is published with its answer for everyone, and companies following the plan are told.",
    openTitle: "Questions waiting",
    openNone: "No unanswered questions.",
    handledTitle: "Questions handled",
    from: "Asked by: {{company}} ({{person}}), {{date}}",
    wantsName: "The company may be named.",
    wantsAnonymous: "The company wishes to stay anonymous.",
    publish: "Publish the question and answer",
    decline: "Do not answer",
    declineSummary: "Do not answer this question",
    saveDeadline: "Save the deadline",
    answered: "The answer has been published.",
    declined: "The question has been marked as not answered.",
    deadlineSaved: "The deadline has been saved.",
    errors: {
      questionShort: "Write a question (at least 10 characters).",
      answerRequired: "Write an answer.",
      reasonRequired: "Write a reason.",
      deadline: "Give a date and time as dd.mm.yyyy hh:mm.",
      closed: "The time for questions has ended.",
      duplicate: "You just sent the same question.",
      tooMany:
        "Your company has already sent the most questions allowed about this procurement today. Try tomorrow.",
      notOpen: "The question has already been handled.",
      planNotPublic: "The plan is not public, so the answer cannot be published.",
    },
  },
};
