import { eq } from "drizzle-orm";
import { accountsUser } from "../../../app/modules/accounts/tables.ts";
import type { Viewer } from "../../../app/modules/accounts/viewer.server.ts";
import { addDraftSection } from "../../../app/modules/dialogue/draft-add-section.server.ts";
import { attachDraftDocument } from "../../../app/modules/dialogue/draft-attach-document.server.ts";
import { closeDraft } from "../../../app/modules/dialogue/draft-close.server.ts";
import { commentOnDraft } from "../../../app/modules/dialogue/draft-comment.server.ts";
import { createDraft } from "../../../app/modules/dialogue/draft-create.server.ts";
import { openDraftForComment } from "../../../app/modules/dialogue/draft-open.server.ts";
import { publishDraftSummary } from "../../../app/modules/dialogue/draft-publish-summary.server.ts";
import { respondToDraftComment } from "../../../app/modules/dialogue/draft-respond.server.ts";
import { listMemberships } from "../../../app/modules/organisations/memberships.server.ts";
import type { Services } from "../../../app/services.ts";
import { samplePdf } from "../../../app/test/attachment-files.ts";
import { type Check, type Ids, type Role, roleAccounts } from "./types.ts";

// Draft tender documents for comment on the public plan. A state change (open, close), a removal and a
// response can be made once, so those rows take a fresh draft, section or comment from a pool on each
// request; the rest use one draft being prepared, one open draft with a responded comment and a pending
// one by the cleaning company, and one closed draft with a published summary.
const companies: Role[] = ["company-admin", "company-member"];
const managers: Role[] = ["buyer-admin", "buyer", "platform-admin"];
const uuid = "[0-9a-f-]{36}";
export const draftPendingComment = "Matriisin vastaamaton luonnoskommentti";
export const draftPublicComment = "Matriisin julkaistu luonnoskommentti";
export const draftSummary = "Matriisin luonnoksen yhteenveto";

type Item = { draftId: string; id: string };
const pools: Record<"remove" | "open" | "close" | "respond" | "document", Item[]> = {
  remove: [],
  document: [],
  open: [],
  close: [],
  respond: [],
};
const taken: Record<keyof typeof pools, number> = { remove: 0, open: 0, close: 0, respond: 0, document: 0 };
/** The next item of a pool (round robin: the completeness check reads each row's request too). */
function next(pool: keyof typeof pools): Item {
  const items = pools[pool];
  const item = items[taken[pool] % items.length];
  taken[pool] += 1;
  if (!item) throw new Error(`no ${pool} drafts`);
  return item;
}
let commentCount = 0;

const day = 86_400_000;

/** The drafts the rows below use, on the public plan; returns the ids of the fixed ones. */
export async function createMatrixDrafts(
  services: Services,
  ids: Pick<Ids, "publicPlan">,
): Promise<
  Pick<Ids, "buildingDraft" | "buildingSection" | "openDraft" | "openDraftSection" | "closedDraft">
> {
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
  const draft = async (state: "draft" | "open"): Promise<Item> => {
    count += 1;
    const created = await createDraft({
      services,
      viewer: buyer,
      planId: ids.publicPlan,
      input: {
        title: { fi: `Matriisin luonnos ${count}` },
        intro: { fi: "Matriisin johdanto" },
        closesAt: new Date(Date.now() + 30 * day),
      },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const section = await addDraftSection({
      services,
      viewer: buyer,
      draftId: created.draftId,
      input: { heading: { fi: "Matriisin osio" }, body: { fi: "Osion teksti" } },
    });
    if (!section.ok) throw new Error(section.error);
    if (state === "open") await openDraftForComment({ services, viewer: buyer, draftId: created.draftId });
    return { draftId: created.draftId, id: section.sectionId };
  };
  const comment = async ({ draftId, id }: Item, body: string) => {
    const result = await commentOnDraft({
      services,
      viewer: kirkas,
      draftId,
      input: { sectionId: id, body },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.commentId;
  };
  for (let i = 0; i < 12; i += 1) {
    pools.remove.push(await draft("draft"));
    pools.open.push(await draft("draft"));
    pools.close.push(await draft("open"));
    const withDocument = await draft("draft");
    await attachDraftDocument({
      services,
      viewer: buyer,
      draftId: withDocument.draftId,
      file: { name: "luonnos.pdf", bytes: samplePdf(`Matriisin luonnos ${i}`) },
    });
    pools.document.push(withDocument);
  }
  const building = await draft("draft");
  const open = await draft("draft");
  await attachDraftDocument({
    services,
    viewer: buyer,
    draftId: open.draftId,
    file: { name: "luonnos.pdf", bytes: samplePdf("Matriisin avoin luonnos") },
  });
  await openDraftForComment({ services, viewer: buyer, draftId: open.draftId });
  const responded = await comment(open, draftPublicComment);
  await respondToDraftComment({
    services,
    viewer: buyer,
    draftId: open.draftId,
    commentId: responded,
    response: "Matriisin vastaus",
  });
  await comment(open, draftPendingComment);
  for (let i = 0; i < 12; i += 1)
    pools.respond.push({
      draftId: open.draftId,
      id: await comment(open, `Matriisin kommentti vastattavaksi ${i}`),
    });
  const closed = await draft("open");
  await closeDraft({ services, viewer: buyer, draftId: closed.draftId });
  await publishDraftSummary({
    services,
    viewer: buyer,
    draftId: closed.draftId,
    summary: { fi: draftSummary },
  });
  return {
    buildingDraft: building.draftId,
    buildingSection: building.id,
    openDraft: open.draftId,
    openDraftSection: open.id,
    closedDraft: closed.draftId,
  };
}

const workspace = (ids: Ids) => `/fi/workspace/plans/${ids.publicPlan}/drafts`;
const publicDraft = (ids: Ids, draftId: string) => `/fi/plans/${ids.publicPlan}/drafts/${draftId}`;
/** Another organisation's people are told the buyer's pages are not there. */
const notThere = { status: 404 };
const section = { "heading.fi": "Matriisin uusi osio", "body.fi": "Teksti" };

export const draftRows: Check[] = [
  {
    route: ":lang/workspace/plans/:id/drafts",
    what: "the plan's drafts for comment and the new-draft form",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: workspace(ids) }),
    success: { status: 200, contains: 'id="draft-create"' },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts",
    what: "start a new draft for comment",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: workspace(ids),
      form: {
        "title.fi": "Matriisin uusi luonnos",
        "intro.fi": "Johdanto",
        closesAt: `${new Date(Date.now() + 40 * day).toISOString().slice(0, 11)}09:00`,
      },
    }),
    success: { status: 302, location: new RegExp(`/drafts/${uuid}\\?done=created$`) },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "a draft with every comment and who wrote it",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${ids.openDraft}` }),
    success: { status: 200, contains: draftPendingComment },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "add a section to a draft being prepared",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.buildingDraft}`,
      form: { intent: "add-section", ...section },
    }),
    success: { status: 302, location: /\?done=sectionAdded#section-/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "edit a section of a draft being prepared",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.buildingDraft}`,
      form: { intent: "edit-section", sectionId: ids.buildingSection, ...section },
    }),
    success: { status: 302, location: /\?done=sectionSaved#section-/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "move a section of a draft being prepared",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.buildingDraft}`,
      form: { intent: "move-section", sectionId: ids.buildingSection, direction: "down" },
    }),
    success: { status: 302, location: /\?done=sectionMoved#section-/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "remove a section of a draft being prepared (confirmed)",
    allowed: managers,
    request: (ids) => {
      const item = next("remove");
      return {
        method: "POST",
        path: `${workspace(ids)}/${item.draftId}`,
        form: { intent: "remove-section", sectionId: item.id, confirm: "on" },
      };
    },
    success: { status: 302, location: /\?done=sectionRemoved#draft-sections$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "open a draft for comment (confirmed)",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("open").draftId}`,
      form: { intent: "open", confirm: "on" },
    }),
    success: { status: 302, location: /\?done=opened$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "end a draft's comment period (confirmed)",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("close").draftId}`,
      form: { intent: "close", confirm: "on" },
    }),
    success: { status: 302, location: /\?done=closed$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "respond publicly to a comment",
    allowed: managers,
    request: (ids) => {
      const item = next("respond");
      return {
        method: "POST",
        path: `${workspace(ids)}/${item.draftId}`,
        form: { intent: "respond", commentId: item.id, response: "Matriisin vastaus" },
      };
    },
    success: { status: 302, location: /\?done=responded#comment-/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId",
    what: "publish the summary of a closed draft",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.closedDraft}`,
      form: { intent: "summary", "summary.fi": draftSummary },
    }),
    success: { status: 302, location: /\?done=published$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/drafts/:draftId",
    what: "an open draft with its responded comments",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: publicDraft(ids, ids.openDraft) }),
    success: { status: 200, contains: draftPublicComment },
  },
  {
    route: ":lang/plans/:id/drafts/:draftId",
    what: "the public draft page never shows who commented, nor others' pending comments",
    allowed: [],
    request: (ids) => ({ method: "GET", path: publicDraft(ids, ids.openDraft) }),
    success: { status: 200 },
    refusedSignedIn: { status: 200, lacks: roleAccounts["company-admin"] },
    refusedAnonymous: { status: 200, lacks: draftPendingComment },
  },
  {
    route: ":lang/plans/:id/drafts/:draftId",
    what: "comment on a section of an open draft",
    allowed: companies,
    request: (ids) => {
      commentCount += 1;
      return {
        method: "POST",
        path: publicDraft(ids, ids.openDraft),
        form: {
          intent: "comment",
          sectionId: ids.openDraftSection,
          body: `Matriisin kommentti ${commentCount}`,
        },
      };
    },
    success: { status: 302, location: /\?done=commented#own-comments$/ },
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId/document",
    what: "attach a PDF to a draft being prepared",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${ids.buildingDraft}/document`,
      form: { intent: "document" },
      files: {
        file: new File([new Uint8Array(samplePdf("Matriisin liite"))], "luonnos.pdf", {
          type: "application/pdf",
        }),
      },
    }),
    success: { status: 302, location: /\?done=documentAttached#draft-document$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId/document",
    what: "remove the PDF of a draft being prepared",
    allowed: managers,
    request: (ids) => ({
      method: "POST",
      path: `${workspace(ids)}/${next("document").draftId}/document`,
      form: { intent: "remove-document" },
    }),
    success: { status: 302, location: /\?done=documentRemoved#draft-document$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/workspace/plans/:id/drafts/:draftId/document",
    what: "the upload address opened as a page goes back to the draft",
    allowed: managers,
    request: (ids) => ({ method: "GET", path: `${workspace(ids)}/${ids.buildingDraft}/document` }),
    success: { status: 302, location: /\/drafts\/[0-9a-f-]{36}#draft-document$/ },
    refusedSignedIn: notThere,
  },
  {
    route: ":lang/plans/:id/drafts/:draftId/document.pdf",
    what: "the PDF of a draft opened for comment",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `${publicDraft(ids, ids.openDraft)}/document.pdf` }),
    success: { status: 200, contains: "%PDF" },
  },
  {
    route: "/api/v1/plans/{id}/drafts",
    what: "the drafts of a public plan opened for comment, with responded comments",
    allowed: "everyone",
    request: (ids) => ({ method: "GET", path: `/api/v1/plans/${ids.publicPlan}/drafts` }),
    success: { status: 200, contains: draftPublicComment },
  },
];
