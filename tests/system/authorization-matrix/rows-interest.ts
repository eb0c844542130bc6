import type { Check, Role } from "./types.ts";

// "We are interested" and partner search. The matrix's set-up makes the cleaning company interested in the
// public plan (with `interestNote`), the catering company post a partner request on it and the cleaning
// company contact that request (a thread the catering company has not answered yet).
export const interestNote = "Matriisin kiinnostusviesti";
export const partnerRequestText = "Matriisin kumppanihaku: haemme alihankkijaa ikkunanpesuun.";
export const partnerContactText = "Matriisin yhteydenotto";
let contactCount = 0;
const companies: Role[] = ["company-admin", "company-member"];
const espooStaff: Role[] = ["buyer-admin", "buyer", "leadership"];
const uuid = "[0-9a-f-]{36}";

export const interestRows: Check[] = [
  {
    route: ":lang/plans/:id/interest",
    what: "the interest form of a public plan",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/interest` }),
    success: { status: 200, contains: 'id="interest-note"' },
  },
  {
    route: ":lang/plans/:id/interest",
    what: "mark the company interested in a public plan",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/plans/${ids.publicPlan}/interest`,
      form: { intent: "interested", note: interestNote },
    }),
    success: { status: 302, location: /\/fi\/plans\/[0-9a-f-]{36}\?interest=saved$/ },
  },
  {
    route: ":lang/plans/:id",
    what: "the public plan page shows how many companies are interested",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}` }),
    success: { status: 200, contains: "Kiinnostuneita yrityksiä: 1." },
  },
  {
    route: ":lang/plans/:id",
    what: "the public plan page never shows the interested companies' notes",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}` }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: interestNote },
    refusedAnonymous: { status: 200, lacks: interestNote },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "the interested companies and their notes on the workspace plan page",
    allowed: espooStaff,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.publicPlan}` }),
    success: { status: 200, contains: interestNote },
  },
  {
    route: ":lang/plans/:id/partners/new",
    what: "the partner request form of a public plan",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}/partners/new` }),
    success: { status: 200, contains: 'id="partner-description"' },
  },
  {
    route: ":lang/plans/:id/partners/new",
    what: "post a partner request",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/plans/${ids.publicPlan}/partners/new`,
      form: {
        kind: "joint-tender",
        direction: "offering",
        description: "Tarjoamme osaamistamme yhteistarjoukseen.",
      },
    }),
    success: { status: 302, location: new RegExp(`/fi/partners/${uuid}\\?created=1$`) },
  },
  {
    route: ":lang/partners/board",
    what: "the board of other companies' open partner requests (issue 12 point 17)",
    allowed: companies,
    request: () => ({ method: "GET", path: "/fi/partners/board" }),
    success: { status: 200, contains: partnerRequestText },
  },
  {
    route: ":lang/partners/:requestId",
    what: "a partner request on a public plan",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/partners/${ids.partnerRequest}` }),
    success: { status: 200, contains: partnerRequestText },
  },
  {
    route: ":lang/partners/:requestId",
    what: "the poster's e-mail address on its partner request",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/partners/${ids.partnerRequest}` }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: "catering@lahiruoka.example" },
    refusedAnonymous: { status: 200, lacks: "catering@lahiruoka.example" },
  },
  {
    route: ":lang/partners/:requestId",
    what: "contact the company behind a partner request",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/partners/${ids.partnerRequest}`,
      // A fresh text each time: the same message from the same person within a minute is refused (409).
      form: { intent: "contact", body: `${partnerContactText} ${++contactCount}` },
    }),
    success: { status: 302, location: new RegExp(`/fi/partners/threads/${uuid}\\?sent=1$`) },
  },
  {
    route: ":lang/partners/:requestId",
    what: "close another company's partner request",
    allowed: [],
    request: (ids) => ({
      method: "POST",
      path: `/fi/partners/${ids.partnerRequest}`,
      form: { intent: "close" },
    }),
    success: { status: 302 },
  },
  {
    route: ":lang/partners/threads/:threadId",
    what: "a thread between two companies",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: `/fi/partners/threads/${ids.partnerThread}` }),
    success: { status: 200, contains: partnerContactText },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/partners/threads/:threadId",
    what: "write in a thread between two companies",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/partners/threads/${ids.partnerThread}`,
      form: { body: "Matriisin jatkoviesti" },
    }),
    success: { status: 302, location: /\/fi\/partners\/threads\/[0-9a-f-]{36}\?sent=1$/ },
    refusedSignedIn: { status: 404 },
  },
  {
    route: ":lang/partners",
    what: "the company's partner requests, threads and interests",
    allowed: companies,
    request: () => ({ method: "GET", path: "/fi/partners" }),
    success: { status: 200, contains: "Matriisin julkinen suunnitelma" },
  },
  {
    route: ":lang/plans/:id/interest",
    what: "withdraw the company's interest (last: the rows above read it)",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: `/fi/plans/${ids.publicPlan}/interest`,
      form: { intent: "withdraw" },
    }),
    success: { status: 302, location: /\/fi\/plans\/[0-9a-f-]{36}\?interest=withdrawn$/ },
  },
];
