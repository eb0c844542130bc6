import { eq } from "drizzle-orm";
import { accountsUser } from "../../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { addRfiQuestion } from "../../../app/modules/dialogue/add-rfi-question.server.ts";
import { closeRfi } from "../../../app/modules/dialogue/close-rfi.server.ts";
import { createRfi } from "../../../app/modules/dialogue/create-rfi.server.ts";
import { openRfi } from "../../../app/modules/dialogue/open-rfi.server.ts";
import { publishRfiSummary } from "../../../app/modules/dialogue/publish-rfi-summary.server.ts";
import { listRfiQuestions } from "../../../app/modules/dialogue/rfi-rows.server.ts";
import { answerField, secretField } from "../../../app/modules/dialogue/rfi-schemas.ts";
import { saveRfiResponse } from "../../../app/modules/dialogue/save-rfi-response.server.ts";
import { listMemberships } from "../../../app/modules/organisations/memberships.server.ts";
import type { Services } from "../../../app/services.ts";
import { samplePdf } from "../../../app/test/attachment-files.ts";
import { type Check, type Ids, type Role, roleAccounts } from "./types.ts";

// Requests for information on the public plan. The cleaning company has answered the main open request
// (with a business secret and a file); the rows that change state take a fresh request from a pool on
// each request (round robin), and one closed request takes the summary.
const companies: Role[] = ["company-admin", "company-member"];
const managers: Role[] = ["buyer-admin", "buyer", "platform-admin"];
const uuid = "[0-9a-f-]{36}";
export const rfiSecret = "Matriisin liikesalainen vastaus";
const notThere = { status: 404 };

type Rfi = { rfiId: string; questionId: string };
const pools: Record<"draft" | "open", Rfi[]> = { draft: [], open: [] };
const taken = { draft: 0, open: 0 };
function next(pool: keyof typeof pools): Rfi {
  const rfi = pools[pool][taken[pool] % pools[pool].length];
  taken[pool] += 1;
  if (!rfi) throw new Error(`no ${pool} requests for information`);
  return rfi;
}
const fixed = { main: { rfiId: "", questionId: "" }, fileQuestion: "", response: "", closed: "" };

/** The requests the rows below use, on the public plan (ids kept here; nothing added to Ids). */
export async function createMatrixRfis(
  services: Services,
  ids: Pick<Ids, "publicPlan">,
): Promise<Record<never, never>> {
  const { db } = services.database;
  const viewerOf = async (email: string): Promise<Viewer> => {
    const [user] = await db.select().from(accountsUser).where(eq(accountsUser.email, email));
    if (!user) throw new Error(`no demo account ${email}`);
    const memberships = await listMemberships(db, user.id);
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
  const buyer = await viewerOf(roleAccounts.buyer);
  const kirkas = await viewerOf(roleAccounts["company-admin"]);
  let count = 0;
  const rfi = async (state: "draft" | "open", file = false): Promise<Rfi & { fileId: string }> => {
    count += 1;
    const { rfiId } = await createRfi({
      services,
      viewer: buyer,
      planId: ids.publicPlan,
      input: { title: { fi: `Matriisin tietopyyntö ${count}` }, intro: {} },
    });
    for (const kind of file ? (["long-text", "file"] as const) : (["long-text", "yes-no"] as const))
      await addRfiQuestion({
        services,
        viewer: buyer,
        rfiId,
        input: { kind, text: { fi: `Matriisin kysymys ${kind}` }, options: [], required: false },
      });
    const [first, second] = await listRfiQuestions(db, rfiId);
    if (state === "open")
      await openRfi({ services, viewer: buyer, rfiId, closesAt: new Date(Date.now() + 20 * 86_400_000) });
    return { rfiId, questionId: first?.id ?? "", fileId: second?.id ?? "" };
  };
  for (let i = 0; i < 12; i += 1) {
    pools.draft.push(await rfi("draft"));
    pools.open.push(await rfi("open"));
  }
  const main = await rfi("open", true);
  const pdf = samplePdf();
  const saved = await saveRfiResponse({
    services,
    viewer: kirkas,
    rfiId: main.rfiId,
    values: (field) =>
      field === answerField(main.questionId)
        ? [rfiSecret]
        : field === secretField(main.questionId)
          ? ["on"]
          : [],
    files: [
      {
        questionId: main.fileId,
        file: {
          fileName: "matriisi.pdf",
          format: "pdf",
          mediaType: "application/pdf",
          sizeBytes: pdf.byteLength,
          sha256: "0".repeat(64),
          bytes: pdf,
        },
      },
    ],
  });
  if (!saved.ok) throw new Error("the matrix response was refused");
  fixed.main = main;
  fixed.fileQuestion = main.fileId;
  fixed.response = saved.responseId;
  const closed = await rfi("open");
  await closeRfi({ services, viewer: buyer, rfiId: closed.rfiId });
  await publishRfiSummary({
    services,
    viewer: buyer,
    rfiId: closed.rfiId,
    summary: { fi: "Matriisin yhteenveto" },
  });
  fixed.closed = closed.rfiId;
  return {};
}

const workspace = (ids: Ids) => `/fi/workspace/plans/${ids.publicPlan}/rfi`;
const publicRfi = (ids: Ids, rfiId: string) => `/fi/plans/${ids.publicPlan}/rfi/${rfiId}`;

export const rfiRows: Check[] = [
  {
    route: ":lang/workspace/plans/:id/rfi",
    what: "the plan's requests for information and the new-request form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: workspace(ids) }),
    success: { status: 200, contains: 'id="rfi-create"' },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi",
    what: "start a new request for information",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: workspace(ids),
      form: { "title.fi": "Matriisin uusi tietopyyntö" },
    }),
    success: { status: 302, location: new RegExp(`/rfi/${uuid}\\?done=created$`) },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "a request for information with every company's response",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${fixed.main.rfiId}` }),
    success: { status: 200, contains: rfiSecret },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId/responses.xlsx",
    what: "the responses of a request for information as XLSX",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${fixed.main.rfiId}/responses.xlsx` }),
    success: { status: 200 },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "change a draft request's title and introduction",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("draft").rfiId}`,
      form: { intent: "texts", "title.fi": "Matriisin muutettu tietopyyntö" },
    }),
    success: { status: 302, location: /\?done=texts$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "add a question to a draft request",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("draft").rfiId}`,
      form: { intent: "add-question", kind: "short-text", "text.fi": "Matriisin lisäkysymys" },
    }),
    success: { status: 302, location: /\?done=added$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "move a question of a draft request",
    allowed: managers,
    request: (ids) => {
      const draft = next("draft");
      return {
        method: "POST",
        path: `${workspace(ids)}/${draft.rfiId}`,
        form: { intent: "move", questionId: draft.questionId, direction: "down" },
      };
    },
    success: { status: 302, location: /\?done=moved$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "remove a question of a draft request (after confirming)",
    allowed: managers,
    request: (ids) => {
      const draft = next("draft");
      return {
        method: "POST",
        path: `${workspace(ids)}/${draft.rfiId}`,
        form: { intent: "remove", questionId: draft.questionId },
      };
    },
    success: { status: 302, location: /\?done=removed$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "open a draft request to every company",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${pools.draft[taken.draft++ % pools.draft.length]?.rfiId}`,
      form: {
        intent: "open",
        closesAt: `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T12:00`,
      },
    }),
    success: { status: 302, location: /\?done=opened$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "close an open request now",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("open").rfiId}`,
      form: { intent: "close" },
    }),
    success: { status: 302, location: /\?done=closed$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/rfi/:rfiId",
    what: "publish what we heard of a closed request",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${fixed.closed}`,
      form: { intent: "summary", "summary.fi": "Matriisin yhteenveto" },
    }),
    success: { status: 302, location: /\?done=published$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/rfi/:rfiId",
    what: "an opened request's questions, period and response count",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: publicRfi(ids, fixed.main.rfiId) }),
    success: { status: 200, contains: 'id="rfi-response-count"' },
  },
  {
    route: ":lang/plans/:id/rfi/:rfiId",
    what: "the request page shows a response to its own company only",
    allowed: companies,
    request: (ids) => ({ method: "GET", path: publicRfi(ids, fixed.main.rfiId) }),
    success: { status: 200, contains: rfiSecret },
    refusedSignedIn: { status: 200, lacks: rfiSecret },
    refusedAnonymous: { status: 200, lacks: rfiSecret },
  },
  {
    route: ":lang/plans/:id/rfi/:rfiId",
    what: "save the company's response",
    allowed: companies,
    request: (ids) => ({
      method: "POST",
      path: publicRfi(ids, fixed.main.rfiId),
      form: { [answerField(fixed.main.questionId)]: rfiSecret, [secretField(fixed.main.questionId)]: "on" },
    }),
    success: { status: 302, location: /\?done=saved$/ },
  },
  {
    route: ":lang/plans/:id/rfi/:rfiId/files/:responseId/:questionId",
    what: "a file answer, for the buyer and the responding company",
    allowed: [...companies, ...managers],
    request: (ids) => ({
      method: "GET",
      path: `${publicRfi(ids, fixed.main.rfiId)}/files/${fixed.response}/${fixed.fileQuestion}`,
    }),
    success: { status: 200, contains: "%PDF" },
    refusedSignedIn: notThere,
  },
  {
    route: "/api/v1/plans/{id}/rfis",
    what: "a public plan's requests for information as open data, never a response",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/api/v1/plans/${ids.publicPlan}/rfis` }),
    success: { status: 200, contains: '"responseCount":1' },
  },
];
