import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { answerSurvey } from "./answer-survey.server.ts";
import { bookMeetingSlot } from "./book-meeting-slot.server.ts";
import { closeMeetingRound } from "./close-meeting-round.server.ts";
import { listContactsForBuyer, listPublicContacts } from "./contacts-queries.server.ts";
import { getMeetingRoundForBuyer } from "./meetings-queries.server.ts";
import { createRound } from "./meetings-test-fixtures.ts";
import { publishMeetingSummary } from "./publish-meeting-summary.server.ts";
import { recordContact } from "./record-contact.server.ts";
import { contactsDataOfPerson, eraseContactsDataOf } from "./record-personal-data.server.ts";
import { contactFormSchema, surveyAnswerSchema } from "./record-schemas.ts";
import { dialogueSurveyAnswer, dialogueSurveyInvitation } from "./record-tables.ts";
import { removeContact } from "./remove-contact.server.ts";
import { getSurveyInvitationState, listOpenSurveys, listSurveySummaries } from "./survey-queries.server.ts";
import { dialogueStep } from "./tables.ts";
import { updateContact } from "./update-contact.server.ts";
import { listDialogueWarnings } from "./warnings-queries.server.ts";

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const plan = () => ({ id: world.plans.open, organisationId: world.ids.espoo });
const contactForm = (extra: Record<string, string> = {}) =>
  contactFormSchema.parse({
    kind: "meeting",
    occurredAt: "2026-11-02T10:00",
    organisationName: "Ulkopuolinen Konsultointi Oy",
    ourParticipants: "Helmi Hankkija",
    theirParticipants: "Toimitusjohtaja",
    sharedMaterial: "LUOTTAMUKSELLINEN-luonnos hinnoittelumallista",
    conflictOfInterest: "SIDONNAISUUS-hankkijan sisar yhtiön hallituksessa",
    publicSummary: "Tutustumiskäynti siivousrobotteihin",
    ...extra,
  });
const warningsOf = () =>
  listDialogueWarnings({ db: world.database.db, viewer: world.viewers.buyer, plan: plan(), locale: "fi" });

describe("the contact register", () => {
  it("checks its form: a time and an organisation", () => {
    const result = contactFormSchema.safeParse({ kind: "lunch", occurredAt: "eilen" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["kind", "record.errors.kind"],
      ["occurredAt", "record.errors.occurredAt"],
    ]);
    const noOrganisation = contactFormSchema.safeParse({ kind: "call", occurredAt: "2026-11-02T10:00" });
    expect(noOrganisation.error?.issues.map((issue) => issue.message)).toEqual([
      "record.errors.organisation",
    ]);
  });

  it("is kept by the plan's buyers only, and the public sees kind, date and one line", async () => {
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.otherBuyer, null])
      await expect(
        recordContact({ services: world.services, viewer, planId: world.plans.open, input: contactForm() }),
      ).rejects.toMatchObject({ code: "not_found" });
    const recorded = await recordContact({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: world.plans.open,
      input: contactForm({ organisationId: world.ids.kirkas }),
    });
    if (!recorded.ok) throw new Error("refused");
    const refused = await recordContact({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: world.plans.open,
      input: contactForm({ organisationId: world.ids.vantaa }),
    });
    expect(refused).toEqual({ ok: false, errors: { organisationId: "record.errors.organisation" } });

    const [own] = await listContactsForBuyer({
      db: world.database.db,
      viewer: world.viewers.buyer,
      plan: plan(),
      locale: "fi",
    });
    expect(own).toMatchObject({
      organisation: "Siivouspalvelu Kirkas Oy (Ulkopuolinen Konsultointi Oy)",
      sharedMaterial: "LUOTTAMUKSELLINEN-luonnos hinnoittelumallista",
    });
    await expect(
      listContactsForBuyer({
        db: world.database.db,
        viewer: world.viewers.kirkasAdmin,
        plan: plan(),
        locale: "fi",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const publicContacts = await listPublicContacts(world.database.db, world.plans.open);
    expect(publicContacts).toEqual([
      {
        id: recorded.contactId,
        kind: "meeting",
        occurredAt: "2026-11-02T08:00:00.000Z",
        publicSummary: "Tutustumiskäynti siivousrobotteihin",
      },
    ]);
    const steps = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, recorded.contactId));
    expect(steps.map((step) => [step.kind, step.audience])).toEqual([["contact.recorded", "buyer"]]);
    expect(JSON.stringify(steps)).not.toContain("LUOTTAMUKSELLINEN");

    // Warnings: material to one company only; met one-to-one outside an open round.
    expect((await warningsOf()).map((warning) => warning.kind).sort()).toEqual([
      "metOutsideRound",
      "partialMaterial",
    ]);
    const updated = await updateContact({
      services: world.services,
      viewer: world.viewers.buyer,
      contactId: recorded.contactId,
      input: contactForm({ organisationId: world.ids.kirkas, kind: "call", isSharedMaterialPublic: "on" }),
    });
    expect(updated.ok).toBe(true);
    expect(await warningsOf()).toEqual([]);

    await expect(
      removeContact({
        services: world.services,
        viewer: world.viewers.kirkasAdmin,
        contactId: recorded.contactId,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await removeContact({
      services: world.services,
      viewer: world.viewers.buyer,
      contactId: recorded.contactId,
    });
    expect(await listPublicContacts(world.database.db, world.plans.open)).toEqual([]);
  });
});

describe("the warnings", () => {
  it("find a closed step of any feature without its published summary", async () => {
    const rfiId = "00000000-0000-4000-8000-000000000001";
    await world.database.db.insert(dialogueStep).values([
      { planId: world.plans.open, kind: "rfi.closed", audience: "market", subjectId: rfiId },
      {
        planId: world.plans.open,
        kind: "rfi.answer-shared",
        audience: "company",
        subjectId: "00000000-0000-4000-8000-000000000002",
        organisationId: world.ids.kirkas,
        summary: { sharesMaterial: true },
      },
    ]);
    expect((await warningsOf()).map((warning) => warning.kind)).toEqual([
      "closedWithoutSummary",
      "partialMaterial",
    ]);
    await world.database.db.insert(dialogueStep).values([
      { planId: world.plans.open, kind: "rfi.summary-published", audience: "public", subjectId: rfiId },
      {
        planId: world.plans.open,
        kind: "rfi.material-published",
        audience: "public",
        subjectId: "00000000-0000-4000-8000-000000000002",
      },
    ]);
    expect(await warningsOf()).toEqual([]);
    expect(
      await listDialogueWarnings({
        db: world.database.db,
        viewer: world.viewers.kirkasAdmin,
        plan: plan(),
        locale: "fi",
      }),
    ).toEqual([]);
  });
});

describe("the survey of companies that took no part", () => {
  it("asks the followers who did not book, once each, and keeps the answers anonymous", async () => {
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.ruokaAdmin])
      await markInterest({ services: world.services, viewer, planId: world.plans.open, note: "" });
    const roundId = await createRound(world);
    const round = await getMeetingRoundForBuyer(world.database.db, world.viewers.buyer, roundId);
    const booked = await bookMeetingSlot({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      slotId: round.slots[0]?.id ?? "",
    });
    expect(booked.ok).toBe(true);
    expect(await warningsOf()).toEqual([]);
    await closeMeetingRound({ services: world.services, viewer: world.viewers.buyer, roundId });
    expect((await warningsOf()).map((warning) => warning.kind)).toEqual(["closedWithoutSummary"]);

    const invitations = await world.database.db
      .select()
      .from(dialogueSurveyInvitation)
      .where(eq(dialogueSurveyInvitation.subjectId, roundId));
    expect(invitations.map((row) => row.organisationId)).toEqual([world.ids.ruoka]);
    const mails = (await world.database.db.select().from(mailOutbox)).filter((mail) =>
      mail.textBody?.includes(`/plans/${world.plans.open}/survey/${roundId}`),
    );
    expect(mails.map((mail) => mail.toAddress)).toEqual([world.viewers.ruokaAdmin.email]);
    const sent = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.kind, "survey.sent"));
    expect(sent.map((step) => [step.audience, step.summary])).toEqual([
      ["market", { companies: 1, mails: 1 }],
    ]);

    const input = surveyAnswerSchema.parse({
      "barrier-timetable": "on",
      "barrier-capacity": "on",
      freeText: "Liian lyhyt aika valmistautua – 😕 €",
    });
    const answer = (viewer: keyof CompanyWorld["viewers"]) =>
      answerSurvey({
        services: world.services,
        viewer: world.viewers[viewer],
        planId: world.plans.open,
        subjectId: roundId,
        input,
      });
    await expect(answer("kirkasAdmin")).rejects.toMatchObject({ code: "not_found" });
    const state = (viewer: keyof CompanyWorld["viewers"]) =>
      getSurveyInvitationState({
        db: world.database.db,
        viewer: world.viewers[viewer],
        planId: world.plans.open,
        subjectId: roundId,
      });
    expect(await state("ruokaAdmin")).toBe("open");
    expect(await listOpenSurveys(world.database.db, world.viewers.ruokaAdmin, "fi")).toEqual([
      expect.objectContaining({ planId: world.plans.open, subjectId: roundId }),
    ]);
    expect(await listOpenSurveys(world.database.db, world.viewers.kirkasAdmin, "fi")).toEqual([]);
    expect(await state("kirkasAdmin")).toBeNull();
    expect(await answer("ruokaAdmin")).toEqual({ ok: true });
    expect(await answer("ruokaAdmin")).toEqual({ ok: false, error: "alreadyAnswered" });
    expect(await state("ruokaAdmin")).toBe("answered");
    expect(await listOpenSurveys(world.database.db, world.viewers.ruokaAdmin, "fi")).toEqual([]);

    const stored = await world.database.db.select().from(dialogueSurveyAnswer);
    expect(Object.keys(stored[0] ?? {}).sort()).toEqual([
      "barriers",
      "freeText",
      "id",
      "planId",
      "subjectId",
    ]);
    const [summary] = await listSurveySummaries({
      db: world.database.db,
      viewer: world.viewers.buyer,
      plan: plan(),
    });
    expect(summary).toMatchObject({
      subjectId: roundId,
      closedKind: "meeting-round.closed",
      invited: 1,
      answered: 1,
      barriers: { timetable: 1, capacity: 1, "too-big": 0 },
      freeTexts: ["Liian lyhyt aika valmistautua – 😕 €"],
    });
    await expect(
      listSurveySummaries({ db: world.database.db, viewer: world.viewers.ruokaAdmin, plan: plan() }),
    ).rejects.toMatchObject({ code: "not_found" });
    const answered = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.kind, "survey.answered"));
    expect(answered.map((step) => [step.audience, step.organisationId, step.actorId])).toEqual([
      ["buyer", null, null],
    ]);

    await publishMeetingSummary({
      services: world.services,
      viewer: world.viewers.buyer,
      roundId,
      summary: { fi: "Yhteenveto" },
    });
    expect(await warningsOf()).toEqual([]);
  });

  it("takes one answer per company when many are sent at once", async () => {
    const roundId = await createRound(world);
    await closeMeetingRound({ services: world.services, viewer: world.viewers.buyer, roundId });
    const input = surveyAnswerSchema.parse({ "barrier-too-big": "on" });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        answerSurvey({
          services: world.services,
          viewer: world.viewers.kirkasMember,
          planId: world.plans.open,
          subjectId: roundId,
          input,
        }),
      ),
    );
    const values = results.map((result) => (result.status === "fulfilled" ? result.value : result.reason));
    expect(values.filter((value) => value?.ok === true)).toHaveLength(1);
    expect(values.filter((value) => value?.error === "alreadyAnswered")).toHaveLength(19);
    const stored = await world.database.db
      .select()
      .from(dialogueSurveyAnswer)
      .where(eq(dialogueSurveyAnswer.subjectId, roundId));
    expect(stored).toHaveLength(1);
  });
});

describe("a buyer's contact-register data", () => {
  it("is in their export, and erasing forgets who wrote while the contact stays", async () => {
    const recorded = await recordContact({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: world.plans.open,
      input: contactForm({ publicSummary: "Henkilötietotesti" }),
    });
    if (!recorded.ok) throw new Error("refused");
    const userId = world.viewers.buyer.userId;
    const exported = await contactsDataOfPerson(world.database.db, userId);
    expect(exported.dialogueContacts.map((row) => row.id)).toContain(recorded.contactId);
    await eraseContactsDataOf(world.database.db, userId);
    expect((await contactsDataOfPerson(world.database.db, userId)).dialogueContacts).toEqual([]);
    const publicContacts = await listPublicContacts(world.database.db, world.plans.open);
    expect(publicContacts.map((row) => row.id)).toContain(recorded.contactId);
  });
});
