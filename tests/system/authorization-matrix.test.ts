import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountsUser } from "../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { demoUsers } from "../../app/modules/demo/demo-data.ts";
import { markInterest } from "../../app/modules/interest/mark-interest.server.ts";
import { inviteMember } from "../../app/modules/organisations/invite-member.server.ts";
import { listMemberships } from "../../app/modules/organisations/memberships.server.ts";
import { organisationRoles, platformRoles } from "../../app/modules/organisations/roles.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { contactPartnerRequest } from "../../app/modules/partners/contact-partner-request.server.ts";
import { createPartnerRequest } from "../../app/modules/partners/create-partner-request.server.ts";
import { partnerRequestSchema } from "../../app/modules/partners/schemas.ts";
import { addPlanAttachment } from "../../app/modules/plans/add-plan-attachment.server.ts";
import { attachmentFieldsSchema } from "../../app/modules/plans/attachment-rules.ts";
import { createPlan } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { saveWatch } from "../../app/modules/watches/save-watch.server.ts";
import { watchSchema } from "../../app/modules/watches/schemas.ts";
import { watchesNotification } from "../../app/modules/watches/tables.ts";
import { samplePdf } from "../../app/test/attachment-files.ts";
import { logInAs, postForm, postMultipart } from "../../app/test/http-session.ts";
import { createFixturePlan } from "../../app/test/plan-fixtures.ts";
import { startTestServer, type TestServer } from "../../app/test/test-server.ts";
import {
  loadServerRoutes,
  openApiActions,
  otherEndpoints,
  routerActions,
  rowAction,
} from "./authorization-matrix/actions.ts";
import { accountRows } from "./authorization-matrix/rows-accounts.ts";
import { companyRows } from "./authorization-matrix/rows-companies.ts";
import { dialogueRows } from "./authorization-matrix/rows-dialogue.ts";
import { createMatrixDrafts, draftRows } from "./authorization-matrix/rows-drafts.ts";
import { createMatrixEvents, eventRows, useMatrixEvents } from "./authorization-matrix/rows-events.ts";
import {
  interestNote,
  interestRows,
  partnerContactText,
  partnerRequestText,
} from "./authorization-matrix/rows-interest.ts";
import { createMatrixMeetings, meetingRows } from "./authorization-matrix/rows-meetings.ts";
import { noticeRows } from "./authorization-matrix/rows-notices.ts";
import { openDataRows } from "./authorization-matrix/rows-open-data.ts";
import { organisationRows } from "./authorization-matrix/rows-organisations.ts";
import { planRows } from "./authorization-matrix/rows-plans.ts";
import { createMatrixPresentation, presentationRows } from "./authorization-matrix/rows-presentations.ts";
import { createMatrixRecord, recordRows } from "./authorization-matrix/rows-record.ts";
import { createMatrixRfis, rfiRows } from "./authorization-matrix/rows-rfi.ts";
import { watchRows } from "./authorization-matrix/rows-watches.ts";
import { allRoles, type Check, type Ids, type Role, roleAccounts } from "./authorization-matrix/types.ts";

// Every page route and endpoint, with who may use it. Each row is tried as every role and as an
// anonymous visitor: the allowed ones must get through, everyone else must be refused
// (anonymous → redirect to log-in, or 401/403/404; signed-in → 403 or the stated redirect).
// The rows are in authorization-matrix/, one file per area.
const matrix: Check[] = [
  ...accountRows,
  ...organisationRows,
  ...planRows,
  ...openDataRows,
  ...companyRows,
  ...watchRows,
  ...interestRows,
  ...presentationRows,
  ...dialogueRows,
  ...meetingRows,
  ...draftRows,
  ...eventRows,
  ...recordRows,
  ...rfiRows,
  ...noticeRows,
];

// Creates the plan the workspace rows use (as a platform administrator, outside the HTTP checks).
const matrixAdmin: Viewer = {
  userId: "matrix-test",
  name: "Matrix",
  email: "matrix@example.fi",
  locale: "fi",
  isPlatformAdmin: true,
  memberships: [],
  activeOrganisationId: null,
};

let server: TestServer;
const cookies = new Map<Role, string>();
let ids: Ids;

beforeAll(async () => {
  server = await startTestServer();
  const rows = await server.services.database.db
    .select({ id: organisationsOrganisation.id, slug: organisationsOrganisation.slug })
    .from(organisationsOrganisation);
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const espoo = bySlug.get("espoo") ?? "";
  const plan = await createPlan({
    services: server.services,
    viewer: matrixAdmin,
    organisationId: espoo,
    input: planInputSchema.parse({
      title: { fi: "Matriisin luonnos" },
      need: { fi: "Testi." },
      mainCpv: "90910000",
      noLotsReason: { fi: "Pieni hankinta." },
    }),
  });
  const database = server.services.database;
  const publicPlan = await createFixturePlan(database, espoo, {
    title: { fi: "Matriisin julkinen suunnitelma" },
  });
  const attach = async (planId: string) => {
    const added = await addPlanAttachment({
      services: server.services,
      viewer: matrixAdmin,
      planId,
      file: { name: "Matriisi.pdf", bytes: samplePdf(`Matriisi ${planId}`) },
      fields: attachmentFieldsSchema.parse({}),
    });
    return added.ok ? added.attachmentId : "";
  };
  const demoViewer = async (email: string): Promise<Viewer> => {
    const [user] = await database.db.select().from(accountsUser).where(eq(accountsUser.email, email));
    if (!user) throw new Error(`no demo account ${email}`);
    const memberships = await listMemberships(database.db, user.id);
    return {
      userId: user.id,
      name: user.name,
      email,
      locale: "fi",
      isPlatformAdmin: false,
      memberships,
      activeOrganisationId: memberships[0]?.organisationId ?? null,
    };
  };
  const kirkasAdmin = await demoViewer(roleAccounts["company-admin"]);
  await markInterest({
    services: server.services,
    viewer: kirkasAdmin,
    planId: publicPlan,
    note: interestNote,
  });
  const posted = await createPartnerRequest({
    services: server.services,
    viewer: await demoViewer("catering@lahiruoka.example"),
    planId: publicPlan,
    input: partnerRequestSchema.parse({
      kind: "subcontracting",
      direction: "seeking",
      description: partnerRequestText,
    }),
  });
  const partnerRequest = posted.ok ? posted.requestId : "";
  const contact = await contactPartnerRequest({
    services: server.services,
    viewer: kirkasAdmin,
    partnerRequestId: partnerRequest,
    body: partnerContactText,
  });
  const watchOf = async (name: string) => {
    const saved = await saveWatch({
      db: database.db,
      viewer: kirkasAdmin,
      input: watchSchema.parse({
        name,
        cpv: ["90900000"],
        region: ["01"],
        event: ["published"],
        instant: true,
      }),
    });
    return saved.ok ? saved.watchId : "";
  };
  const kirkas = bySlug.get("kirkas") ?? "";
  const watch = await watchOf("Siivous Uusimaa");
  const [notification] = await database.db
    .insert(watchesNotification)
    .values({
      watchId: watch,
      userId: kirkasAdmin.userId,
      planId: publicPlan,
      planVersion: 1,
      event: "published",
    })
    .returning({ id: watchesNotification.id });
  const espooAdmin = await demoViewer(roleAccounts["buyer-admin"]);
  const invite = async (email: string) => {
    const invited = await inviteMember({
      services: server.services,
      viewer: espooAdmin,
      organisationId: espoo,
      email,
      role: "buyer",
      locale: "fi",
    });
    if (!invited.ok) throw new Error(`no invitation to ${email}: ${invited.error}`);
    return invited.invitationId;
  };
  ids = {
    ...(await createMatrixPresentation(server.services, { kirkas, espoo })),
    ...(await createMatrixMeetings(server.services, { publicPlan })),
    ...(await createMatrixDrafts(server.services, { publicPlan })),
    ...(await createMatrixRecord(server.services, { publicPlan, kirkas: bySlug.get("kirkas") ?? "" })),
    ...(await createMatrixRfis(server.services, { publicPlan })),
    invitation: await invite("matriisin.kutsuttu@example.fi"),
    residentInvitation: await invite(roleAccounts.resident),
    watch,
    notification: notification?.id ?? "",
    spareWatch: await watchOf("Poistettava vahti"),
    partnerRequest,
    partnerThread: contact.ok ? contact.threadId : "",
    espoo,
    plan: plan.ok ? plan.planId : "",
    publicAttachment: await attach(publicPlan),
    draftAttachment: await attach(plan.ok ? plan.planId : ""),
    kirkas,
    publicPlan,
    draftPlan: await createFixturePlan(database, espoo, {
      title: { fi: "Matriisin luonnos" },
      visibility: "draft",
    }),
    internalPlan: await createFixturePlan(database, espoo, {
      title: { fi: "Matriisin sisäinen suunnitelma" },
      visibility: "internal",
    }),
  };
  useMatrixEvents(await createMatrixEvents(server.services, { publicPlan }));
  for (const [role, email] of Object.entries(roleAccounts))
    cookies.set(role as Role, await logInAs(server.url, email));
}, 120_000);
afterAll(async () => {
  await server?.dispose();
});

async function send(check: Check, role: Role) {
  const { method, path, form, files } = check.request(ids);
  const email = role === "anonymous" ? undefined : roleAccounts[role];
  const cookie = check.ownSession && email ? await logInAs(server.url, email) : cookies.get(role);
  if (files) {
    const body = new FormData();
    for (const [name, value] of Object.entries({ ...form, ...files })) body.set(name, value);
    return postMultipart(server.url, path, body, cookie);
  }
  if (method === "POST") return postForm(server.url, path, form ?? {}, cookie);
  if (method === "PATCH")
    return fetch(`${server.url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        "Content-Type": "application/json",
        Origin: server.url,
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify(form ?? {}),
    });
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { Cookie: cookie } : {} });
}

describe("authorization matrix", () => {
  // Complete by action, not by path: a new page, a new form on a page (a new intent of its action) or a
  // new API operation fails here until the matrix says who may use it.
  it("has a row for every page, every form intent and every API operation", async () => {
    const routes = await loadServerRoutes();
    const openApi = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
    const declared = [...routerActions(routes), ...openApiActions(openApi), ...otherEndpoints];
    expect(declared).toContain("POST :lang/workspace/plans/:id/edit save");
    expect(declared).toContain("GET /api/v1/plans.atom");
    const covered = new Set(matrix.map((check) => rowAction(check, routes, ids)));
    expect(declared.filter((action) => !covered.has(action)).sort()).toEqual([]);
    // …and no row tries something that is not there (a renamed route or intent).
    expect([...covered].filter((action) => !declared.includes(action)).sort()).toEqual([]);
  });

  it("has a demo account for every role, holding that role", () => {
    for (const role of [...organisationRoles, ...platformRoles]) {
      const user = demoUsers.find((u) => u.email === roleAccounts[role]);
      const roles = [user?.platformRole, ...(user?.memberships.map((m) => m.role) ?? [])];
      expect(roles, role).toContain(role);
    }
  });

  for (const check of matrix) {
    for (const role of allRoles) {
      const allowed = check.allowed === "everyone" || check.allowed.includes(role);
      it(`${check.what}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const response = await send(check, role);
        const body = await response.text();
        const expected = allowed
          ? check.success
          : role === "anonymous"
            ? (check.refusedAnonymous ?? { status: 302, location: /\/fi\/login\?next=/ })
            : (check.refusedSignedIn ?? { status: 403 });
        expect(response.status, body.slice(0, 300)).toBe(expected.status);
        if ("location" in expected && expected.location)
          expect(response.headers.get("location")).toMatch(expected.location);
        if ("contains" in expected && expected.contains) expect(body).toContain(expected.contains);
        if ("lacks" in expected && expected.lacks) expect(body).not.toContain(expected.lacks);
      });
    }
  }
});
