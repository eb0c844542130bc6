import type { Check } from "./types.ts";

// The open data API under /api/v1.
export const openDataRows: Check[] = [
  {
    route: "/api/v1/plans",
    what: "open data: public plans",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans" }),
    success: { status: 200, contains: '"license"' },
  },
  {
    route: "/api/v1/plans.atom",
    what: "open data: public plans as Atom",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans.atom" }),
    success: { status: 200, contains: "<feed" },
  },
  {
    route: "/api/v1/plans.ics",
    what: "open data: public plans as iCalendar",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans.ics?lang=sv" }),
    success: { status: 200, contains: "BEGIN:VCALENDAR" },
  },
  {
    route: "/api/v1/plans.csv",
    what: "open data: public plans as CSV",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans.csv" }),
    success: { status: 200, contains: "Matriisin julkinen suunnitelma" },
  },
  {
    route: "/api/v1/plans.xlsx",
    what: "open data: public plans as XLSX",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans.xlsx" }),
    success: { status: 200, contains: "PK" },
  },
  {
    route: "/api/v1/plans/{id}",
    what: "open data: one plan (unknown id is a 404 for everyone)",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/plans/00000000-0000-0000-0000-000000000000" }),
    success: { status: 404 },
  },
  {
    route: "/api/v1/plans/{id}/attachments/{attachmentId}",
    what: "open data: a public plan's attachment",
    allowed: "everyone",
    request: (ids) => ({
      method: "GET",
      path: `/api/v1/plans/${ids.publicPlan}/attachments/${ids.publicAttachment}`,
    }),
    success: { status: 200, contains: "%PDF-" },
  },
  {
    route: "/api/v1/plans/{id}/attachments/{attachmentId}",
    what: "open data: a draft plan's attachment (404 for everyone)",
    allowed: [],
    request: (ids) => ({
      method: "GET",
      path: `/api/v1/plans/${ids.plan}/attachments/${ids.draftAttachment}`,
    }),
    success: { status: 200 },
    refusedSignedIn: { status: 404, lacks: "%PDF-" },
    refusedAnonymous: { status: 404, lacks: "%PDF-" },
  },
  {
    route: "/api/v1/ocds/releases",
    what: "open data: OCDS release package",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/ocds/releases" }),
    success: { status: 200, contains: '"releases"' },
  },
  {
    route: "/api/v1/ocds/records/{ocid}",
    what: "open data: OCDS record (unknown ocid is a 404 for everyone)",
    allowed: "everyone",
    request: () => ({
      method: "GET",
      path: "/api/v1/ocds/records/ocds-hanksi-00000000-0000-0000-0000-000000000000",
    }),
    success: { status: 404 },
  },
  {
    route: "/api/v1/openapi.json",
    what: "open data: OpenAPI document",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/api/v1/openapi.json" }),
    success: { status: 200, contains: '"openapi":"3.1.0"' },
  },
];
