import { eq } from "drizzle-orm";
import "../personal-data.server.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { createFixturePlan } from "../../test/plan-fixtures.ts";
import { markInterest } from "../interest/mark-interest.server.ts";
import { contactPartnerRequest } from "../partners/contact-partner-request.server.ts";
import { createPartnerRequest } from "../partners/create-partner-request.server.ts";
import { partnerRequestSchema } from "../partners/schemas.ts";
import { replyToPresentation } from "../presentations/reply-to-presentation.server.ts";
import { presentationSchema } from "../presentations/schemas.ts";
import { sendPresentation } from "../presentations/send-presentation.server.ts";
import { presentationsRecipient } from "../presentations/tables.ts";
import { matchPendingVersions } from "../watches/match-plan-version.server.ts";
import { saveWatch } from "../watches/save-watch.server.ts";
import { watchSchema } from "../watches/schemas.ts";
import { exportMyData } from "./export-my-data.server.ts";

// The export of "my data" holds what the person made in every module, and nobody else's.

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
  const { services, viewers, plans, ids, database } = world;
  const admin = viewers.kirkasAdmin;
  await saveWatch({
    db: database.db,
    viewer: admin,
    input: watchSchema.parse({
      name: "Siivous Espoossa",
      cpv: ["90900000"],
      event: ["published"],
      instant: true,
    }),
  });
  // A plan published after the watch was saved gives it a notification.
  await createFixturePlan(database, ids.espoo, { title: { fi: "Päiväkotien siivous" } });
  await matchPendingVersions(database.db);
  await markInterest({ services, viewer: admin, planId: plans.open, note: "Siivoamme kouluja." });
  const request = await createPartnerRequest({
    services,
    viewer: admin,
    planId: plans.open,
    input: partnerRequestSchema.parse({
      kind: "joint-tender",
      direction: "seeking",
      description: "Haemme kumppania ikkunanpesuun yhteistarjousta varten.",
    }),
  });
  if (!request.ok) throw new Error("partner request refused");
  // Another company's message is theirs, not the admin's.
  await contactPartnerRequest({
    services,
    viewer: viewers.ruokaAdmin,
    partnerRequestId: request.requestId,
    body: "Meillä on ikkunanpesijöitä.",
  });
  const sent = await sendPresentation({
    services,
    viewer: admin,
    companyId: ids.kirkas,
    input: presentationSchema.parse({
      title: "Ympäristömerkitty siivous",
      offering: "Koulujen siivous.",
      needs: "Koulujen siivous Espoossa.",
      cpv: ["90910000"],
      recipients: [ids.espoo],
    }),
  });
  if (!sent.ok) throw new Error("presentation refused");
  const [recipient] = await database.db
    .select({ id: presentationsRecipient.id })
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.presentationId, sent.presentationId));
  await replyToPresentation({
    services,
    viewer: admin,
    recipientId: recipient?.id ?? "",
    side: "company",
    input: { body: "Lisätietoja referensseistämme." },
  });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

describe("exporting my data", () => {
  it("includes the person's watches, notifications, interest, partner request and messages, presentation and replies", async () => {
    const data = await exportMyData({ services: world.services, viewer: world.viewers.kirkasAdmin });
    expect(data.watches).toEqual([
      expect.objectContaining({ name: "Siivous Espoossa", cpvCodes: ["90900000"] }),
    ]);
    expect(data.notifications).toEqual([expect.objectContaining({ event: "published" })]);
    expect(data.interests).toEqual([
      expect.objectContaining({ planId: world.plans.open, note: "Siivoamme kouluja." }),
    ]);
    expect(data.partnerRequests).toEqual([expect.objectContaining({ kind: "joint-tender" })]);
    expect(data.partnerMessages).toEqual([]);
    expect(data.presentations).toEqual([expect.objectContaining({ title: "Ympäristömerkitty siivous" })]);
    expect(data.presentationMessages).toEqual([
      expect.objectContaining({ side: "company", body: "Lisätietoja referensseistämme." }),
    ]);
  });

  it("holds none of that for someone who made none of it", async () => {
    const data = await exportMyData({ services: world.services, viewer: world.viewers.ruokaAdmin });
    expect(data.watches).toEqual([]);
    expect(data.notifications).toEqual([]);
    expect(data.interests).toEqual([]);
    expect(data.presentations).toEqual([]);
    expect(data.partnerMessages).toEqual([expect.objectContaining({ body: "Meillä on ikkunanpesijöitä." })]);
  });
});
