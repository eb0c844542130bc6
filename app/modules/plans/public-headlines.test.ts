import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { listCompanyInterests } from "../interest/interest-queries.server.ts";
import { markInterest } from "../interest/mark-interest.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { contactPartnerRequest } from "../partners/contact-partner-request.server.ts";
import { createPartnerRequest } from "../partners/create-partner-request.server.ts";
import { getPartnerRequestPage } from "../partners/partner-queries.server.ts";
import { postPartnerMessage } from "../partners/post-partner-message.server.ts";
import { partnerRequestSchema } from "../partners/schemas.ts";
import { getPartnerThread, listCompanyPartners } from "../partners/thread-queries.server.ts";
import { deliverInstantNotifications, deliverWeeklyDigest } from "../watches/deliver-notifications.server.ts";
import { matchPendingVersions } from "../watches/match-plan-version.server.ts";
import { saveWatch } from "../watches/save-watch.server.ts";
import { watchSchema } from "../watches/schemas.ts";
import { listNotifications } from "../watches/watch-queries.server.ts";
import { createPlan } from "./create-plan.server.ts";
import { listPublicHeadlines } from "./public-headlines.server.ts";
import { getPublicPlanDetail } from "./public-plan-detail.server.ts";
import { planInputSchema } from "./schemas.ts";
import { updatePlan } from "./update-plan.server.ts";

// Issue 11 §4 and §16: a public plan pulled back to internal and edited. Its new text is the
// organisation's own: no watch e-mail, digest, notification list, partner or interest page may show it,
// and the reason given for pulling it back stays out of the public version list after it is republished.

const marker = "SALAINEN-OTSIKKO-7f3a";
const needMarker = "SALAINEN-TARVE-7f3a";
const reasonMarker = "SALAINEN-SYY-7f3a";
let world: CompanyWorld;
let pulled = "";
let edited = "";
let threadId = "";
let partnerRequestId = "";

const planInput = (fields: Record<string, unknown>) =>
  planInputSchema.parse({
    title: { fi: "Koulujen ikkunanpesu" },
    need: { fi: "Ikkunat pestään kahdesti vuodessa." },
    mainCpv: "90911300",
    estimatedValueEur: 80_000,
    tenderYear: 2030,
    tenderQuarter: 2,
    isDividedIntoLots: false,
    noLotsReason: { fi: "Pieni kokonaisuus." },
    visibility: "public",
    ...fields,
  });

const outboxText = async () =>
  (await world.database.db.select().from(mailOutbox))
    .map((mail) => `${mail.subject}\n${mail.textBody}\n${mail.htmlBody}`)
    .join("\n");

beforeAll(async () => {
  world = await createCompanyWorld();
  const { db } = world.database;
  const { services, viewers } = world;
  for (const [viewer, delivery] of [
    [viewers.kirkasAdmin, { instant: true }],
    [viewers.kirkasMember, { digest: true }],
  ] as const) {
    const saved = await saveWatch({
      db,
      viewer,
      input: watchSchema.parse({
        name: "Ikkunat",
        cpv: ["90911000"],
        event: ["published", "changed"],
        ...delivery,
      }),
    });
    expect(saved.ok).toBe(true);
  }
  const create = async (input: ReturnType<typeof planInput>) => {
    const result = await createPlan({
      services,
      viewer: viewers.buyer,
      organisationId: world.ids.espoo,
      input,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.planId;
  };
  pulled = await create(planInput({}));
  edited = await create(planInput({ title: { fi: "Päiväkotien ikkunanpesu" } }));
  await matchPendingVersions(db);
  for (const planId of [pulled, edited])
    await markInterest({ services, viewer: viewers.kirkasAdmin, planId });
  const request = await createPartnerRequest({
    services,
    viewer: viewers.kirkasMember,
    planId: pulled,
    input: partnerRequestSchema.parse({
      kind: "subcontracting",
      direction: "seeking",
      description: "Haemme alihankkijaa korkeiden ikkunoiden pesuun.",
    }),
  });
  if (!request.ok) throw new Error("request refused");
  partnerRequestId = request.requestId;
  const contact = await contactPartnerRequest({
    services,
    viewer: viewers.ruokaAdmin,
    partnerRequestId,
    body: "Meillä on nostin, voimme auttaa.",
  });
  if (!contact.ok) throw new Error("contact refused");
  threadId = contact.threadId;

  // The still-public plan changes its title in public; the other is pulled back with new, private text.
  const changed = await updatePlan({
    services,
    viewer: viewers.buyer,
    planId: edited,
    input: planInput({ title: { fi: "Päiväkotien ja koulujen ikkunanpesu" } }),
    reason: "Laajennettu kouluihin",
  });
  expect(changed.ok).toBe(true);
  const hidden = await updatePlan({
    services,
    viewer: viewers.buyer,
    planId: pulled,
    input: planInput({ visibility: "internal", title: { fi: marker }, need: { fi: needMarker } }),
    reason: reasonMarker,
  });
  expect(hidden.ok).toBe(true);
  // The pulled plan's mails were owed before it was pulled back; they are sent only now.
  await matchPendingVersions(db);
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

describe("the public headline of plans", () => {
  it("gives the last public version of public plans and nothing for a plan pulled back", async () => {
    const headlines = await listPublicHeadlines(world.database.db, [pulled, edited, world.plans.internal]);
    expect([...headlines.keys()]).toEqual([edited]);
    expect(headlines.get(edited)).toMatchObject({
      title: { fi: "Päiväkotien ja koulujen ikkunanpesu" },
      organisationName: { fi: "Espoon kaupunki" },
      status: "idea",
      tenderYear: 2030,
      tenderQuarter: 2,
    });
  });

  it("keeps the new text out of watch e-mails, the digest and the notification list", async () => {
    const settings = world.services.mailSettings;
    await deliverInstantNotifications({ db: world.database.db, settings });
    await deliverWeeklyDigest({ db: world.database.db, settings });
    const mails = await outboxText();
    expect(mails).toContain("Päiväkotien ja koulujen ikkunanpesu");
    expect(mails).not.toContain(marker);
    expect(mails).not.toContain(needMarker);
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.kirkasMember]) {
      const list = await listNotifications(world.database.db, viewer, { page: 1, locale: "fi" });
      expect(list.items.length).toBeGreaterThan(0);
      expect(JSON.stringify(list)).not.toContain(marker);
      expect(list.items.filter((item) => item.planId === pulled).map((item) => item.planTitle)).toEqual(
        list.items.filter((item) => item.planId === pulled).map(() => null),
      );
    }
  });

  it("keeps it off the partner and interest pages and out of partner e-mails", async () => {
    const { db } = world.database;
    const { viewers, services } = world;
    const overview = await listCompanyPartners({ db, viewer: viewers.kirkasMember, locale: "fi" });
    expect(overview.requests).toHaveLength(1);
    expect(overview.requests[0]?.planTitle).toBeNull();
    const page = await getPartnerRequestPage({
      db,
      viewer: viewers.kirkasMember,
      partnerRequestId,
      locale: "fi",
    });
    expect(page.plan.title).toBeNull();
    for (const viewer of [viewers.kirkasMember, viewers.ruokaAdmin]) {
      const thread = await getPartnerThread({ db, viewer, threadId, locale: "fi" });
      expect(thread.plan.title).toBeNull();
    }
    await postPartnerMessage({
      services,
      viewer: viewers.kirkasMember,
      threadId,
      body: "Kiitos, soitetaan.",
    });
    const interests = await listCompanyInterests({ db, viewer: viewers.kirkasAdmin, locale: "fi" });
    expect(interests.map((interest) => interest.title)).toEqual(["Päiväkotien ja koulujen ikkunanpesu"]);
    const everything = JSON.stringify([overview, page, interests]) + (await outboxText());
    expect(everything).not.toContain(marker);
    expect(everything).not.toContain(needMarker);
  });

  it("leaves the reason for pulling a plan back out of its public versions after it is republished", async () => {
    const republished = await updatePlan({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: pulled,
      input: planInput({ title: { fi: "Koulujen ikkunanpesu 2030" } }),
    });
    expect(republished.ok).toBe(true);
    const detail = await getPublicPlanDetail({
      db: world.database.db,
      locale: "fi",
      viewer: null,
      planId: pulled,
    });
    expect(detail?.title).toBe("Koulujen ikkunanpesu 2030");
    expect(detail?.versions.map((version) => version.version)).toEqual([3, 1]);
    expect(JSON.stringify(detail)).not.toContain(reasonMarker);
    const headlines = await listPublicHeadlines(world.database.db, [pulled]);
    expect(headlines.get(pulled)?.title).toEqual({ fi: "Koulujen ikkunanpesu 2030" });
  });
});
