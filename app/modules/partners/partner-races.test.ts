import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { createFixturePlan } from "../../test/plan-fixtures.ts";
import { plansPlan } from "../plans/tables.ts";
import { contactPartnerRequest } from "./contact-partner-request.server.ts";
import { createPartnerRequest } from "./create-partner-request.server.ts";
import { postPartnerMessage } from "./post-partner-message.server.ts";
import { maxNewThreadsPerDay, partnerRequestSchema } from "./schemas.ts";
import { partnersMessage, partnersRequest, partnersThread } from "./tables.ts";

// A company's first contact decides under a lock on the company's row: whether its thread exists and how
// many it opened today. On PostgreSQL the calls run side by side on a pool of 30 connections; PGlite has
// one connection and runs them one after another, so there only the outcome is shown. A new request
// decides under a share lock on its plan's row, so a plan withdrawn meanwhile takes no request.

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld({ poolSize: 30 });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

async function newRequest() {
  const created = await createPartnerRequest({
    services: world.services,
    viewer: world.viewers.kirkasAdmin,
    planId: world.plans.open,
    input: partnerRequestSchema.parse({
      kind: "joint-tender",
      direction: "seeking",
      description: "Haemme kumppania yhteistarjoukseen koulujen siivouksesta.",
    }),
  });
  if (!created.ok) throw new Error("request refused");
  return created.requestId;
}

async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe("concurrent first contacts", () => {
  it("open one thread when a company sends twenty first messages at once; every message lands in it", async () => {
    const requestId = await newRequest();
    const results = await race(
      Array.from(
        { length: 20 },
        (_, index) => () =>
          contactPartnerRequest({
            services: world.services,
            viewer: world.viewers.ruokaAdmin,
            partnerRequestId: requestId,
            body: `Viesti ${index}: olemme kiinnostuneita.`,
          }),
      ),
    );
    const threads = await world.database.db
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.requestId, requestId));
    expect(threads).toHaveLength(1);
    expect(results).toEqual(Array(20).fill({ ok: true, threadId: threads[0]?.id }));
    const messages = await world.database.db
      .select({ id: partnersMessage.id })
      .from(partnersMessage)
      .where(eq(partnersMessage.threadId, threads[0]?.id ?? ""));
    expect(messages).toHaveLength(20);
  });

  it(`stop at ${maxNewThreadsPerDay} new threads a day even when they all start at once`, async () => {
    const requests: string[] = [];
    for (let i = 0; i < maxNewThreadsPerDay + 5; i += 1) requests.push(await newRequest());
    const results = await race(
      requests.map(
        (partnerRequestId) => () =>
          contactPartnerRequest({
            services: world.services,
            viewer: world.viewers.ruokaAdmin,
            partnerRequestId,
            body: "Olemme kiinnostuneita yhteistarjouksesta.",
          }),
      ),
    );
    const alreadyOpen = 1; // the first test's thread counts too
    expect(results.filter((result) => result.ok)).toHaveLength(maxNewThreadsPerDay - alreadyOpen);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(5 + alreadyOpen).fill({ ok: false, error: "rateLimited" }),
    );
    const threads = await world.database.db
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.organisationId, world.ids.ruoka));
    expect(threads).toHaveLength(maxNewThreadsPerDay);
  });
});

describe("identical messages sent at once", () => {
  it("write one: the others are refused as duplicates, in a new thread and in an open one", async () => {
    // The day's new threads are used up by the test above: move them to yesterday.
    await world.database.db
      .update(partnersThread)
      .set({ createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) })
      .where(eq(partnersThread.organisationId, world.ids.ruoka));
    const requestId = await newRequest();
    const body = "Olemme kiinnostuneita, soitetaanko huomenna?";
    const contacts = await race(
      Array.from(
        { length: 10 },
        () => () =>
          contactPartnerRequest({
            services: world.services,
            viewer: world.viewers.ruokaAdmin,
            partnerRequestId: requestId,
            body,
          }),
      ),
    );
    const [thread] = await world.database.db
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.requestId, requestId));
    const threadId = thread?.id ?? "";
    expect(contacts.filter((result) => result.ok)).toEqual([{ ok: true, threadId }]);
    expect(contacts.filter((result) => !result.ok)).toEqual(
      Array(9).fill({ ok: false, error: "duplicate", threadId }),
    );
    const answers = await race(
      Array.from(
        { length: 10 },
        () => () =>
          postPartnerMessage({
            services: world.services,
            viewer: world.viewers.kirkasAdmin,
            threadId,
            body: "Sopii, soitan kymmeneltä.",
          }),
      ),
    );
    expect(answers.filter((result) => result.ok)).toHaveLength(1);
    expect(answers.filter((result) => !result.ok)).toEqual(Array(9).fill({ ok: false, error: "duplicate" }));
    const messages = await world.database.db
      .select({ body: partnersMessage.body })
      .from(partnersMessage)
      .where(eq(partnersMessage.threadId, threadId));
    expect(messages.map((message) => message.body).sort()).toEqual([body, "Sopii, soitan kymmeneltä."]);
  });
});

describe("a partner request posted while its plan is withdrawn", () => {
  it("waits for the plan's change and is refused, never left on a plan that is no longer public", async () => {
    const planId = await createFixturePlan(world.database, world.ids.espoo);
    let posted: Promise<unknown> = Promise.resolve();
    await world.database.db.transaction(async (tx) => {
      // What a plan command does: lock the row, change it, commit a moment later.
      await tx
        .select({ id: plansPlan.id })
        .from(plansPlan)
        .where(eq(plansPlan.id, planId))
        .for("no key update");
      posted = createPartnerRequest({
        services: world.services,
        viewer: world.viewers.kirkasAdmin,
        planId,
        input: partnerRequestSchema.parse({
          kind: "subcontracting",
          direction: "offering",
          description: "Tarjoamme alihankintaa ikkunanpesuun.",
        }),
      });
      posted.catch(() => {}); // awaited below, after the commit
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.update(plansPlan).set({ visibility: "internal" }).where(eq(plansPlan.id, planId));
    });
    // PostgreSQL: the request passed the first check and waited for the lock, then found the plan
    // internal. PGlite: its one connection ran the request after the commit, so the plan was not found.
    await expect(posted).rejects.toMatchObject({
      code: process.env.DATABASE_URL ? "conflict" : "not_found",
    });
    const requests = await world.database.db
      .select({ id: partnersRequest.id })
      .from(partnersRequest)
      .where(eq(partnersRequest.planId, planId));
    expect(requests).toEqual([]);
  });
});
