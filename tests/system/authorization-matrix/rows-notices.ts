import type { Check, Role } from "./types.ts";

// eForms notices for Hilma (issue 14): the notice page, its XML download and the API. Only Espoo's
// buyers may make or record a notice of an Espoo plan; leadership reads plans but does not send
// notices. `plan` is a draft: the page lists "not public" as missing and the download is a 422.
const buyers: Role[] = ["buyer-admin", "buyer"];

export const noticeRows: Check[] = [
  {
    route: ":lang/workspace/plans/:id/notice",
    what: "workspace: the Hilma notice page of an Espoo plan (type, what is missing, record form)",
    allowed: buyers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/notice?type=E1` }),
    success: { status: 200, contains: "Suunnitelma ei ole julkinen" },
  },
  {
    route: ":lang/workspace/plans/:id/notice",
    what: "workspace: record a Hilma notice that is no Hilma address (refused, nothing recorded)",
    allowed: buyers,
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/notice?type=E1`,
      form: { intent: "record", type: "E1", reference: "https://example.com/notice" },
    }),
    success: { status: 400, contains: "Anna Hilman ilmoituksen osoite" },
  },
  {
    route: ":lang/workspace/plans/:id/notice.xml",
    what: "workspace: download an Espoo draft plan's E1 notice (incomplete: not public, 422)",
    allowed: buyers,
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/notice.xml?type=E1` }),
    success: { status: 422 },
  },
  {
    route: "/api/v1/plans/{id}/eforms",
    what: "API: a plan's eForms notice (a session cookie is not an API token: 401 for everyone)",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/api/v1/plans/${ids.publicPlan}/eforms?type=E2` }),
    success: { status: 200 },
    refusedSignedIn: { status: 401 },
    refusedAnonymous: { status: 401 },
  },
];
