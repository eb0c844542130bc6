import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { accountsUser } from "../accounts/tables.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { auditLog } from "../audit/tables.ts";
import { mailOutbox, mailSuppression } from "../mail/tables.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";
import { createPlan } from "../plans/create-plan.server.ts";
import { planInputSchema } from "../plans/schemas.ts";
import { transitionPlan } from "../plans/transition-plan.server.ts";
import { loadReferenceData } from "../reference-data/index.server.ts";
import { deliverInstantNotifications, deliverWeeklyDigest } from "./deliver-notifications.server.ts";
import { eventsOfVersion } from "./events.ts";
import { matchPendingVersions } from "./match-plan-version.server.ts";
import { saveWatch } from "./save-watch.server.ts";
import { watchFormInput, watchSchema } from "./schemas.ts";
import { watchesNotification, watchesPendingVersion } from "./tables.ts";
import { describeWatchCriteria } from "./watch-criteria.server.ts";
import { listWatches } from "./watch-queries.server.ts";
import { watchTopic } from "./watch-topic.ts";

let database: TestDatabase;
const espoo = randomUUID();
const tampere = randomUUID();
const settings = { publicUrl: "https://hankintasilta.test", unsubscribeSecret: "s".repeat(32) };
const buyerOf = (organisationId: string): Viewer => ({
  userId: `buyer-${organisationId}`,
  name: "Helmi Hankkija",
  email: "hankinnat@example.fi",
  locale: "fi",
  isPlatformAdmin: false,
  memberships: [{ organisationId, name: "Kunta", kind: "municipality", role: "buyer" }],
  activeOrganisationId: organisationId,
});
const person = (id: string, email: string, locale = "fi"): Viewer => ({
  userId: id,
  name: id,
  email,
  locale: locale as "fi",
  isPlatformAdmin: false,
  memberships: [],
  activeOrganisationId: null,
});
const anna = person("anna", "anna@kirkas.example");
const bo = person("bo", "bo@example.se", "sv");

const watch = async (viewer: Viewer, fields: Record<string, string | string[]>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  const parsed = watchSchema.parse(watchFormInput(params));
  const result = await saveWatch({ db: database.db, viewer, input: parsed });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.watchId;
};
const plan = async (organisationId: string, overrides: Record<string, unknown> = {}) => {
  const result = await createPlan({
    services: { database },
    viewer: buyerOf(organisationId),
    organisationId,
    input: planInputSchema.parse({
      title: { fi: "Koulujen siivouspalvelut", sv: "Städtjänster för skolor" },
      need: { fi: "Puhtaat oppimisympäristöt 30 koululle." },
      mainCpv: "90911200-8",
      estimatedValueEur: 450_000,
      valueCategory: "goods-services",
      tenderYear: 2027,
      tenderMonth: 3,
      isDividedIntoLots: false,
      noLotsReason: { fi: "Yksi kokonaisuus." },
      visibility: "public",
      ...overrides,
    }),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.planId;
};
const notificationsOf = (planId: string) =>
  database.db
    .select({ watchId: watchesNotification.watchId, event: watchesNotification.event })
    .from(watchesNotification)
    .where(eq(watchesNotification.planId, planId));

beforeAll(async () => {
  database = await createTestDatabase();
  await loadReferenceData({ db: database.db });
  await database.db.insert(organisationsOrganisation).values([
    { id: espoo, name: "Espoon kaupunki", slug: "espoo", kind: "municipality", municipalityCode: "049" },
    {
      id: tampere,
      name: "Tampereen kaupunki",
      slug: "tampere",
      kind: "municipality",
      municipalityCode: "837",
    },
  ]);
  await database.db.insert(accountsUser).values([
    { id: "anna", name: "Anna", email: "anna@kirkas.example", emailVerified: true, locale: "fi" },
    { id: "bo", name: "Bo", email: "bo@example.se", emailVerified: true, locale: "sv" },
  ]);
  // An earlier public plan puts its words in the search lexicon, which corrects a watch's typos. No
  // watch exists yet, so it waits for no matching.
  await plan(tampere, { title: { fi: "Toimistojen siivouspalvelut" } });
  expect(await database.db.select().from(watchesPendingVersion)).toEqual([]);
}, 60_000);
afterAll(async () => {
  await database?.dispose();
});

describe("events of a plan version", () => {
  it("names publication, dialogue, tender and material changes, and ignores the rest", () => {
    expect(eventsOfVersion({ version: 1, changes: {} })).toEqual(["published"]);
    expect(eventsOfVersion({ version: 4, changes: { visibility: { from: "draft", to: "public" } } })).toEqual(
      ["published"],
    );
    expect(
      eventsOfVersion({ version: 2, changes: { status: { from: "idea", to: "market-dialogue" } } }),
    ).toEqual(["dialogue-opened"]);
    expect(
      eventsOfVersion({
        version: 2,
        changes: { status: { from: "x", to: "tender-published" }, hilmaNotice: { from: null, to: "1" } },
      }),
    ).toEqual(["tender-published"]);
    expect(eventsOfVersion({ version: 2, changes: { tenderYear: { from: 2027, to: 2028 } } })).toEqual([
      "changed",
    ]);
    expect(eventsOfVersion({ version: 2, changes: { contactPhone: { from: "1", to: "2" } } })).toEqual([]);
    expect(
      eventsOfVersion({ version: 2, changes: { status: { from: "idea", to: "market-research" } } }),
    ).toEqual([]);
  });
});

describe("saving a watch", () => {
  it("refuses unknown codes and a watch without delivery, and audits what it saves", async () => {
    const noDelivery = watchSchema.safeParse(watchFormInput(new URLSearchParams("name=X&event=published")));
    expect(noDelivery.success).toBe(false);
    expect(noDelivery.error?.issues.map((issue) => issue.message)).toContain("watches.errors.delivery");
    const input = watchSchema.parse(
      watchFormInput(new URLSearchParams("name=X&event=published&instant=on&cpv=99999999&region=77")),
    );
    const result = await saveWatch({ db: database.db, viewer: anna, input });
    expect(result).toEqual({
      ok: false,
      errors: { cpv: "plans.errors.cpvUnknown", region: "watches.errors.unknownPlace" },
    });
    await expect(saveWatch({ db: database.db, viewer: null, input })).rejects.toThrow("unauthenticated");
    const id = await watch(anna, { name: "Audit", event: "published", instant: "on", cpv: "45000000" });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry?.action).toBe("watches.create");
  });
});

describe("matching", () => {
  it("matches a new public plan to exactly the watches whose criteria it meets, once", async () => {
    const cleaningUusimaa = await watch(anna, {
      name: "Siivous Uusimaa",
      cpv: "90900000",
      region: "01",
      event: "published",
      instant: "on",
    });
    const cleaningPirkanmaa = await watch(anna, {
      name: "Siivous Pirkanmaa",
      cpv: "90900000",
      region: "06",
      event: "published",
      instant: "on",
    });
    const compound = await watch(bo, {
      name: "siivous",
      keywords: "siivous",
      event: "published",
      digest: "on",
    });
    const typo = await watch(bo, {
      name: "typo",
      keywords: "siivouspalvelur",
      event: "published",
      digest: "on",
    });
    const espooOnly = await watch(bo, {
      name: "Espoo",
      organisation: "espoo",
      event: "published",
      instant: "on",
    });
    const belowNational = await watch(bo, {
      name: "Pienhankinnat",
      valueBand: "below-national",
      event: "published",
      instant: "on",
    });
    const dialogueOnly = await watch(bo, { name: "Dialogi", event: "dialogue-opened", instant: "on" });
    const building = await watch(bo, {
      name: "Rakentaminen",
      cpv: "45000000",
      event: "published",
      instant: "on",
    });

    const planId = await plan(espoo);
    await plan(tampere, { visibility: "draft" });
    expect(await matchPendingVersions(database.db)).toEqual({ versions: 1, notifications: 4 });
    const matched = (await notificationsOf(planId)).map((row) => row.watchId).sort();
    expect(matched).toEqual([cleaningUusimaa, compound, typo, espooOnly].sort());
    expect(matched).not.toContain(cleaningPirkanmaa);
    expect(matched).not.toContain(belowNational);
    expect(matched).not.toContain(dialogueOnly);
    expect(matched).not.toContain(building);

    // A retry of the same version (a restart after a crash) adds nothing.
    await database.db.insert(watchesPendingVersion).values({ planId, version: 1 });
    expect(await matchPendingVersions(database.db)).toEqual({ versions: 1, notifications: 0 });

    await transitionPlan({
      services: { database },
      viewer: buyerOf(espoo),
      planId,
      transition: { to: "market-dialogue" },
    });
    await matchPendingVersions(database.db);
    const events = (await notificationsOf(planId)).filter((row) => row.watchId === dialogueOnly);
    expect(events).toEqual([{ watchId: dialogueOnly, event: "dialogue-opened" }]);

    // The list counts each watch's own notifications and names its criteria in the person's language.
    const listed = await listWatches(database.db, anna);
    expect(Object.fromEntries(listed.map((w) => [w.name, w.notifications]))).toMatchObject({
      "Siivous Uusimaa": 1,
      "Siivous Pirkanmaa": 0,
    });
    expect((await describeWatchCriteria(database.db, listed, "sv"))[cleaningUusimaa]).toEqual([
      { kind: "cpv", label: "90900000 Städning och renhållning" },
      { kind: "region", label: "Nyland" },
    ]);
  });

  it("queues one instant e-mail per notification with a one-click unsubscribe, and honours it", async () => {
    const before = await database.db.select().from(mailOutbox);
    const queued = await deliverInstantNotifications({ db: database.db, settings });
    const mails = (await database.db.select().from(mailOutbox)).filter(
      (m) => !before.some((b) => b.id === m.id),
    );
    expect(queued).toBe(mails.length);
    const annas = mails.filter((mail) => mail.toAddress === "anna@kirkas.example");
    expect(annas).toHaveLength(1);
    expect(annas[0]?.subject).toBe("Uusi hankintasuunnitelma: Koulujen siivouspalvelut");
    expect(annas[0]?.textBody).toContain("https://hankintasilta.test/fi/plans/");
    expect(annas[0]?.textBody).toContain("Hakuvahti: Siivous Uusimaa");
    expect(annas[0]?.unsubscribeUrl).toMatch(/^https:\/\/hankintasilta\.test\/fi\/unsubscribe\?token=/);
    expect(mails.find((mail) => mail.toAddress === "bo@example.se")?.subject).toMatch(
      /^(Ny upphandlingsplan|Marknadsdialog öppnad): /,
    );
    expect(await deliverInstantNotifications({ db: database.db, settings })).toBe(0);

    // After a one-click unsubscribe from the watch, a new matching plan makes an in-app notification only.
    const [annaWatch] = await database.db
      .select({ watchId: watchesNotification.watchId })
      .from(watchesNotification)
      .where(eq(watchesNotification.userId, "anna"));
    await database.db
      .insert(mailSuppression)
      .values({ address: "anna@kirkas.example", topic: watchTopic(annaWatch?.watchId ?? "") });
    const second = await plan(espoo, { title: { fi: "Päiväkotien siivous" } });
    await matchPendingVersions(database.db);
    expect((await notificationsOf(second)).some((row) => row.watchId === annaWatch?.watchId)).toBe(true);
    const count = (await database.db.select().from(mailOutbox)).length;
    await deliverInstantNotifications({ db: database.db, settings });
    const after = await database.db.select().from(mailOutbox);
    expect(after.filter((mail) => mail.toAddress === "anna@kirkas.example").length).toBe(annas.length);
    expect(after.length).toBeGreaterThan(count);
  });

  it("sends a weekly digest grouped by watch, without what went out instantly, and only once", async () => {
    const before = (await database.db.select().from(mailOutbox)).length;
    const result = await deliverWeeklyDigest({ db: database.db, settings });
    expect(result.people).toBe(1);
    const mails = (await database.db.select().from(mailOutbox)).slice(before);
    const digest = mails.find((mail) => mail.toAddress === "bo@example.se");
    expect(digest?.subject).toMatch(/^Veckosammandrag av dina bevakningar \(\d+\)$/);
    expect(digest?.textBody).toContain("Bevakning: siivous");
    expect(digest?.textBody).toContain("Bevakning: typo");
    expect(digest?.textBody).not.toContain("Bevakning: Espoo");
    expect(await deliverWeeklyDigest({ db: database.db, settings })).toEqual({ people: 0, notifications: 0 });
  });
});

describe("keywords", () => {
  it("match a plan by the stem alone, through the plan's stemmed search vectors", async () => {
    // "skola" is no part of the plan's plain text ("städtjänster för skolor"): only the Swedish stem
    // matches it. The plan's vectors reach the match from the plans module as text and are cast back.
    const stem = await watch(anna, { name: "Skola", keywords: "skola", event: "published", instant: "on" });
    const none = await watch(anna, {
      name: "Sjukhus",
      keywords: "sjukhus",
      event: "published",
      instant: "on",
    });
    const planId = await plan(tampere);
    await matchPendingVersions(database.db);
    const matched = (await notificationsOf(planId)).map((row) => row.watchId);
    expect(matched).toContain(stem);
    expect(matched).not.toContain(none);
  });
});

describe("the digest e-mail", () => {
  it("lists at most ten plans per watch and thirty in all, and counts the rest", async () => {
    const { digestMail } = await import("./watch-mail.ts");
    const notice = (watchName: string, index: number) => ({
      planId: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      event: "published" as const,
      watchName,
      title: { fi: `Suunnitelma ${index} ${"pitkä nimi ".repeat(30)}` },
      need: { fi: "Tarve." },
      organisationName: { fi: "Espoon kaupunki", sv: "Esbo stad" },
      tenderYear: null,
      tenderQuarter: null,
    });
    const notices = [...Array(120).keys()].map((index) => notice(`Vahti ${index % 6}`, index));
    const mail = digestMail(notices, "fi", "https://hankintasilta.test");
    expect(mail.subject).toBe("Hakuvahtiesi viikkokooste (120)");
    expect(mail.message.match(/https:\/\/hankintasilta\.test\/fi\/plans\//g)).toHaveLength(30);
    expect(mail.message).toContain("… ja 90 muuta.");
    expect(mail.message.length).toBeLessThan(10_000);
    expect(mail.message).toContain(": Espoon kaupunki, Suunnitelma 0");
    // Each reader sees the organisation's name in their own language (issue 12 point 19).
    expect(digestMail(notices, "sv", "https://hankintasilta.test").message).toContain(": Esbo stad, ");
    expect(digestMail(notices, "en", "https://hankintasilta.test").message).toContain(": Espoon kaupunki, ");
  });
});
