import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { dialogueEvent, dialogueEventRegistration } from "../dialogue/events-tables.ts";
import {
  dialogueMeetingBooking,
  dialogueMeetingRound,
  dialogueMeetingSlot,
} from "../dialogue/meetings-tables.ts";
import { dialogueContact } from "../dialogue/record-tables.ts";
import { dialogueRfiAnswer, dialogueRfiResponse } from "../dialogue/rfi-tables.ts";
import { dialogueStep } from "../dialogue/tables.ts";
import { interestPlanCompany } from "../interest/tables.ts";
import { publicPlansOnly } from "../plans/policy.ts";
import { plansPlan } from "../plans/tables.ts";
import { insertDemoRfi, insertDemoRfiQuestions } from "./demo-rfi.ts";

// Market dialogue in the demo, one step per plan of Espoo's so a new user sees every tool at once (the
// questions and the draft for comment are on the cleaning company's first plan of interest,
// demo-dialogue.ts and demo-drafts.ts): a one-to-one round open for booking with the cleaning company
// booked, a request for information open with its response, an info session ahead with its
// registration, and a finished dialogue with a closed request and "what we heard", an info session
// with minutes, a summarised round and a contact in the register.

const day = 24 * 60 * 60 * 1000;
const at = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * day);
  date.setUTCHours(hour - 2, 0, 0, 0);
  return date;
};

type Step = typeof dialogueStep.$inferInsert;

/** Writes the demo's dialogue steps inside the seed's transaction; returns how many plans have one. */
export async function seedDemoDialogueSteps(
  tx: DbOrTx,
  { organisationIds, userIds }: { organisationIds: Map<string, string>; userIds: Map<string, string> },
): Promise<{ plans: number }> {
  const espoo = organisationIds.get("espoo");
  const kirkas = organisationIds.get("kirkas");
  const ruoka = organisationIds.get("lahiruoka");
  if (!espoo || !kirkas) return { plans: 0 };
  const buyer = userIds.get("hankinnat@espoo.example") ?? null;
  const company = userIds.get("yrittaja@kirkas.example") ?? null;
  // Espoo's public plans still ahead, but the one the questions and the draft are on.
  const taken = await tx.selectDistinct({ planId: dialogueStep.planId }).from(dialogueStep);
  // Plans before their call for tenders, in market dialogue first, then cleaning ones (the demo's
  // companies clean and cater), so the companies' part in them makes sense.
  const plans = (
    await tx
      .select({ id: plansPlan.id })
      .from(plansPlan)
      .where(
        and(
          eq(plansPlan.organisationId, espoo),
          publicPlansOnly(),
          inArray(plansPlan.status, ["market-research", "market-dialogue", "tender-preparation"]),
        ),
      )
      .orderBy(
        sql`case when ${plansPlan.status} = 'market-dialogue' then 0 else 1 end`,
        sql`case when ${plansPlan.mainCpv} like '909%' or ${plansPlan.mainCpv} like '555%' then 0 else 1 end`,
        asc(plansPlan.tenderYear),
        asc(sql`${plansPlan.title}->>'fi'`),
      )
  ).filter((plan) => !taken.some((row) => row.planId === plan.id));
  const [roundPlan, rfiPlan, eventPlan, donePlan] = plans;
  if (!roundPlan || !rfiPlan || !eventPlan || !donePlan) return { plans: 0 };
  const steps: Step[] = [];

  // 1. A one-to-one round open for booking; the cleaning company has booked the first slot.
  const [round] = await tx
    .insert(dialogueMeetingRound)
    .values({
      planId: roundPlan.id,
      title: { fi: "Kahdenkeskiset markkinakeskustelut", sv: "Enskilda marknadssamtal" },
      agenda: {
        fi: "1. Yrityksen esittely (10 min)\n2. Hankinnan laajuus ja osiin jako\n3. Laatu- ja vastuullisuusvaatimukset",
        sv: "1. Företagets presentation (10 min)\n2. Upphandlingens omfattning och delning\n3. Kvalitets- och hållbarhetskrav",
      },
      place: "Espoon kaupungintalo, Asemakuja 2",
      onlineUrl: "https://meet.example/espoo-markkinakeskustelut",
      slotMinutes: 45,
      bookingDeadline: at(12, 16),
      state: "open",
      openedAt: at(-3),
      createdBy: buyer,
      createdAt: at(-4),
    })
    .returning({ id: dialogueMeetingRound.id });
  if (!round) return { plans: 0 };
  const slots = await tx
    .insert(dialogueMeetingSlot)
    .values(
      [0, 1, 2, 3].map((index) => ({
        roundId: round.id,
        startsAt: new Date(at(14, 9).getTime() + index * 60 * 60 * 1000),
        endsAt: new Date(at(14, 9).getTime() + index * 60 * 60 * 1000 + 45 * 60 * 1000),
      })),
    )
    .returning({ id: dialogueMeetingSlot.id });
  const [firstSlot] = slots;
  if (firstSlot)
    await tx.insert(dialogueMeetingBooking).values({
      slotId: firstSlot.id,
      roundId: round.id,
      organisationId: kirkas,
      bookedBy: company,
      createdAt: at(-2),
    });
  steps.push(
    {
      planId: roundPlan.id,
      kind: "meeting-round.opened",
      audience: "market",
      subjectId: round.id,
      actorId: buyer,
      createdAt: at(-3),
      summary: { slots: 4 },
    },
    {
      planId: roundPlan.id,
      kind: "meeting.booked",
      audience: "company",
      subjectId: round.id,
      organisationId: kirkas,
      actorId: company,
      createdAt: at(-2),
    },
  );

  // 2. A request for information open for two more weeks, answered by the cleaning company.
  const rfiId = await insertDemoRfi(tx, {
    planId: rfiPlan.id,
    title: {
      fi: "Tietopyyntö: palvelun laajuus ja hinnoittelu",
      sv: "Begäran om information: tjänstens omfattning och prissättning",
    },
    state: "open",
    opensAt: at(-5),
    closesAt: at(14, 16),
    buyer,
  });
  const questions = await insertDemoRfiQuestions(tx, rfiId);
  const [response] = await tx
    .insert(dialogueRfiResponse)
    .values({ rfiId, organisationId: kirkas, lastEditorId: company, submittedAt: at(-1), updatedAt: at(-1) })
    .returning({ id: dialogueRfiResponse.id });
  if (response && questions[0] && questions[1])
    await tx.insert(dialogueRfiAnswer).values([
      {
        responseId: response.id,
        questionId: questions[0],
        value: "Kiinteä kuukausihinta ja erikseen hinnoitellut lisätyöt.",
        isBusinessSecret: true,
      },
      { responseId: response.id, questionId: questions[1], value: true, isBusinessSecret: false },
    ]);
  steps.push(
    {
      planId: rfiPlan.id,
      kind: "rfi.opened",
      audience: "market",
      subjectId: rfiId,
      actorId: buyer,
      createdAt: at(-5),
    },
    {
      planId: rfiPlan.id,
      kind: "rfi.responded",
      audience: "company",
      subjectId: rfiId,
      organisationId: kirkas,
      actorId: company,
      createdAt: at(-1),
    },
  );

  // 3. An info session ahead, on site and online, with the cleaning company registered.
  const [event] = await tx
    .insert(dialogueEvent)
    .values({
      planId: eventPlan.id,
      organisationId: espoo,
      kind: "info-session",
      format: "hybrid",
      title: { fi: "Markkinainfo yrityksille", sv: "Marknadsinfo för företag" },
      agenda: {
        fi: "1. Hankinnan tausta ja tavoitteet\n2. Alustava aikataulu\n3. Kysymykset",
        sv: "1. Upphandlingens bakgrund och mål\n2. Preliminär tidtabell\n3. Frågor",
      },
      address: "Espoon kaupungintalo, Asemakuja 2",
      onlineUrl: "https://meet.example/espoo-markkinainfo",
      startsAt: at(9, 13),
      endsAt: at(9, 15),
      language: "fi-sv",
      capacity: 40,
      registrationClosesAt: at(8, 16),
      state: "published",
      publishedAt: at(-6),
      createdBy: buyer,
      createdAt: at(-7),
    })
    .returning({ id: dialogueEvent.id });
  if (event) {
    await tx.insert(dialogueEventRegistration).values({
      eventId: event.id,
      organisationId: kirkas,
      status: "confirmed",
      attendees: ["Yrjö Yrittäjä"],
      attendeeCount: 1,
      registeredBy: company,
      queuedAt: at(-2),
      createdAt: at(-2),
    });
    steps.push(
      {
        planId: eventPlan.id,
        kind: "event.published",
        audience: "market",
        subjectId: event.id,
        actorId: buyer,
        createdAt: at(-6),
      },
      {
        planId: eventPlan.id,
        kind: "event.registered",
        audience: "company",
        subjectId: event.id,
        organisationId: kirkas,
        actorId: company,
        createdAt: at(-2),
      },
    );
  }

  // 4. A finished dialogue: a closed request with "what we heard", an info session with its minutes and
  // a contact in the register, every summary published.
  const doneRfi = await insertDemoRfi(tx, {
    planId: donePlan.id,
    title: { fi: "Tietopyyntö: markkinoiden valmius", sv: "Begäran om information: marknadens beredskap" },
    state: "closed",
    opensAt: at(-40),
    closesAt: at(-20, 16),
    buyer,
    summary: {
      fi: "Kuusi yritystä vastasi. Useimmat pitivät kahden vuoden sopimusta ja kahta osaa sopivina; pienet yritykset toivoivat kevyempiä referenssivaatimuksia.",
      sv: "Sex företag svarade. De flesta ansåg att ett tvåårigt avtal i två delar passar; små företag önskade lättare referenskrav.",
    },
    summaryPublishedAt: at(-15),
  });
  await insertDemoRfiQuestions(tx, doneRfi);
  const [pastEvent] = await tx
    .insert(dialogueEvent)
    .values({
      planId: donePlan.id,
      organisationId: espoo,
      kind: "supplier-day",
      format: "on-site",
      title: { fi: "Toimittajapäivä", sv: "Leverantörsdag" },
      agenda: {
        fi: "Hankinnan esittely ja keskustelu pöydissä",
        sv: "Presentation av upphandlingen och diskussion",
      },
      address: "Espoon kaupungintalo, Asemakuja 2",
      startsAt: at(-30, 9),
      endsAt: at(-30, 12),
      language: "fi",
      capacity: 60,
      registrationClosesAt: at(-32, 16),
      state: "published",
      publishedAt: at(-45),
      minutes: {
        fi: "Paikalla 14 yritystä. Toivottiin selkeitä laatumittareita, pidempää sopimuskautta ja mahdollisuutta tarjota osaan kohteista.",
        sv: "14 företag deltog. De önskade tydliga kvalitetsmått, en längre avtalsperiod och möjlighet att lämna anbud på en del av objekten.",
      },
      materials: { fi: "Esityksen diat ovat suunnitelman liitteenä." },
      minutesPublishedAt: at(-28),
      createdBy: buyer,
      createdAt: at(-46),
    })
    .returning({ id: dialogueEvent.id });
  await tx.insert(dialogueContact).values({
    planId: donePlan.id,
    kind: "call",
    occurredAt: at(-35, 14),
    organisationId: ruoka ?? null,
    organisationName: ruoka ? null : "Yritys",
    ourParticipants: "Hankinta-asiantuntija",
    theirParticipants: "Toimitusjohtaja",
    sharedMaterial: "Kerroimme toimittajapäivän ajankohdan; sama tieto on suunnitelman sivulla.",
    isSharedMaterialPublic: true,
    conflictOfInterest: "",
    publicSummary: "Puhelu toimittajapäivän ajankohdasta",
    createdBy: buyer,
    createdAt: at(-35, 15),
  });
  steps.push(
    {
      planId: donePlan.id,
      kind: "rfi.opened",
      audience: "market",
      subjectId: doneRfi,
      actorId: buyer,
      createdAt: at(-40),
    },
    {
      planId: donePlan.id,
      kind: "rfi.closed",
      audience: "market",
      subjectId: doneRfi,
      actorId: buyer,
      createdAt: at(-20),
      summary: { responses: 0 },
    },
    {
      planId: donePlan.id,
      kind: "rfi.summary-published",
      audience: "public",
      subjectId: doneRfi,
      actorId: buyer,
      createdAt: at(-15),
    },
    {
      planId: donePlan.id,
      kind: "contact.recorded",
      audience: "buyer",
      organisationId: ruoka ?? null,
      actorId: buyer,
      createdAt: at(-35, 15),
    },
  );
  if (pastEvent)
    steps.push(
      {
        planId: donePlan.id,
        kind: "event.published",
        audience: "market",
        subjectId: pastEvent.id,
        actorId: buyer,
        createdAt: at(-45),
      },
      {
        planId: donePlan.id,
        kind: "event.minutes-published",
        audience: "public",
        subjectId: pastEvent.id,
        actorId: buyer,
        createdAt: at(-28),
      },
    );
  await tx.insert(dialogueStep).values(steps);
  // A company that books, responds or registers follows the plan.
  await tx
    .insert(interestPlanCompany)
    .values(
      [roundPlan, rfiPlan, eventPlan].map((plan) => ({
        planId: plan.id,
        organisationId: kirkas,
        markedBy: company,
        createdAt: at(-8),
      })),
    )
    .onConflictDoNothing();
  return { plans: 4 };
}
