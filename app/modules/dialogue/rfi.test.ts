import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { markInterest } from "../interest/index.server.ts";
import { mailOutbox } from "../mail/tables.ts";
import { addRfiQuestion } from "./add-rfi-question.server.ts";
import { closeRfi } from "./close-rfi.server.ts";
import { createRfi } from "./create-rfi.server.ts";
import { moveRfiQuestion } from "./move-rfi-question.server.ts";
import { openRfi } from "./open-rfi.server.ts";
import { publishRfiSummary } from "./publish-rfi-summary.server.ts";
import { dialogueSurveyInvitation } from "./record-tables.ts";
import { removeRfiQuestion } from "./remove-rfi-question.server.ts";
import { listCompanyRfis } from "./rfi-company-queries.server.ts";
import { eraseRfiDataOf, rfiDataOfPerson } from "./rfi-personal-data.server.ts";
import { getRfiForBuyer, getRfiPage, listPublicRfis } from "./rfi-queries.server.ts";
import { listRfiQuestions } from "./rfi-rows.server.ts";
import {
  answerField,
  parseRfiAnswers,
  rfiFormSchema,
  rfiQuestionFormSchema,
  secretField,
} from "./rfi-schemas.ts";
import { dialogueRfi } from "./rfi-tables.ts";
import { createOpenRfi, day, formValues } from "./rfi-test-fixtures.ts";
import { saveRfiResponse } from "./save-rfi-response.server.ts";
import { dialogueStep } from "./tables.ts";
import { updateRfiTexts } from "./update-rfi-texts.server.ts";

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld();
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

const secret = "SALAINEN-HINTA-4711";

describe("the question form", () => {
  it("reads choices one per line and wants the same number in each language", () => {
    const ok = rfiQuestionFormSchema.parse({
      kind: "single-choice",
      text: { fi: "Kumpi?" },
      options: { fi: "A\n\n B \n", sv: "A\nB" },
      required: "on",
    });
    expect(ok.options).toEqual([
      { fi: "A", sv: "A" },
      { fi: "B", sv: "B" },
    ]);
    expect(ok.required).toBe(true);
    const uneven = rfiQuestionFormSchema.safeParse({
      kind: "multiple-choice",
      text: { fi: "Mitkä?" },
      options: { fi: "A\nB", en: "A" },
    });
    expect(uneven.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["options.en", "rfi.errors.optionCount"],
    ]);
    const one = rfiQuestionFormSchema.safeParse({
      kind: "single-choice",
      text: { fi: "?" },
      options: { fi: "A" },
    });
    expect(one.error?.issues[0]?.message).toBe("rfi.errors.twoOptions");
    expect(rfiQuestionFormSchema.parse({ kind: "number", text: { sv: "Hur många?" } }).options).toEqual([]);
  });

  it("checks each answer by its kind", () => {
    const questions = [
      { id: "a", kind: "number", required: true, options: [] },
      { id: "b", kind: "single-choice", required: false, options: [{}, {}] },
      { id: "c", kind: "multiple-choice", required: false, options: [{}, {}, {}] },
      { id: "d", kind: "yes-no", required: true, options: [] },
      { id: "e", kind: "short-text", required: false, options: [] },
      { id: "f", kind: "file", required: true, options: [] },
    ] as const;
    const bad = parseRfiAnswers(
      questions,
      formValues([
        [answerField("a"), "12 kpl"],
        [answerField("b"), "5"],
        [answerField("c"), "0"],
        [answerField("c"), "9"],
        [answerField("e"), "rivi\nrivi"],
      ]),
    );
    expect(bad.errors).toEqual({
      [answerField("a")]: "rfi.errors.number",
      [answerField("b")]: "validation.invalid",
      [answerField("c")]: "validation.invalid",
      [answerField("d")]: "rfi.errors.required",
      [answerField("e")]: expect.any(String),
      [answerField("f")]: "rfi.errors.required",
    });
    const good = parseRfiAnswers(
      questions,
      formValues([
        [answerField("a"), "1 234,5"],
        [answerField("b"), "1"],
        [answerField("c"), "2"],
        [answerField("c"), "0"],
        [answerField("d"), "no"],
        [secretField("a"), "on"],
      ]),
      () => true,
    );
    expect(good.errors).toEqual({});
    expect(good.answers).toEqual([
      { questionId: "a", value: 1234.5, isBusinessSecret: true },
      { questionId: "b", value: 1, isBusinessSecret: false },
      { questionId: "c", value: [0, 2], isBusinessSecret: false },
      { questionId: "d", value: false, isBusinessSecret: false },
      { questionId: "f", value: null, isBusinessSecret: false },
    ]);
  });
});

describe("building and opening a request", () => {
  it("is for the plan's buyers only", async () => {
    const input = rfiFormSchema.parse({ title: { fi: "Tietopyyntö" } });
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.otherBuyer, null]) {
      await expect(
        createRfi({ services: world.services, viewer, planId: world.plans.open, input }),
      ).rejects.toMatchObject({ code: "not_found" });
    }
  });

  it("adds, moves and removes questions of a draft, and opens only with a question and a future end", async () => {
    const services = world.services;
    const viewer = world.viewers.buyer;
    const { rfiId } = await createRfi({
      services,
      viewer,
      planId: world.plans.open,
      input: rfiFormSchema.parse({ title: { fi: "Luonnos" } }),
    });
    expect(await openRfi({ services, viewer, rfiId, closesAt: new Date(Date.now() + day) })).toEqual({
      ok: false,
      error: "noQuestions",
    });
    for (const text of ["Yksi", "Kaksi", "Kolme"])
      await addRfiQuestion({
        services,
        viewer,
        rfiId,
        input: rfiQuestionFormSchema.parse({ kind: "short-text", text: { fi: text } }),
      });
    const texts = async () => (await listRfiQuestions(world.database.db, rfiId)).map((q) => q.text.fi);
    const [first, second] = await listRfiQuestions(world.database.db, rfiId);
    await moveRfiQuestion({ services, viewer, rfiId, questionId: second?.id ?? "", direction: "up" });
    expect(await texts()).toEqual(["Kaksi", "Yksi", "Kolme"]);
    await moveRfiQuestion({ services, viewer, rfiId, questionId: second?.id ?? "", direction: "up" });
    expect(await texts()).toEqual(["Kaksi", "Yksi", "Kolme"]);
    await removeRfiQuestion({ services, viewer, rfiId, questionId: first?.id ?? "" });
    expect(await texts()).toEqual(["Kaksi", "Kolme"]);
    await expect(
      removeRfiQuestion({ services, viewer: world.viewers.kirkasAdmin, rfiId, questionId: second?.id ?? "" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await openRfi({ services, viewer, rfiId, closesAt: new Date(Date.now() + 60_000) })).toEqual({
      ok: false,
      error: "closesInPast",
    });
    const newTexts = rfiFormSchema.parse({ title: { fi: "Uusi otsikko", sv: "Ny rubrik" } });
    expect(await updateRfiTexts({ services, viewer, rfiId, input: newTexts })).toEqual({ ok: true });
    expect(await openRfi({ services, viewer, rfiId, closesAt: new Date(Date.now() + day) })).toEqual({
      ok: true,
    });
    expect(await updateRfiTexts({ services, viewer, rfiId, input: newTexts })).toEqual({
      ok: false,
      error: "wrongState",
    });
    expect(
      await addRfiQuestion({
        services,
        viewer,
        rfiId,
        input: rfiQuestionFormSchema.parse({ kind: "short-text", text: { fi: "Myöhässä" } }),
      }),
    ).toEqual({ ok: false, error: "wrongState" });
  });

  it("e-mails the interested companies and records the opening for the market", async () => {
    await markInterest({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      planId: world.plans.open,
    });
    const { rfiId } = await createOpenRfi(world);
    const told = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "minna@kirkas.example"));
    expect(told.some((mail) => mail.textBody?.includes(`/fi/plans/${world.plans.open}/rfi/${rfiId}`))).toBe(
      true,
    );
    const steps = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, rfiId));
    expect(steps.map((step) => [step.kind, step.audience])).toEqual([["rfi.opened", "market"]]);
  });

  it("refuses a request on a plan that is not public", async () => {
    await expect(createOpenRfi(world, { planId: world.plans.internal })).rejects.toThrow("planNotPublic");
  });
});

describe("responding", () => {
  it("keeps one response per company, shared by its members, with the last editor", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    const save = (viewer: keyof CompanyWorld["viewers"], entries: [string, string][]) =>
      saveRfiResponse({
        services: world.services,
        viewer: world.viewers[viewer],
        rfiId,
        values: formValues(entries),
      });
    const longText = answerField(questions["long-text"] ?? "");
    expect(await save("kirkasAdmin", [])).toEqual({
      ok: false,
      error: "invalid",
      errors: { [longText]: "rfi.errors.required" },
    });
    const first = await save("kirkasAdmin", [
      [longText, secret],
      [secretField(questions["long-text"] ?? ""), "on"],
      [answerField(questions["multiple-choice"] ?? ""), "1"],
    ]);
    expect(first).toMatchObject({ ok: true, first: true });
    const second = await save("kirkasMember", [[longText, "Päivitetty vastaus"]]);
    expect(second).toMatchObject({ ok: true, first: false });
    await save("ruokaAdmin", [[longText, "Ruoan vastaus"]]);

    const buyerView = await getRfiForBuyer(world.database.db, world.viewers.buyer, rfiId);
    expect(buyerView.responses.map((r) => [r.company, r.lastEditor])).toEqual([
      ["Siivouspalvelu Kirkas Oy", "Minna Myynti"],
      ["Lähiruoka Catering Oy", "Liam Lindqvist"],
    ]);
    expect(buyerView.responses[0]?.answers[questions["long-text"] ?? ""]?.value).toBe("Päivitetty vastaus");
    const own = await getRfiPage(world.database.db, world.viewers.kirkasAdmin, world.plans.open, rfiId);
    expect(own.own?.lastEditor).toBe("Minna Myynti");
    expect(own.canRespond).toBe(true);
    const other = await getRfiPage(world.database.db, world.viewers.ruokaAdmin, world.plans.open, rfiId);
    expect(JSON.stringify(other)).not.toContain("Päivitetty");
    const steps = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, rfiId));
    const responded = steps.filter((step) => step.kind === "rfi.responded");
    expect(responded.map((step) => step.audience)).toEqual(["company", "company"]);
    expect(JSON.stringify(steps)).not.toContain("vastaus");
    await expect(getRfiForBuyer(world.database.db, world.viewers.otherBuyer, rfiId)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      saveRfiResponse({
        services: world.services,
        viewer: world.viewers.buyer,
        rfiId,
        values: formValues([]),
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses responses after the closing time and after the buyer closes", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    const values = formValues([[answerField(questions["long-text"] ?? ""), "Vastaus"]]);
    const late = () => new Date(Date.now() + 8 * day);
    expect(
      await saveRfiResponse({
        services: world.services,
        viewer: world.viewers.kirkasAdmin,
        rfiId,
        values,
        now: late,
      }),
    ).toEqual({ ok: false, error: "closed" });
    expect(await closeRfi({ services: world.services, viewer: world.viewers.buyer, rfiId })).toEqual({
      ok: true,
    });
    expect(
      await saveRfiResponse({ services: world.services, viewer: world.viewers.kirkasAdmin, rfiId, values }),
    ).toEqual({ ok: false, error: "closed" });
    expect(await closeRfi({ services: world.services, viewer: world.viewers.buyer, rfiId })).toEqual({
      ok: false,
      error: "wrongState",
    });
  });
});

describe("what the public and the market see", () => {
  it("shows the count and the published summary, never an answer, and tells respondents", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    await saveRfiResponse({
      services: world.services,
      viewer: world.viewers.ruokaAdmin,
      rfiId,
      values: formValues([[answerField(questions["long-text"] ?? ""), secret]]),
    });
    const companyList = await listCompanyRfis(world.services, { viewer: world.viewers.ruokaAdmin });
    expect(companyList.find((rfi) => rfi.id === rfiId)?.respondedAt).toBeInstanceOf(Date);
    expect(await listCompanyRfis(world.services, { viewer: world.viewers.resident })).toEqual([]);
    expect(
      await publishRfiSummary({
        services: world.services,
        viewer: world.viewers.buyer,
        rfiId,
        summary: { fi: "Kuulimme paljon." },
      }),
    ).toEqual({ ok: false, error: "wrongState" });
    // The period ends by time: publishing then closes it and records both.
    await world.database.db
      .update(dialogueRfi)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(dialogueRfi.id, rfiId));
    expect(
      await publishRfiSummary({
        services: world.services,
        viewer: world.viewers.buyer,
        rfiId,
        summary: { fi: "Kuulimme paljon." },
      }),
    ).toEqual({ ok: true });
    const published = (await listPublicRfis(world.database.db, world.plans.open)).find(
      (rfi) => rfi.id === rfiId,
    );
    expect(published).toMatchObject({
      state: "closed",
      responseCount: 1,
      summary: { fi: "Kuulimme paljon." },
    });
    expect(JSON.stringify(await listPublicRfis(world.database.db, world.plans.open))).not.toContain(secret);
    const mails = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "liam@ruoka.example"));
    expect(mails.filter((mail) => mail.textBody?.includes(`/rfi/${rfiId}`))).toHaveLength(1);
    const steps = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, rfiId));
    expect(steps.map((step) => step.kind)).toEqual(
      expect.arrayContaining(["rfi.opened", "rfi.responded", "rfi.closed", "rfi.summary-published"]),
    );
    expect(JSON.stringify(steps)).not.toContain(secret);
    expect(await listPublicRfis(world.database.db, world.plans.internal)).toEqual([]);
  });
});

describe("after closing", () => {
  it("asks the companies that followed the plan but did not respond why, once each", async () => {
    for (const viewer of [world.viewers.kirkasAdmin, world.viewers.ruokaAdmin])
      await markInterest({ services: world.services, viewer, planId: world.plans.open, note: "" });
    const { rfiId, questions } = await createOpenRfi(world);
    await saveRfiResponse({
      services: world.services,
      viewer: world.viewers.ruokaAdmin,
      rfiId,
      values: formValues([[answerField(questions["long-text"] ?? ""), "Vastaus"]]),
    });
    expect(await closeRfi({ services: world.services, viewer: world.viewers.buyer, rfiId })).toEqual({
      ok: true,
    });
    const invited = await world.database.db
      .select({ organisationId: dialogueSurveyInvitation.organisationId })
      .from(dialogueSurveyInvitation)
      .where(eq(dialogueSurveyInvitation.subjectId, rfiId));
    expect(invited.map((row) => row.organisationId)).toEqual([world.ids.kirkas]);
    const mails = (await world.database.db.select().from(mailOutbox)).filter((mail) =>
      mail.textBody?.includes(`/plans/${world.plans.open}/survey/${rfiId}`),
    );
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(
      [world.viewers.kirkasAdmin.email, world.viewers.kirkasMember.email].sort(),
    );
  });
});

describe("a person's data", () => {
  it("exports the responses a person last saved and forgets them as their editor", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    await saveRfiResponse({
      services: world.services,
      viewer: world.viewers.kirkasMember,
      rfiId,
      values: formValues([[answerField(questions["long-text"] ?? ""), "Vastaus"]]),
    });
    const data = await rfiDataOfPerson(world.database.db, world.viewers.kirkasMember.userId);
    expect(data.rfiResponses.map((response) => response.rfiId)).toContain(rfiId);
    await eraseRfiDataOf(world.database.db, world.viewers.kirkasMember.userId);
    const view = await getRfiForBuyer(world.database.db, world.viewers.buyer, rfiId);
    expect(view.responses.map((response) => response.lastEditor)).toEqual([null]);
  });
});
