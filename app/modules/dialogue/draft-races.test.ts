import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { closeDraft } from "./draft-close.server.ts";
import { commentOnDraft } from "./draft-comment.server.ts";
import { respondToDraftComment } from "./draft-respond.server.ts";
import { maxDraftCommentsPerCompanyPerDay } from "./draft-schemas.ts";
import { dialogueDraftComment } from "./draft-tables.ts";
import { createTestDraft } from "./draft-test-fixtures.ts";
import { createCompanies } from "./meetings-test-fixtures.ts";
import { dialogueStep } from "./tables.ts";

// Drafts decide under locks: a comment holds the draft's row in share mode, closing takes it for update;
// a company's daily number is counted under a transaction-scoped advisory lock; a response locks its
// comment. On PostgreSQL the calls run side by side on a pool of 30 connections; PGlite has one
// connection and runs them one after another, so there only the outcome is shown.

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld({ poolSize: 30 });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe("concurrent comments on a draft", () => {
  it("saves each comment sent as the period closes before the close, or refuses it; never an error", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const companies = await createCompanies(world, 20, "draft-race");
    const comments = companies.map(
      (viewer, index) => () =>
        commentOnDraft({
          services: world.services,
          viewer,
          draftId,
          input: { sectionId: sectionIds[index % 2] as string, body: `Kilpaileva kommentti ${index}` },
        }),
    );
    const close = () => closeDraft({ services: world.services, viewer: world.viewers.buyer, draftId });
    const results = await race<
      Awaited<ReturnType<typeof commentOnDraft>> | Awaited<ReturnType<typeof close>>
    >([...comments.slice(0, 10), close, ...comments.slice(10)]);
    expect(results[10]).toEqual({ ok: true });
    const commentResults = results.filter((_, index) => index !== 10) as Awaited<
      ReturnType<typeof commentOnDraft>
    >[];
    for (const result of commentResults)
      if (!result.ok) expect(result.errors).toEqual({ body: "drafts.errors.closed" });
    const saved = await world.database.db
      .select({ id: dialogueDraftComment.id })
      .from(dialogueDraftComment)
      .where(eq(dialogueDraftComment.draftId, draftId));
    expect(saved).toHaveLength(commentResults.filter((result) => result.ok).length);
    // The close counted exactly the comments saved before it: none came in after.
    const [closed] = await world.database.db
      .select({ summary: dialogueStep.summary })
      .from(dialogueStep)
      .where(and(eq(dialogueStep.subjectId, draftId), eq(dialogueStep.kind, "draft.closed")));
    expect(closed?.summary).toEqual({ comments: saved.length });
  });

  it("keeps a company within its daily number when it posts many at once", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const results = await race(
      Array.from(
        { length: maxDraftCommentsPerCompanyPerDay + 10 },
        (_, index) => () =>
          commentOnDraft({
            services: world.services,
            viewer: index % 2 ? world.viewers.kirkasAdmin : world.viewers.kirkasMember,
            draftId,
            input: { sectionId: sectionIds[0] as string, body: `Tulva ${index}` },
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(maxDraftCommentsPerCompanyPerDay);
    for (const result of results)
      if (!result.ok) expect(result.errors).toEqual({ body: "drafts.errors.tooMany" });
  });

  it("publishes one of twenty responses given at once", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const commented = await commentOnDraft({
      services: world.services,
      viewer: world.viewers.ruokaAdmin,
      draftId,
      input: { sectionId: sectionIds[0] as string, body: "Yksi kommentti" },
    });
    if (!commented.ok) throw new Error("refused");
    const results = await race(
      Array.from(
        { length: 20 },
        (_, index) => () =>
          respondToDraftComment({
            services: world.services,
            viewer: world.viewers.buyer,
            draftId,
            commentId: commented.commentId,
            response: `Vastaus ${index}`,
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
