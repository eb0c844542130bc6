import type { Check } from "./types.ts";
import { espooStaff } from "./types.ts";

// The public forward plan and the buyer workspace.

/** The plan form filled in; the title stays the one the other rows look for. */
const planForm = {
  "title.fi": "Matriisin luonnos",
  "need.fi": "Testi.",
  mainCpv: "90910000",
  "noLotsReason.fi": "Pieni hankinta.",
  visibility: "draft",
};
/** One valid row of the import spreadsheet, as a file and as the preview hands it to the confirmation. */
const importRecord = {
  title_fi: "Matriisin tuotu suunnitelma",
  need_fi: "Tuotu taulukosta.",
  main_cpv: "22113000-5",
  tender_year: "2027",
  divided_into_lots: "ei",
  no_lots_reason_fi: "Yksi toimittaja.",
  visibility: "draft",
};
const importCsv = `${Object.keys(importRecord).join(",")}\n${Object.values(importRecord).join(",")}\n`;
export const planRows: Check[] = [
  {
    route: ":lang/plans",
    what: "public forward plan with filters",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/plans?q=siivous&valueBand=eu&sort=value" }),
    success: { status: 200, contains: 'id="plans-q"' },
  },
  {
    route: ":lang/plans/timeline",
    what: "forward plan timeline",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/sv/plans/timeline" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/forecast",
    what: "re-tender forecast",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/en/plans/forecast" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/joint-candidates",
    what: "joint procurement candidates",
    allowed: "everyone",
    request: () => ({ method: "GET", path: "/fi/plans/joint-candidates" }),
    success: { status: 200 },
  },
  {
    route: ":lang/plans/:id",
    what: "public plan page",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.publicPlan}` }),
    success: { status: 200, contains: "Matriisin julkinen suunnitelma" },
  },
  {
    route: ":lang/plans/:id",
    what: "draft plan page (Espoo's editors only)",
    allowed: ["buyer-admin", "buyer", "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.draftPlan}` }),
    success: { status: 200, contains: "Matriisin luonnos" },
    refusedSignedIn: { status: 404, lacks: "Matriisin luonnos" },
    refusedAnonymous: { status: 404, lacks: "Matriisin luonnos" },
  },
  {
    route: ":lang/plans/:id",
    what: "internal plan page (Espoo's members only)",
    allowed: [...espooStaff, "platform-admin"],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.internalPlan}` }),
    success: { status: 200, contains: "Matriisin sisäinen suunnitelma" },
    refusedSignedIn: { status: 404, lacks: "Matriisin sisäinen suunnitelma" },
    refusedAnonymous: { status: 404, lacks: "Matriisin sisäinen suunnitelma" },
  },
  {
    route: ":lang/plans/:id/attachments/:attachmentId",
    what: "public plan's attachment",
    allowed: "everyone",
    request: (ids) => ({
      method: "GET",
      path: `/fi/plans/${ids.publicPlan}/attachments/${ids.publicAttachment}`,
    }),
    success: { status: 200, contains: "%PDF-" },
  },
  {
    route: ":lang/plans/:id/attachments/:attachmentId",
    what: "draft plan's attachment (404 for everyone; the workspace serves it)",
    allowed: [],
    request: (ids) => ({ method: "GET", path: `/fi/plans/${ids.plan}/attachments/${ids.draftAttachment}` }),
    success: { status: 200 },
    refusedSignedIn: { status: 404, lacks: "%PDF-" },
    refusedAnonymous: { status: 404, lacks: "%PDF-" },
  },
  {
    route: ":lang/workspace/plans/import",
    what: "spreadsheet import (the active organisation's buyers)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/import" }),
    success: { status: 200 },
  },
  {
    route: ":lang/workspace/plans/import",
    what: "preview a spreadsheet import (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/import",
      form: { intent: "preview" },
      files: { file: new File([importCsv], "matriisi.csv", { type: "text/csv" }) },
    }),
    success: { status: 200, contains: "1 kelvollista riviä, 0 virheellistä." },
  },
  {
    route: ":lang/workspace/plans/import",
    what: "confirm a spreadsheet import (creates the plan)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/import",
      form: { intent: "confirm", rows: JSON.stringify([{ rowNumber: 2, record: importRecord }]) },
    }),
    success: { status: 302, location: /\/fi\/workspace\/plans\/import\?imported=1$/ },
  },
  {
    route: ":lang/workspace/plans/sheet/:file",
    what: "forward-plan export (members of a contracting authority)",
    allowed: ["buyer-admin", "buyer", "leadership"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/sheet/export.csv" }),
    success: { status: 200, contains: "title_fi" },
  },
  {
    route: ":lang/workspace/plans",
    what: "workspace: the active organisation's plans",
    allowed: [...espooStaff],
    request: () => ({ method: "GET", path: "/fi/workspace/plans" }),
    success: { status: 200, contains: "Hankintasuunnitelmat" },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: new plan form",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({ method: "GET", path: "/fi/workspace/plans/new" }),
    success: { status: 200, contains: 'id="plan-title-fi"' },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: CPV search in the new plan form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/new",
      form: { intent: "searchCpv", cpvQuery: "90910000" },
    }),
    success: { status: 200, contains: "Valitse pääkoodiksi 90910000" },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: pick a found CPV code in the new plan form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/new",
      form: { intent: "useCpv:90910000", cpvQuery: "90910000" },
    }),
    success: { status: 200, contains: 'value="90910000"' },
  },
  {
    route: ":lang/workspace/plans/new",
    what: "workspace: save a new plan",
    allowed: ["buyer-admin", "buyer"],
    request: () => ({
      method: "POST",
      path: "/fi/workspace/plans/new",
      form: { ...planForm, intent: "save", "title.fi": "Matriisin uusi suunnitelma" },
    }),
    success: { status: 302, location: /\/fi\/workspace\/plans\/[0-9a-f-]{36}\?created=1$/ },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: an Espoo draft plan",
    allowed: [...espooStaff],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: archive an Espoo plan (unconfirmed, so nothing happens)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}`,
      form: { intent: "archive" },
    }),
    success: { status: 400, contains: "Vahvista arkistointi" },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: duplicate an Espoo plan",
    // The plans policy lets a platform administrator edit any authority's plans; the workspace pages
    // themselves (view, edit form, archive) are for the authority's members only.
    allowed: ["buyer-admin", "buyer", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}`,
      form: { intent: "duplicate" },
    }),
    success: { status: 302, location: /\/fi\/workspace\/plans\/[0-9a-f-]{36}\?duplicated=1$/ },
  },
  {
    route: ":lang/workspace/plans/:id",
    what: "workspace: a transition the plan's stage does not allow (refused by the lifecycle, nothing changes)",
    // The plans policy lets a platform administrator edit any authority's plans; the workspace pages
    // themselves (view, edit form, archive) are for the authority's members only.
    allowed: ["buyer-admin", "buyer", "platform-admin"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}`,
      form: { intent: "transition", to: "contract-awarded", contractEnd: "2030-01-31" },
    }),
    // 409 is the lifecycle's refusal (the platform administrator's answer shows no workspace page).
    success: { status: 409 },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: edit an Espoo plan",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/edit` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: CPV search in the edit form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/edit`,
      form: { intent: "searchCpv", cpvQuery: "siivous" },
    }),
    success: { status: 200, contains: "Valitse pääkoodiksi" },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: pick a found CPV code in the edit form (saves nothing)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/edit`,
      form: { ...planForm, intent: "useCpv:90911000" },
    }),
    success: { status: 200, contains: 'value="90911000"' },
  },
  {
    route: ":lang/workspace/plans/:id/edit",
    what: "workspace: save an Espoo plan",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/edit`,
      form: { ...planForm, intent: "save" },
    }),
    success: { status: 302, location: /\/fi\/workspace\/plans\/[0-9a-f-]{36}\?saved=1$/ },
  },
  {
    route: ":lang/workspace/plans/:id/publish",
    what: "workspace: the publish step of an Espoo plan, with its preview",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/publish` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id/publish",
    what: "workspace: publish an Espoo plan unconfirmed (refused, nothing changes)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/publish`,
      form: { intent: "publish" },
    }),
    success: { status: 400, contains: "Vahvista julkaisu" },
  },
  {
    route: ":lang/workspace/plans/:id/publish",
    what: "workspace: keep an Espoo draft a draft (the visibility form; nothing changes)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/publish`,
      form: { intent: "visibility", to: "draft" },
    }),
    success: { status: 302, location: /\/fi\/workspace\/plans\/[0-9a-f-]{36}\?visibility=1$/ },
  },
  {
    route: ":lang/workspace/plans/:id/attachments",
    what: "workspace: an Espoo plan's attachments",
    allowed: [...espooStaff],
    request: (ids) => ({ method: "GET", path: `/fi/workspace/plans/${ids.plan}/attachments` }),
    success: { status: 200, contains: "Matriisin luonnos" },
  },
  {
    route: ":lang/workspace/plans/:id/attachments",
    what: "workspace: add an attachment without a file (refused with a field error, nothing stored)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/attachments`,
      form: { intent: "add", title: "Ei tiedostoa" },
    }),
    success: { status: 400, contains: "Valitse liitettävä tiedosto." },
  },
  {
    route: ":lang/workspace/plans/:id/attachments/:attachmentId",
    what: "workspace: download a draft plan's attachment",
    allowed: [...espooStaff],
    request: (ids) => ({
      method: "GET",
      path: `/fi/workspace/plans/${ids.plan}/attachments/${ids.draftAttachment}`,
    }),
    success: { status: 200, contains: "%PDF-" },
  },
  {
    route: ":lang/workspace/plans/:id/attachments/:attachmentId/remove",
    what: "workspace: confirm removing an attachment",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "GET",
      path: `/fi/workspace/plans/${ids.plan}/attachments/${ids.draftAttachment}/remove`,
    }),
    success: { status: 200, contains: "Poistetaanko liite?" },
  },
  {
    route: ":lang/workspace/plans/:id/attachments/:attachmentId/remove",
    what: "workspace: remove an attachment that does not exist (so nothing changes)",
    allowed: ["buyer-admin", "buyer"],
    request: (ids) => ({
      method: "POST",
      path: `/fi/workspace/plans/${ids.plan}/attachments/00000000-0000-0000-0000-000000000000/remove`,
      form: {},
    }),
    success: { status: 404 },
  },
];
