import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.ts";
import { samplePdf, sampleXlsx } from "../../test/attachment-files.ts";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { addDraftSection } from "./draft-add-section.server.ts";
import { attachDraftDocument } from "./draft-attach-document.server.ts";
import { getDraftForBuyer, listDraftsForBuyer } from "./draft-buyer-queries.server.ts";
import { closeDraft } from "./draft-close.server.ts";
import { commentOnDraft } from "./draft-comment.server.ts";
import { getDraftDocument } from "./draft-document-queries.server.ts";
import { editDraftSection } from "./draft-edit-section.server.ts";
import { moveDraftSection } from "./draft-move-section.server.ts";
import { openDraftForComment } from "./draft-open.server.ts";
import { draftsDataOfPerson, eraseDraftsDataOf } from "./draft-personal-data.server.ts";
import { getDraftPage, listCompanyDraftComments, listPublicDrafts } from "./draft-public-queries.server.ts";
import { publishDraftSummary } from "./draft-publish-summary.server.ts";
import { removeDraftDocument } from "./draft-remove-document.server.ts";
import { removeDraftSection } from "./draft-remove-section.server.ts";
import { respondToDraftComment } from "./draft-respond.server.ts";
import { draftCommentSchema, draftFormSchema, maxDraftCommentsPerCompanyPerDay } from "./draft-schemas.ts";
import { dialogueDraftComment } from "./draft-tables.ts";
import { createTestDraft } from "./draft-test-fixtures.ts";
import { dialogueStep } from "./tables.ts";

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const comment = (viewer: keyof CompanyWorld["viewers"], draftId: string, sectionId: string, body: string) =>
  commentOnDraft({
    services: world.services,
    viewer: world.viewers[viewer],
    draftId,
    input: draftCommentSchema.parse({ sectionId, body }),
  });

const stepsOf = async (subjectId: string) =>
  (
    await world.database.db
      .select({ kind: dialogueStep.kind, audience: dialogueStep.audience, summary: dialogueStep.summary })
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, subjectId))
      .orderBy(dialogueStep.createdAt)
  ).map((step) => ({ kind: step.kind, audience: step.audience, summary: step.summary }));

describe("a draft's form", () => {
  it("reads the end of the period as Helsinki time and refuses times that do not exist", () => {
    const parsed = draftFormSchema.parse({
      title: { fi: "Luonnos" },
      intro: { fi: "Johdanto" },
      closesAt: "2030-07-01T16:00",
    });
    expect(parsed.closesAt.toISOString()).toBe("2030-07-01T13:00:00.000Z");
    const bad = draftFormSchema.safeParse({
      title: { en: "Draft" },
      intro: { fi: "x" },
      closesAt: "2030-02-30T10:00",
    });
    expect(bad.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title.fi", "validation.required"],
      ["closesAt", "drafts.errors.time"],
    ]);
  });
});

describe("building a draft", () => {
  it("adds, edits, moves and removes sections only while the draft is being prepared", async () => {
    const { draftId, sectionIds } = await createTestDraft(world, { sections: 3, open: false });
    const [first, second, third] = sectionIds as [string, string, string];
    const services = world.services;
    const viewer = world.viewers.buyer;
    expect(await moveDraftSection({ services, viewer, draftId, sectionId: third, direction: "up" })).toEqual({
      ok: true,
      sectionId: third,
    });
    await moveDraftSection({ services, viewer, draftId, sectionId: first, direction: "up" });
    await editDraftSection({
      services,
      viewer,
      draftId,
      sectionId: second,
      input: { heading: { fi: "Laatu" }, body: {} },
    });
    await removeDraftSection({ services, viewer, draftId, sectionId: first });
    const view = await getDraftForBuyer(world.database.db, viewer, draftId);
    expect(view.sections.map((section) => [section.position, section.heading.fi])).toEqual([
      [1, "Osio 3"],
      [2, "Laatu"],
    ]);
    await openDraftForComment({ services, viewer, draftId });
    expect(
      await addDraftSection({ services, viewer, draftId, input: { heading: { fi: "Myöhässä" }, body: {} } }),
    ).toEqual({ ok: false, error: "wrongState" });
  });

  it("is the plan's buyers' only: others are told it is not there", async () => {
    const { draftId } = await createTestDraft(world, { sections: 1, open: false });
    for (const viewer of [world.viewers.otherBuyer, world.viewers.kirkasAdmin, null]) {
      await expect(
        addDraftSection({
          services: world.services,
          viewer,
          draftId,
          input: { heading: { fi: "X" }, body: {} },
        }),
      ).rejects.toMatchObject({ code: "not_found" });
      await expect(getDraftForBuyer(world.database.db, viewer, draftId)).rejects.toBeInstanceOf(AppError);
    }
    // A draft not yet opened is not on the public pages either.
    await expect(
      getDraftPage(world.database.db, world.viewers.kirkasAdmin, world.plans.open, draftId),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("does not open without sections, and tells every interested company when it opens", async () => {
    const empty = await createTestDraft(world, { sections: 0, open: false });
    expect(
      await openDraftForComment({
        services: world.services,
        viewer: world.viewers.buyer,
        draftId: empty.draftId,
      }),
    ).toEqual({ ok: false, error: "noSections" });
    await markInterest({
      services: world.services,
      viewer: world.viewers.ruokaAdmin,
      planId: world.plans.open,
      note: "",
    });
    const { draftId } = await createTestDraft(world, { sections: 1 });
    const mails = await world.database.db
      .select({ to: mailOutbox.toAddress })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "liam@ruoka.example"));
    expect(mails.length).toBeGreaterThan(0);
    expect(await stepsOf(draftId)).toEqual([
      { kind: "draft.opened", audience: "market", summary: expect.objectContaining({ sections: 1 }) },
    ]);
  });
});

describe("commenting", () => {
  it("keeps the author for the buyer and publishes the comment anonymously with the response", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const sectionId = sectionIds[0] as string;
    const result = await comment("kirkasAdmin", draftId, sectionId, "Laatuvaatimus 3 on liian tiukka.");
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // Before the response: the buyer and the commenting company see it, another company and the public do not.
    const buyerView = await getDraftForBuyer(world.database.db, world.viewers.buyer, draftId);
    expect(buyerView.sections[0]?.comments[0]).toMatchObject({
      body: "Laatuvaatimus 3 on liian tiukka.",
      authorName: "Yrjö Yrittäjä",
      authorEmail: "yrjo@kirkas.example",
    });
    const own = await getDraftPage(world.database.db, world.viewers.kirkasMember, world.plans.open, draftId);
    expect(own.ownComments.map((c) => c.body)).toEqual(["Laatuvaatimus 3 on liian tiukka."]);
    expect(own.canComment).toBe(true);
    const other = await getDraftPage(world.database.db, world.viewers.ruokaAdmin, world.plans.open, draftId);
    expect(JSON.stringify(other)).not.toContain("liian tiukka");
    expect(JSON.stringify(await listPublicDrafts(world.services, world.plans.open))).not.toContain(
      "liian tiukka",
    );

    const responded = await respondToDraftComment({
      services: world.services,
      viewer: world.viewers.buyer,
      draftId,
      commentId: result.commentId,
      response: "Väljennämme vaatimusta.",
    });
    expect(responded).toEqual({ ok: true });
    expect(
      await respondToDraftComment({
        services: world.services,
        viewer: world.viewers.buyer,
        draftId,
        commentId: result.commentId,
        response: "Toinen vastaus",
      }),
    ).toEqual({ ok: false, errors: { response: "drafts.errors.alreadyResponded" } });
    const published = JSON.stringify(await listPublicDrafts(world.services, world.plans.open));
    expect(published).toContain("Laatuvaatimus 3 on liian tiukka.");
    expect(published).toContain("Väljennämme vaatimusta.");
    for (const secret of ["Yrjö", "yrjo@kirkas.example", "Kirkas", world.ids.kirkas, "user-kirkasAdmin"])
      expect(published).not.toContain(secret);
    const [mail] = await world.database.db
      .select({ subject: mailOutbox.subject })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.toAddress, "yrjo@kirkas.example")));
    expect(mail).toBeDefined();
    expect((await stepsOf(draftId)).map((step) => [step.kind, step.audience])).toEqual([
      ["draft.opened", "market"],
      ["draft.commented", "company"],
      ["draft.responded", "public"],
    ]);
    // The step of a comment never carries its text.
    expect(JSON.stringify(await stepsOf(draftId))).not.toContain("tiukka");
  });

  it("is for companies only, on a section of this draft, while the period is open", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const other = await createTestDraft(world);
    const sectionId = sectionIds[0] as string;
    await expect(comment("buyer", draftId, sectionId, "Ostajan kommentti")).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(comment("resident", draftId, sectionId, "Asukkaan kommentti")).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await comment("kirkasAdmin", draftId, other.sectionIds[0] as string, "Väärä osio")).toEqual({
      ok: false,
      errors: { sectionId: "validation.invalid" },
    });
    await closeDraft({ services: world.services, viewer: world.viewers.buyer, draftId });
    expect(await comment("kirkasAdmin", draftId, sectionId, "Liian myöhään")).toEqual({
      ok: false,
      errors: { body: "drafts.errors.closed" },
    });
    const late = await commentOnDraft({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      draftId: other.draftId,
      input: { sectionId: other.sectionIds[0] as string, body: "Määräajan jälkeen" },
      now: new Date(Date.now() + 30 * 86_400_000),
    });
    expect(late).toEqual({ ok: false, errors: { body: "drafts.errors.closed" } });
  });

  it("refuses a repeat and more than the daily number per company", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    const sectionId = sectionIds[0] as string;
    expect((await comment("kirkasAdmin", draftId, sectionId, "Sama kommentti")).ok).toBe(true);
    expect(await comment("kirkasAdmin", draftId, sectionId, "Sama kommentti")).toEqual({
      ok: false,
      errors: { body: "drafts.errors.duplicate" },
    });
    for (let index = 1; index < maxDraftCommentsPerCompanyPerDay; index += 1)
      expect((await comment("kirkasMember", draftId, sectionId, `Kommentti numero ${index}`)).ok).toBe(true);
    expect(await comment("kirkasAdmin", draftId, sectionId, "Yksi liikaa")).toEqual({
      ok: false,
      errors: { body: "drafts.errors.tooMany" },
    });
    expect((await comment("ruokaAdmin", draftId, sectionId, "Toisen yrityksen kommentti")).ok).toBe(true);
  });
});

describe("closing and the summary", () => {
  it("publishes the summary of a closed draft to everyone and e-mails the commenters once", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    await comment("ruokaAdmin", draftId, sectionIds[0] as string, "Kommentti yhteenvetoon");
    const services = world.services;
    const viewer = world.viewers.buyer;
    expect(await publishDraftSummary({ services, viewer, draftId, summary: { fi: "Yhteenveto" } })).toEqual({
      ok: false,
      error: "wrongState",
    });
    expect(await closeDraft({ services, viewer, draftId })).toEqual({ ok: true });
    expect(await closeDraft({ services, viewer, draftId })).toEqual({ ok: false, error: "wrongState" });
    const before = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "liam@ruoka.example"));
    expect(await publishDraftSummary({ services, viewer, draftId, summary: { fi: "Yhteenveto" } })).toEqual({
      ok: true,
    });
    await publishDraftSummary({ services, viewer, draftId, summary: { fi: "Korjattu yhteenveto" } });
    const after = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "liam@ruoka.example"));
    expect(after.length - before.length).toBe(1);
    const [published] = (await listPublicDrafts(services, world.plans.open)).filter((d) => d.id === draftId);
    expect(published?.summary).toEqual({ fi: "Korjattu yhteenveto" });
    expect((await stepsOf(draftId)).map((step) => step.kind)).toEqual([
      "draft.opened",
      "draft.commented",
      "draft.closed",
      "draft.summary-published",
      "draft.summary-published",
    ]);
    const list = await listDraftsForBuyer(world.database.db, viewer, world.plans.open);
    expect(list.find((d) => d.id === draftId)).toMatchObject({ state: "closed", comments: 1, unanswered: 1 });
  });

  it("lists drafts open for comment on the plans a company follows, with its own counts", async () => {
    await markInterest({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      planId: world.plans.open,
      note: "",
    });
    const { draftId, sectionIds } = await createTestDraft(world);
    await comment("kirkasAdmin", draftId, sectionIds[1] as string, "Kotisivun kommentti");
    const items = await listCompanyDraftComments(world.services, { viewer: world.viewers.kirkasMember });
    expect(items.find((item) => item.draftId === draftId)).toMatchObject({ comments: 1, answered: 0 });
    expect(await listCompanyDraftComments(world.services, { viewer: world.viewers.buyer })).toEqual([]);
  });
});

describe("the comment table", () => {
  it("keeps a response and its time together", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    await expect(
      world.database.db.insert(dialogueDraftComment).values({
        draftId,
        sectionId: sectionIds[0] as string,
        body: "x",
        response: "vastaus ilman aikaa",
      }),
    ).rejects.toThrow();
  });
});

describe("a person's data", () => {
  it("exports a commenter's comments and forgets who wrote them, keeping the comments", async () => {
    const { draftId, sectionIds } = await createTestDraft(world);
    await comment("kirkasMember", draftId, sectionIds[0] as string, "Henkilötietojen kommentti");
    const userId = world.viewers.kirkasMember.userId;
    const exported = await draftsDataOfPerson(world.database.db, userId);
    expect(exported.dialogueDraftComments.map((row) => row.body)).toContain("Henkilötietojen kommentti");
    await eraseDraftsDataOf(world.database.db, userId);
    expect((await draftsDataOfPerson(world.database.db, userId)).dialogueDraftComments).toEqual([]);
    const view = await getDraftForBuyer(world.database.db, world.viewers.buyer, draftId);
    expect(view.sections[0]?.comments[0]).toMatchObject({
      body: "Henkilötietojen kommentti",
      authorName: null,
    });
  });
});

describe("the draft as a PDF", () => {
  it("takes a PDF while the draft is prepared, shows it to the buyer only until the draft opens", async () => {
    const { draftId } = await createTestDraft(world, { sections: 1, open: false });
    const services = world.services;
    const viewer = world.viewers.buyer;
    expect(
      await attachDraftDocument({
        services,
        viewer,
        draftId,
        file: { name: "luonnos.xlsx", bytes: await sampleXlsx() },
      }),
    ).toEqual({ ok: false, errors: { file: "drafts.errors.pdfOnly" } });
    expect(
      await attachDraftDocument({
        services,
        viewer,
        draftId,
        file: { name: "luonnos.pdf", bytes: samplePdf() },
      }),
    ).toEqual({ ok: true });
    await expect(
      getDraftDocument(world.database.db, world.viewers.kirkasAdmin, world.plans.open, draftId),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await getDraftDocument(world.database.db, viewer, world.plans.open, draftId)).visibility).toBe(
      "private",
    );
    await openDraftForComment({ services, viewer, draftId });
    const opened = await getDraftDocument(world.database.db, null, world.plans.open, draftId);
    expect(opened).toMatchObject({
      visibility: "public",
      file: { fileName: "luonnos.pdf", mediaType: "application/pdf" },
    });
    const [listed] = (await listPublicDrafts(services, world.plans.open)).filter(
      (draft) => draft.id === draftId,
    );
    expect(listed?.document).toMatchObject({ fileName: "luonnos.pdf" });
    expect(await removeDraftDocument({ services, viewer, draftId })).toEqual({
      ok: false,
      errors: { form: "drafts.errors.wrongState" },
    });
  });
});
