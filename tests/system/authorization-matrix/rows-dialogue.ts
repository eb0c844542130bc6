import type { Check, Role } from "./types.ts";

// Market dialogue: questions and answers. The rows send invalid forms where a valid one would write, so
// an allowed person gets the form back with its error (400) and a refused one 403 or the log-in page.
const companies: Role[] = ["company-admin", "company-member"];
const dialogueManagers: Role[] = ["buyer-admin", "buyer", "platform-admin"];

export const dialogueRows: Check[] = [
  {
    route: ":lang/plans/:id/dialogue",
    what: "the public version of a public plan's level-playing-field record",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/dialogue` }),
    success: { status: 200, contains: 'id="dialogue-record-download"' },
  },
  {
    route: ":lang/plans/:id/dialogue.html",
    what: "the public version of the record as an HTML file",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/dialogue.html` }),
    success: { status: 200, contains: "<!DOCTYPE html>" },
  },
  {
    route: ":lang/workspace/plans/:id/dialogue.html",
    what: "the buyer's version of the record as an HTML file",
    allowed: dialogueManagers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.publicPlan}/dialogue.html` }),
    success: { status: 200, contains: "<!DOCTYPE html>" },
  },
  {
    route: ":lang/workspace/plans/:id/dialogue",
    what: "the buyer's version of a plan's level-playing-field record",
    allowed: dialogueManagers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.publicPlan}/dialogue` }),
    success: { status: 200, contains: 'id="dialogue-record-download"' },
  },
  {
    route: "/api/v1/plans/{id}/questions",
    what: "the published questions and answers of a public plan",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/api/v1/plans/${ids.publicPlan}/questions` }),
    success: { status: 200, contains: '"data":[' },
  },
  {
    route: ":lang/plans/:id/questions/new",
    what: "the question form of a public plan",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/questions/new` }),
    success: { status: 200, contains: 'id="question-question"' },
  },
  {
    route: ":lang/plans/:id/questions/new",
    what: "ask a question on a public plan (too short: the form's error)",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/plans/${ids.publicPlan}/questions/new`,
      form: { question: "Lyhyt?" },
    }),
    success: { status: 400, contains: "Kirjoita kysymys (vähintään 10 merkkiä)." },
  },
  {
    route: ":lang/workspace/plans/:id/questions",
    what: "the buyer's questions page of a plan",
    allowed: dialogueManagers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.publicPlan}/questions` }),
    success: { status: 200, contains: 'id="questions-deadline"' },
  },
  {
    route: ":lang/workspace/plans/:id/questions",
    what: "answer a question (no answer: the form's error)",
    allowed: dialogueManagers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.publicPlan}/questions`,
      form: { intent: "answer", questionId: "00000000-0000-4000-8000-000000000000", answer: "" },
    }),
    // The question is not on the page, so only the status tells the form was read (a refusal is 403).
    success: { status: 400 },
  },
  {
    route: ":lang/workspace/plans/:id/questions",
    what: "decline a question (no reason: the form's error)",
    allowed: dialogueManagers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.publicPlan}/questions`,
      form: { intent: "decline", questionId: "00000000-0000-4000-8000-000000000000", reason: "" },
    }),
    success: { status: 400 },
  },
  {
    route: ":lang/workspace/plans/:id/questions",
    what: "set the question deadline (malformed: the form's error)",
    allowed: dialogueManagers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.publicPlan}/questions`,
      form: { intent: "deadline", deadline: "huomenna" },
    }),
    success: { status: 400, contains: "Anna päivä ja kellonaika" },
  },
];
