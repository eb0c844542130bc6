import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { answerQuestion } from "./answer-question.server.ts";
import { askQuestion } from "./ask-question.server.ts";
import {
  answerQuestionSchema,
  askQuestionSchema,
  maxQuestionsPerCompanyPerDay,
} from "./questions-schemas.ts";
import { dialogueQuestion } from "./questions-tables.ts";
import { dialogueStep } from "./tables.ts";

// Questions decide under locks: a question row `for update` (answered once), a company's daily number
// under a transaction-scoped advisory lock. On PostgreSQL the calls run side by side on a pool of 30
// connections; PGlite has one connection and runs them one after another, so there only the outcome
// is shown.

let world: CompanyWorld;

beforeAll(async () => {
  world = await createCompanyWorld({ poolSize: 30 });
}, 120_000);
afterAll(async () => {
  await world?.database.dispose();
});

async function race<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const thrown = settled.filter((result) => result.status === "rejected");
  expect(thrown.map((result) => String((result as PromiseRejectedResult).reason))).toEqual([]);
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}

describe("concurrent questions and answers", () => {
  it("publishes one of twenty answers given at once and refuses the rest", async () => {
    const asked = await askQuestion({
      services: world.services,
      viewer: world.viewers.kirkasAdmin,
      planId: world.plans.open,
      input: askQuestionSchema.parse({ question: "Montako kohdetta sopimukseen kuuluu?" }),
    });
    if (!asked.ok) throw new Error("refused");
    const results = await race(
      Array.from(
        { length: 20 },
        (_, index) => () =>
          answerQuestion({
            services: world.services,
            viewer: world.viewers.buyer,
            questionId: asked.questionId,
            input: answerQuestionSchema.parse({ answer: `Vastaus ${index}` }),
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const [row] = await world.database.db
      .select()
      .from(dialogueQuestion)
      .where(eq(dialogueQuestion.id, asked.questionId));
    expect(row?.state).toBe("published");
    const answered = await world.database.db
      .select()
      .from(dialogueStep)
      .where(eq(dialogueStep.subjectId, asked.questionId));
    expect(answered.filter((step) => step.kind === "question.answered")).toHaveLength(1);
  });

  it("keeps a company within its daily number of questions when twenty are sent at once", async () => {
    const results = await race(
      Array.from(
        { length: 20 },
        (_, index) => () =>
          askQuestion({
            services: world.services,
            viewer: world.viewers.ruokaAdmin,
            planId: world.plans.withLots,
            input: askQuestionSchema.parse({
              question: `Kysymys ${index}: toimitetaanko ateriat lämpiminä?`,
            }),
          }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(maxQuestionsPerCompanyPerDay);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(20 - maxQuestionsPerCompanyPerDay).fill({
        ok: false,
        errors: { question: "questions.errors.tooMany" },
      }),
    );
  });
});
