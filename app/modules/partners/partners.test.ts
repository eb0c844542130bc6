import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { consumeRateLimit, rateLimits } from "../accounts/rate-limit.server.ts";
import { auditLog } from "../audit/tables.ts";
import { mailOutbox } from "../mail/tables.ts";
import { closePartnerRequest } from "./close-partner-request.server.ts";
import { contactPartnerRequest } from "./contact-partner-request.server.ts";
import { createPartnerRequest } from "./create-partner-request.server.ts";
import { getPartnerRequestPage, listPlanPartnerRequests } from "./partner-queries.server.ts";
import { postPartnerMessage } from "./post-partner-message.server.ts";
import { maxNewThreadsPerDay, partnerMessageSchema, partnerRequestSchema } from "./schemas.ts";
import { partnersMessage, partnersThread } from "./tables.ts";
import { getPartnerThread, listCompanyPartners } from "./thread-queries.server.ts";

let world: CompanyWorld;
let requestId = "";

const input = (fields: Record<string, string>) =>
  partnerRequestSchema.parse({
    kind: "subcontracting",
    direction: "seeking",
    description: "Haemme alihankkijaa koulujen ikkunanpesuun osana siivouspalvelua.",
    ...fields,
  });

beforeAll(async () => {
  world = await createCompanyWorld();
  const created = await createPartnerRequest({
    services: world.services,
    viewer: world.viewers.kirkasMember,
    planId: world.plans.withLots,
    input: input({ lotNumber: "2" }),
  });
  if (!created.ok) throw new Error("request refused");
  requestId = created.requestId;
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

describe("partner requests", () => {
  it("are public on the plan with the company's name and text, never an address", async () => {
    const { requests: rows, canPost } = await listPlanPartnerRequests({
      db: world.database.db,
      viewer: null,
      planId: world.plans.withLots,
      locale: "fi",
    });
    expect(canPost).toBe(false);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      company: { name: "Siivouspalvelu Kirkas Oy" },
      kind: "subcontracting",
      direction: "seeking",
      lot: { number: 2, title: "Koulut" },
    });
    expect(JSON.stringify(rows)).not.toContain("@");
    const page = await getPartnerRequestPage({
      db: world.database.db,
      viewer: null,
      partnerRequestId: requestId,
      locale: "sv",
    });
    expect(page).toMatchObject({ canContact: false, canManage: false, threads: [] });
    expect(JSON.stringify(page)).not.toContain("@");
    const [entry] = await world.database.db.select().from(auditLog).where(eq(auditLog.entityId, requestId));
    expect(entry?.action).toBe("partners.request.create");
  });

  it("are refused on plans that are not public, lots that do not exist and for non-companies", async () => {
    const { services, viewers, plans } = world;
    await expect(
      createPartnerRequest({
        services,
        viewer: viewers.kirkasAdmin,
        planId: plans.internal,
        input: input({}),
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      createPartnerRequest({ services, viewer: viewers.buyer, planId: plans.open, input: input({}) }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await createPartnerRequest({
        services,
        viewer: viewers.kirkasAdmin,
        planId: plans.open,
        input: input({ lotNumber: "3" }),
      }),
    ).toEqual({ ok: false, errors: { lotNumber: "validation.invalid" } });
    expect(
      partnerRequestSchema.safeParse({ kind: "merger", direction: "seeking", description: "lyhyt" }).success,
    ).toBe(false);
    expect(partnerMessageSchema.safeParse({ body: "   " }).success).toBe(false);
  });
});

describe("contacting the poster", () => {
  let threadId = "";

  it("opens a thread, e-mails the poster's people, and hides the poster's addresses until it answers", async () => {
    const { services, viewers, database } = world;
    const contact = await contactPartnerRequest({
      services,
      viewer: viewers.ruokaAdmin,
      partnerRequestId: requestId,
      body: "Meillä on ikkunanpesijöitä Espoossa. Kiinnostaako?",
    });
    if (!contact.ok) throw new Error("contact refused");
    threadId = contact.threadId;
    const mails = await database.db.select().from(mailOutbox);
    expect(mails.map((m) => m.toAddress).sort()).toEqual(["minna@kirkas.example", "yrjo@kirkas.example"]);
    expect(mails[0]?.textBody).toContain("Lähiruoka Catering Oy");
    expect(mails[0]?.textBody).not.toContain("liam@ruoka.example");
    expect(mails[0]?.textBody).toContain(`/partners/threads/${threadId}`);

    const before = await getPartnerThread({
      db: database.db,
      viewer: viewers.ruokaAdmin,
      threadId,
      locale: "fi",
    });
    expect(before.posterHasAnswered).toBe(false);
    expect(before.messages[0]?.sender).toEqual({ name: "Liam Lindqvist", email: "liam@ruoka.example" });
    const posterView = await getPartnerThread({
      db: database.db,
      viewer: viewers.kirkasAdmin,
      threadId,
      locale: "fi",
    });
    expect(posterView.side).toBe("poster");
    expect(JSON.stringify(posterView)).not.toContain("liam@ruoka.example");
    expect(posterView.messages[0]?.companyName).toBe("Lähiruoka Catering Oy");

    await postPartnerMessage({
      services,
      viewer: viewers.kirkasAdmin,
      threadId,
      body: "Kiinnostaa, soitellaan!",
    });
    const after = await getPartnerThread({
      db: database.db,
      viewer: viewers.ruokaAdmin,
      threadId,
      locale: "fi",
    });
    expect(after.posterHasAnswered).toBe(true);
    expect(after.messages.map((m) => m.sender?.email)).toEqual(["liam@ruoka.example", "yrjo@kirkas.example"]);
    const posterAfter = await getPartnerThread({
      db: database.db,
      viewer: viewers.kirkasMember,
      threadId,
      locale: "fi",
    });
    expect(posterAfter.messages[0]?.sender?.email).toBe("liam@ruoka.example");
    // The answer e-mailed the contacting company's people (in Swedish for Liam).
    const [reply] = await database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "liam@ruoka.example"));
    expect(reply?.subject).toContain("Siivouspalvelu Kirkas Oy");
    expect(reply?.locale).toBe("sv");
  });

  it("keeps a second contact in the same thread and shows the thread to its two companies only", async () => {
    const { services, viewers, database } = world;
    const again = await contactPartnerRequest({
      services,
      viewer: viewers.ruokaAdmin,
      partnerRequestId: requestId,
      body: "Vielä yksi kysymys.",
    });
    expect(again).toEqual({ ok: true, threadId });
    for (const viewer of [null, viewers.buyer, viewers.resident, viewers.otherBuyer])
      await expect(
        getPartnerThread({ db: database.db, viewer, threadId, locale: "fi" }),
      ).rejects.toMatchObject({
        code: "not_found",
      });
    await expect(
      postPartnerMessage({ services, viewer: viewers.buyer, threadId, body: "Hei" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const poster = await getPartnerRequestPage({
      db: database.db,
      viewer: viewers.kirkasMember,
      partnerRequestId: requestId,
      locale: "fi",
    });
    expect(poster.canManage).toBe(true);
    expect(poster.threads).toMatchObject([
      { id: threadId, companyName: "Lähiruoka Catering Oy", messages: 3 },
    ]);
    const contacting = await getPartnerRequestPage({
      db: database.db,
      viewer: viewers.ruokaAdmin,
      partnerRequestId: requestId,
      locale: "fi",
    });
    expect(contacting).toMatchObject({
      canManage: false,
      canContact: false,
      ownThreadId: threadId,
      threads: [],
    });
    const overview = await listCompanyPartners({
      db: database.db,
      viewer: viewers.kirkasAdmin,
      locale: "fi",
    });
    expect(overview.requests).toMatchObject([{ id: requestId, threads: 1, status: "open" }]);
    expect(overview.threads).toMatchObject([{ id: threadId, otherCompany: "Lähiruoka Catering Oy" }]);
  });

  it("refuses the poster's own company, non-companies and closed requests", async () => {
    const { services, viewers } = world;
    for (const viewer of [viewers.kirkasAdmin, viewers.buyer])
      await expect(
        contactPartnerRequest({ services, viewer, partnerRequestId: requestId, body: "Hei" }),
      ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      closePartnerRequest({ services, viewer: viewers.ruokaAdmin, partnerRequestId: requestId }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await closePartnerRequest({ services, viewer: viewers.kirkasMember, partnerRequestId: requestId }),
    ).toEqual({
      closed: true,
    });
    expect(
      await listPlanPartnerRequests({
        db: world.database.db,
        viewer: viewers.ruokaAdmin,
        planId: world.plans.withLots,
        locale: "fi",
      }),
    ).toEqual({ requests: [], canPost: true });
    // The existing thread goes on; a company that has not written before cannot start one.
    expect(
      await contactPartnerRequest({
        services,
        viewer: viewers.ruokaAdmin,
        partnerRequestId: requestId,
        body: "Kiitos!",
      }),
    ).toMatchObject({ ok: true });
  });
});

describe("the daily limit on new threads", () => {
  it(`allows a company ${maxNewThreadsPerDay} new threads in 24 hours, then refuses with a clear error`, async () => {
    const { services, viewers, plans, database } = world;
    // Threads already started count: Lähiruoka has one.
    const [existing] = await database.db
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.organisationId, world.ids.ruoka));
    expect(existing).toBeDefined();
    const results = [];
    for (let i = 0; i < maxNewThreadsPerDay; i += 1) {
      const created = await createPartnerRequest({
        services,
        viewer: viewers.kirkasAdmin,
        planId: plans.open,
        input: input({ direction: "offering", kind: "joint-tender" }),
      });
      if (!created.ok) throw new Error("request refused");
      results.push(
        await contactPartnerRequest({
          services,
          viewer: viewers.ruokaAdmin,
          partnerRequestId: created.requestId,
          body: `Yhteydenotto ${i}`,
        }),
      );
    }
    expect(results.filter((r) => r.ok)).toHaveLength(maxNewThreadsPerDay - 1);
    expect(results.at(-1)).toEqual({ ok: false, error: "rateLimited" });
  });
});

describe("the hourly limit on messages", () => {
  it(`lets a person send ${rateLimits.messages.limit} messages an hour, then refuses without writing`, async () => {
    const { services, viewers, database } = world;
    const [thread] = await database.db
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.organisationId, world.ids.ruoka));
    const threadId = thread?.id ?? "";
    const viewer = viewers.kirkasMember;
    // The limit is the person's, whatever they wrote before in this hour (presentation replies too).
    for (let i = 1; i < rateLimits.messages.limit; i += 1)
      await consumeRateLimit(database.db, `messages:${viewer.userId}`, rateLimits.messages);
    await postPartnerMessage({ services, viewer, threadId, body: "Viimeinen tällä tunnilla." });
    const count = async () =>
      (await database.db.select().from(partnersMessage).where(eq(partnersMessage.threadId, threadId))).length;
    const before = await count();
    await expect(postPartnerMessage({ services, viewer, threadId, body: "Liikaa." })).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await count()).toBe(before);
    // Someone else in the same company still may.
    await postPartnerMessage({ services, viewer: viewers.kirkasAdmin, threadId, body: "Minä vastaan." });
    expect(await count()).toBe(before + 1);
  });
});
