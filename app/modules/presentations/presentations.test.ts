import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../../services.ts";
import { samplePdf } from "../../test/attachment-files.ts";
import { createFixturePlan } from "../../test/plan-fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { consumeRateLimit, rateLimits } from "../accounts/rate-limit.server.ts";
import { auditLog } from "../audit/tables.ts";
import { mailOutbox } from "../mail/tables.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { getPresentationAttachment } from "./attachment-queries.server.ts";
import { changeRecipientState } from "./change-recipient-state.server.ts";
import { getInboxItem, listInbox } from "./inbox-queries.server.ts";
import { presentationFormToInput, readPresentationForm } from "./presentation-form.ts";
import { emailOf, ids, seedPresentationsFixtures, viewerOf } from "./presentations-fixtures.ts";
import { replyToPresentation } from "./reply-to-presentation.server.ts";
import { maxPresentationsPerDay } from "./rules.ts";
import { presentationSchema, recipientStateSchema } from "./schemas.ts";
import { sendPresentation } from "./send-presentation.server.ts";
import { getSentPresentation } from "./sent-queries.server.ts";
import { presentationsMessage, presentationsPresentation, presentationsRecipient } from "./tables.ts";

let database: TestDatabase;
let services: Services;
let publicPlan: string;
let draftPlan: string;
let porvooPlan: string;

const input = (fields: Record<string, string | string[]> = {}) =>
  presentationSchema.parse(
    presentationFormToInput(
      readPresentationForm(
        Object.entries({
          title: "Koulujen ylläpitosiivous",
          offering: "Päivittäinen siivous Joutsenmerkityillä aineilla.",
          needs: "Koulujen ja päiväkotien siivous.",
          cpv: "90910000-9, 90919200",
          recipients: [ids.espoo, ids.porvoo],
          ...fields,
        }).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : [value]).map((item) => [key, item] as [string, string]),
        ),
      ),
    ),
  );
const send = (personId: string, companyId: string, fields = {}, files = [] as never[]) =>
  sendPresentation({ services, viewer: viewerOf(personId), companyId, input: input(fields), files });
const outbox = async () => (await database.db.select().from(mailOutbox)).map((m) => [m.toAddress, m.subject]);
const clearOutbox = () => database.db.delete(mailOutbox);

let presentationId = "";
let espooItem = "";
let porvooItem = "";

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  services = await seedPresentationsFixtures(database);
  publicPlan = await createFixturePlan(database, ids.espoo);
  draftPlan = await createFixturePlan(database, ids.espoo, { visibility: "draft" });
  porvooPlan = await createFixturePlan(database, ids.porvoo);
}, 120_000);
afterAll(async () => {
  await database?.dispose();
});

describe("sending a presentation", () => {
  it("stores one presentation and a recipient per buyer, audited, and e-mails each recipient's buyer-admins", async () => {
    const result = await sendPresentation({
      services,
      viewer: viewerOf("kirkas-member"),
      companyId: ids.kirkas,
      input: input({ planId: `http://localhost:3000/fi/plans/${publicPlan}` }),
      files: [{ name: "Esite.pdf", bytes: samplePdf("Esite") }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    presentationId = result.presentationId;
    const recipients = await database.db
      .select()
      .from(presentationsRecipient)
      .where(eq(presentationsRecipient.presentationId, presentationId));
    expect(recipients.map((r) => r.state)).toEqual(["new", "new"]);
    espooItem = recipients.find((r) => r.organisationId === ids.espoo)?.id ?? "";
    porvooItem = recipients.find((r) => r.organisationId === ids.porvoo)?.id ?? "";
    const sent = await getSentPresentation({
      services,
      viewer: viewerOf("kirkas-admin"),
      presentationId,
      locale: "fi",
    });
    expect(sent.cpv.map((c) => c.code)).toEqual(["90910000", "90919200"]);
    expect(sent.plan?.id).toBe(publicPlan);
    expect(sent.attachments.map((a) => a.fileName)).toEqual(["Esite.pdf"]);
    expect(sent.recipients.map((r) => [r.organisationName, r.state])).toEqual([
      ["Espoon kaupunki", "new"],
      ["Porvoon kaupunki", "new"],
    ]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, presentationId));
    expect(entry).toMatchObject({ action: "presentations.send", organisationId: ids.kirkas });
    expect((await outbox()).sort()).toEqual([
      [emailOf("espoo-admin"), "Uusi palveluesittely: Siivouspalvelu Kirkas Oy"],
      [emailOf("porvoo-admin"), "Ny presentation av tjänster: Siivouspalvelu Kirkas Oy"],
    ]);
    await clearOutbox();
  });

  it("lets only the company's own members send, and refuses bad recipients, codes, plans and files", async () => {
    for (const [person, company] of [
      ["ruoka-admin", ids.kirkas],
      ["espoo-admin", ids.kirkas],
      ["advisor", ids.kirkas],
      ["espoo-buyer", ids.espoo],
    ] as const)
      await expect(send(person, company)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      sendPresentation({ services, viewer: null, companyId: ids.kirkas, input: input() }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const before = await database.db.select().from(presentationsPresentation);
    expect(await send("kirkas-admin", ids.kirkas, { recipients: [ids.ruoka] })).toEqual({
      ok: false,
      errors: { recipients: "presentations.errors.recipients" },
    });
    expect(await send("kirkas-admin", ids.kirkas, { cpv: "99999999", planId: draftPlan })).toEqual({
      ok: false,
      errors: { "cpv.0": "plans.errors.cpvUnknown", planId: "presentations.errors.plan" },
    });
    const renamed = { name: "Esite.pdf", bytes: new TextEncoder().encode("ei pdf") };
    expect(await send("kirkas-admin", ids.kirkas, {}, [renamed] as never[])).toEqual({
      ok: false,
      errors: { files: "attachments.errors.fileType" },
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, bytes: samplePdf(`${i}`) }));
    expect(await send("kirkas-admin", ids.kirkas, {}, six as never[])).toEqual({
      ok: false,
      errors: { files: "presentations.errors.tooManyFiles" },
    });
    expect(presentationSchema.safeParse(presentationFormToInput(readPresentationForm([]))).success).toBe(
      false,
    );
    expect(await database.db.select().from(presentationsPresentation)).toEqual(before);
    expect(await outbox()).toEqual([]);
  });

  it(`refuses the ${maxPresentationsPerDay + 1}th presentation in 24 hours with a clear error`, async () => {
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await database.db.insert(presentationsPresentation).values([
      { companyId: ids.ruoka, title: "Vanha", offering: "x", needs: "x", createdAt: old },
      ...Array.from({ length: maxPresentationsPerDay - 1 }, (_, i) => ({
        companyId: ids.ruoka,
        title: `Esittely ${i}`,
        offering: "x",
        needs: "x",
      })),
    ]);
    expect((await send("ruoka-admin", ids.ruoka, { recipients: [ids.espoo] })).ok).toBe(true);
    expect(await send("ruoka-admin", ids.ruoka, { recipients: [ids.espoo] })).toEqual({
      ok: false,
      errors: { form: "presentations.errors.rateLimited" },
      rateLimited: true,
    });
    // Another company's count is its own.
    expect((await send("kirkas-admin", ids.kirkas, { recipients: [ids.espoo] })).ok).toBe(true);
    await clearOutbox();
  });
});

describe("the buyer's inbox", () => {
  it("shows the organisation's own presentations to its buyers only, paged and by state", async () => {
    const inbox = await listInbox({ services, viewer: viewerOf("espoo-leader"), organisationId: ids.espoo });
    expect(inbox.rows.length).toBe(3);
    expect(inbox.counts).toEqual({ new: 3, reviewed: 0, linked: 0, archived: 0 });
    const porvoo = await listInbox({
      services,
      viewer: viewerOf("porvoo-admin"),
      organisationId: ids.porvoo,
    });
    expect(porvoo.rows.map((row) => row.id)).toEqual([porvooItem]);
    for (const person of ["kirkas-admin", "porvoo-admin", "advisor"])
      await expect(
        listInbox({ services, viewer: viewerOf(person), organisationId: ids.espoo }),
      ).rejects.toMatchObject({ code: "forbidden" });
    // Porvoo's copy is not found under Espoo's inbox.
    await expect(
      getInboxItem({
        services,
        viewer: viewerOf("espoo-admin"),
        organisationId: ids.espoo,
        recipientId: porvooItem,
        locale: "fi",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const item = await getInboxItem({
      services,
      viewer: viewerOf("espoo-buyer"),
      organisationId: ids.espoo,
      recipientId: espooItem,
      locale: "fi",
    });
    expect(item.company.name).toBe("Siivouspalvelu Kirkas Oy");
    expect(item.planOptions.map((plan) => plan.id).sort()).toEqual([publicPlan, draftPlan].sort());
    expect(item.canHandle).toBe(true);
    // Leadership reads the item but cannot link a plan, so it is not given the draft titles either.
    const read = await getInboxItem({
      services,
      viewer: viewerOf("espoo-leader"),
      organisationId: ids.espoo,
      recipientId: espooItem,
      locale: "fi",
    });
    expect(read.canHandle).toBe(false);
    expect(read.planOptions).toEqual([]);
  });

  it("moves the state any way, links only the organisation's own plans, audited; leadership only reads", async () => {
    const change = (person: string, state: Record<string, string>, recipientId = espooItem) =>
      changeRecipientState({
        services,
        viewer: viewerOf(person),
        organisationId: ids.espoo,
        recipientId,
        input: recipientStateSchema.parse(state),
      });
    expect(await change("espoo-buyer", { state: "reviewed" })).toEqual({ ok: true });
    expect(await change("espoo-buyer", { state: "linked", planId: porvooPlan })).toEqual({
      ok: false,
      errors: { planId: "presentations.errors.linkPlan" },
    });
    expect(recipientStateSchema.safeParse({ state: "linked" }).success).toBe(false);
    expect(await change("espoo-admin", { state: "linked", planId: draftPlan })).toEqual({ ok: true });
    expect(await change("espoo-admin", { state: "archived" })).toEqual({ ok: true });
    expect(await change("espoo-admin", { state: "new" })).toEqual({ ok: true });
    await expect(change("espoo-leader", { state: "archived" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(change("kirkas-admin", { state: "archived" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(change("espoo-admin", { state: "archived" }, porvooItem)).rejects.toMatchObject({
      code: "not_found",
    });
    const entries = await database.db
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, "presentations.state"), eq(auditLog.entityId, espooItem)));
    expect(entries.map((e) => (e.summary as { to: string }).to)).toEqual([
      "reviewed",
      "linked",
      "archived",
      "new",
    ]);
  });
});

describe("replies", () => {
  it("e-mails the company's members when the buyer replies, and the buyers when the company answers", async () => {
    await replyToPresentation({
      services,
      viewer: viewerOf("espoo-buyer"),
      recipientId: espooItem,
      side: "buyer",
      input: { body: "Kiitos, kerromme lisää markkinavuoropuhelussa." },
    });
    expect((await outbox()).sort()).toEqual([
      [emailOf("kirkas-admin"), "Espoon kaupunki vastasi esittelyynne"],
      [emailOf("kirkas-member"), "Espoon kaupunki svarade på er presentation"],
    ]);
    await clearOutbox();
    await replyToPresentation({
      services,
      viewer: viewerOf("kirkas-member"),
      recipientId: espooItem,
      side: "company",
      input: { body: "Kiitos vastauksesta!" },
    });
    expect((await outbox()).map(([to]) => to).sort()).toEqual([
      emailOf("espoo-admin"),
      emailOf("espoo-buyer"),
    ]);
    const [recipient] = await database.db
      .select()
      .from(presentationsRecipient)
      .where(eq(presentationsRecipient.id, espooItem));
    // A reply to a new presentation marks it reviewed.
    expect(recipient?.state).toBe("reviewed");
    const sent = await getSentPresentation({
      services,
      viewer: viewerOf("kirkas-admin"),
      presentationId,
      locale: "sv",
    });
    expect(sent.recipients[0]?.messages.map((m) => [m.side, m.authorName])).toEqual([
      ["buyer", "Aino Asiantuntija"],
      ["company", "Maja Säljare"],
    ]);
    const replies = await database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ["presentations.reply"]));
    expect(replies).toHaveLength(2);
    expect(JSON.stringify(replies)).not.toContain("markkinavuoropuhelussa");
  });

  it("refuses replies from those who may not see the thread, and leadership", async () => {
    const reply = (person: string, side: "buyer" | "company", recipientId = espooItem) =>
      replyToPresentation({ services, viewer: viewerOf(person), recipientId, side, input: { body: "Hei" } });
    await expect(reply("espoo-leader", "buyer")).rejects.toMatchObject({ code: "forbidden" });
    await expect(reply("porvoo-admin", "buyer")).rejects.toMatchObject({ code: "not_found" });
    await expect(reply("ruoka-admin", "company")).rejects.toMatchObject({ code: "not_found" });
    await expect(reply("espoo-admin", "company")).rejects.toMatchObject({ code: "not_found" });
    await expect(
      getSentPresentation({ services, viewer: viewerOf("ruoka-admin"), presentationId, locale: "fi" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a reply over the person's hourly message limit, writing nothing", async () => {
    const viewer = viewerOf("espoo-admin");
    for (let i = 0; i < rateLimits.messages.limit; i += 1)
      await consumeRateLimit(database.db, `messages:${viewer.userId}`, rateLimits.messages);
    const messages = async () => (await database.db.select().from(presentationsMessage)).length;
    const before = await messages();
    await expect(
      replyToPresentation({
        services,
        viewer,
        recipientId: espooItem,
        side: "buyer",
        input: { body: "Hei" },
      }),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect(await messages()).toBe(before);
  });
});

describe("a message sent twice", () => {
  it("refuses the same text from the same person in the same thread within a minute, even sent at once", async () => {
    const body = "Voimmeko sopia tapaamisen ensi viikolla?";
    const reply = (person: string) =>
      replyToPresentation({
        services,
        viewer: viewerOf(person),
        recipientId: porvooItem,
        side: "company",
        input: { body },
      });
    // Eight identical posts at once (side by side on PostgreSQL's pool, one after another on PGlite).
    const results = await Promise.all(Array.from({ length: 8 }, () => reply("kirkas-member")));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(7).fill({ ok: false, error: "duplicate" }));
    const written = await database.db
      .select({ id: presentationsMessage.id })
      .from(presentationsMessage)
      .where(and(eq(presentationsMessage.recipientId, porvooItem), eq(presentationsMessage.body, body)));
    expect(written).toHaveLength(1);
    // Another person of the same company may say the same thing, and a different text goes through.
    expect((await reply("kirkas-admin")).ok).toBe(true);
    const other = await replyToPresentation({
      services,
      viewer: viewerOf("kirkas-member"),
      recipientId: porvooItem,
      side: "company",
      input: { body: `${body} Tiistai sopisi meille.` },
    });
    expect(other.ok).toBe(true);
    // After the minute the same text may be sent again.
    await database.db
      .update(presentationsMessage)
      .set({ createdAt: new Date(Date.now() - 61_000) })
      .where(eq(presentationsMessage.recipientId, porvooItem));
    expect((await reply("kirkas-member")).ok).toBe(true);
  });
});

describe("attachments", () => {
  it("serves a presentation's file to the company's members and the recipients' buyers only", async () => {
    const sent = await getSentPresentation({
      services,
      viewer: viewerOf("kirkas-admin"),
      presentationId,
      locale: "fi",
    });
    const attachmentId = sent.attachments[0]?.id ?? "";
    const download = (person: string) =>
      getPresentationAttachment({ services, viewer: viewerOf(person), presentationId, attachmentId });
    for (const person of ["kirkas-member", "espoo-leader", "porvoo-admin"])
      expect((await download(person)).fileName).toBe("Esite.pdf");
    for (const person of ["ruoka-admin", "advisor"])
      await expect(download(person)).rejects.toMatchObject({ code: "not_found" });
  });
});
