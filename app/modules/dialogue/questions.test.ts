import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { auditLog } from "../audit/tables.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { saveWatch } from "../watches/index.server.ts";
import { watchFormInput, watchSchema } from "../watches/index.ts";
import { watchesNotification } from "../watches/tables.ts";
import { answerQuestion } from "./answer-question.server.ts";
import { askQuestion } from "./ask-question.server.ts";
import { declineQuestion } from "./decline-question.server.ts";
import {
  listOwnQuestions,
  listPublishedQuestions,
  listQuestionsForBuyer,
} from "./questions-queries.server.ts";
import {
  answerQuestionSchema,
  askQuestionSchema,
  declineQuestionSchema,
  maxQuestionsPerCompanyPerDay,
  questionDeadlineSchema,
} from "./questions-schemas.ts";
import { setQuestionDeadline } from "./set-question-deadline.server.ts";
import { dialogueStep } from "./tables.ts";

// Issue 13 point 4: a company asks on a public plan; the buyer answers (in neutral wording if needed)
// and question and answer go to everyone together; watchers and interested companies are told.

let world: CompanyWorld;
const confidential = "Meidän Kirkas-Pro-robottimme hinta on 12 000 euroa";

beforeAll(async () => {
  world = await createCompanyWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const ask = (
  viewer: keyof CompanyWorld["viewers"],
  question: string,
  planId = world.plans.open,
  extra = {},
) =>
  askQuestion({
    services: world.services,
    viewer: world.viewers[viewer],
    planId,
    input: askQuestionSchema.parse({ question, ...extra }),
  });

const mailsTo = (address: string) =>
  world.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));

describe("questions and answers", () => {
  it("keeps a question between the buyer and the asking company until it is answered", async () => {
    const asked = await ask("kirkasMember", `Voiko tarjota robottisiivousta? ${confidential}.`);
    expect(asked.ok).toBe(true);
    if (!asked.ok) return;
    const { db } = world.database;
    expect(
      await listPublishedQuestions(db, { planIds: [world.plans.open], locale: "fi", publicOnly: true }),
    ).toEqual([]);
    // The other company sees nothing of it; the asking company sees its own.
    expect(await listOwnQuestions(db, world.viewers.ruokaAdmin, world.plans.open)).toEqual([]);
    expect((await listOwnQuestions(db, world.viewers.kirkasAdmin, world.plans.open))[0]).toMatchObject({
      state: "open",
    });
    const plan = { id: world.plans.open, organisationId: world.ids.espoo };
    const forBuyer = await listQuestionsForBuyer(db, world.viewers.buyer, plan, "fi");
    expect(forBuyer[0]).toMatchObject({
      state: "open",
      company: "Siivouspalvelu Kirkas Oy",
      askedBy: "Minna Myynti",
    });
    expect(await listQuestionsForBuyer(db, world.viewers.ruokaAdmin, plan, "fi")).toEqual([]);
    expect(await listQuestionsForBuyer(db, world.viewers.leadership, plan, "fi")).toEqual([]);
  });

  it("publishes the neutral wording with the answer, tells watchers and interested companies once each", async () => {
    const { db } = world.database;
    // Liam watches cleaning plans (instant e-mail) and his company is interested: told once, by the watch.
    const watch = await saveWatch({
      db,
      viewer: world.viewers.ruokaAdmin,
      input: watchSchema.parse(
        watchFormInput(new URLSearchParams({ name: "Kaikki", event: "answer-published", instant: "on" })),
      ),
    });
    expect(watch.ok).toBe(true);
    await markInterest({
      services: world.services,
      viewer: world.viewers.ruokaAdmin,
      planId: world.plans.open,
      note: "",
    });
    const [question] = await listQuestionsForBuyer(
      db,
      world.viewers.buyer,
      { id: world.plans.open, organisationId: world.ids.espoo },
      "fi",
    );
    const answered = await answerQuestion({
      services: world.services,
      viewer: world.viewers.buyer,
      questionId: question?.id ?? "",
      input: answerQuestionSchema.parse({
        answer: "Kyllä, kunhan laatuvaatimukset täyttyvät.",
        publishedQuestion: "Voiko tarjota robottisiivousta?",
      }),
    });
    expect(answered).toEqual({ ok: true });
    const published = await listPublishedQuestions(db, {
      planIds: [world.plans.open],
      locale: "fi",
      publicOnly: true,
    });
    expect(published).toEqual([
      expect.objectContaining({
        question: "Voiko tarjota robottisiivousta?",
        answer: "Kyllä, kunhan laatuvaatimukset täyttyvät.",
        company: null,
      }),
    ]);
    expect(JSON.stringify(published)).not.toContain("12 000");
    // The original wording stays in the audit log.
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, question?.id ?? ""), eq(auditLog.action, "dialogue.question.answer")));
    expect(JSON.stringify(entry?.summary)).toContain("12 000");
    // Liam: a watch notification (its e-mail follows the watch's choice), no second direct e-mail.
    const notified = await db
      .select()
      .from(watchesNotification)
      .where(eq(watchesNotification.event, "answer-published"));
    expect(notified.map((row) => row.subjectId)).toEqual([question?.id]);
    expect(await mailsTo("liam@ruoka.example")).toEqual([]);
    // The asking company's people are e-mailed the published wording, never the original.
    const kirkas = [...(await mailsTo("yrjo@kirkas.example")), ...(await mailsTo("minna@kirkas.example"))];
    expect(kirkas).toHaveLength(2);
    expect(kirkas[0]?.textBody).toContain("Voiko tarjota robottisiivousta?");
    expect(kirkas.map((mail) => mail.textBody).join()).not.toContain("12 000");
    const steps = await db.select().from(dialogueStep).where(eq(dialogueStep.planId, world.plans.open));
    expect(steps.map((step) => `${step.kind}:${step.audience}`)).toEqual([
      "question.asked:company",
      "question.answered:public",
    ]);
    // Answered once only.
    const again = await answerQuestion({
      services: world.services,
      viewer: world.viewers.buyer,
      questionId: question?.id ?? "",
      input: answerQuestionSchema.parse({ answer: "Toinen vastaus." }),
    });
    expect(again).toEqual({ ok: false, errors: { form: "questions.errors.notOpen" } });
  });

  it("names the company with the published question only when it chose so", async () => {
    const asked = await ask(
      "ruokaAdmin",
      "Sisältyykö hankintaan myös erityisruokavaliot?",
      world.plans.withLots,
      {
        showCompany: "on",
      },
    );
    if (!asked.ok) throw new Error("refused");
    await answerQuestion({
      services: world.services,
      viewer: world.viewers.buyer,
      questionId: asked.questionId,
      input: answerQuestionSchema.parse({ answer: "Sisältyy." }),
    });
    const [published] = await listPublishedQuestions(world.database.db, {
      planIds: [world.plans.withLots],
      locale: "fi",
      publicOnly: true,
    });
    expect(published).toMatchObject({
      company: "Lähiruoka Catering Oy",
      question: "Sisältyykö hankintaan myös erityisruokavaliot?",
    });
  });

  it("declines a question with a reason told to the asking company only", async () => {
    const asked = await ask("kirkasMember", "Mikä on kilpailijamme tarjoushinta?");
    if (!asked.ok) throw new Error("refused");
    await expect(
      declineQuestion({
        services: world.services,
        viewer: world.viewers.ruokaAdmin,
        questionId: asked.questionId,
        input: declineQuestionSchema.parse({ reason: "Ei kuulu tähän." }),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(
      await declineQuestion({
        services: world.services,
        viewer: world.viewers.buyer,
        questionId: asked.questionId,
        input: declineQuestionSchema.parse({ reason: "Emme kerro muiden yritysten tietoja." }),
      }),
    ).toEqual({ ok: true });
    const own = await listOwnQuestions(world.database.db, world.viewers.kirkasAdmin, world.plans.open);
    expect(own.find((row) => row.id === asked.questionId)).toMatchObject({
      state: "declined",
      declineReason: "Emme kerro muiden yritysten tietoja.",
    });
    expect((await mailsTo("yrjo@kirkas.example")).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Kysymykseenne ei vastata")]),
    );
  });
  it("refuses questions on plans that are not public, from non-companies, after the deadline and in floods", async () => {
    await expect(
      ask("kirkasMember", "Onko tämä luonnos vielä kesken?", world.plans.draft),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(ask("buyer", "Voiko ostaja kysyä itseltään?")).rejects.toMatchObject({ code: "forbidden" });
    // The same question twice within a minute is refused as sent twice.
    expect((await ask("kirkasAdmin", "Kuinka monta koulua sopimukseen kuuluu?")).ok).toBe(true);
    expect(await ask("kirkasAdmin", "Kuinka monta koulua sopimukseen kuuluu?")).toEqual({
      ok: false,
      errors: { question: "questions.errors.duplicate" },
    });
    for (let index = 0; index < maxQuestionsPerCompanyPerDay; index += 1)
      await ask("kirkasAdmin", `Kysymys numero ${index} siivouksen laajuudesta?`);
    expect(await ask("kirkasAdmin", "Vielä yksi kysymys liikaa?")).toEqual({
      ok: false,
      errors: { question: "questions.errors.tooMany" },
    });
    // A deadline in the past closes the questions; only the plan's buyers set it.
    const deadline = questionDeadlineSchema.parse({ deadline: "2020-01-01T12:00" });
    await expect(
      setQuestionDeadline({
        services: world.services,
        viewer: world.viewers.ruokaAdmin,
        planId: world.plans.withLots,
        input: deadline,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await setQuestionDeadline({
      services: world.services,
      viewer: world.viewers.buyer,
      planId: world.plans.withLots,
      input: deadline,
    });
    expect(await ask("kirkasMember", "Ehdinkö vielä kysyä jotakin?", world.plans.withLots)).toEqual({
      ok: false,
      errors: { question: "questions.errors.closed" },
    });
  });
});
