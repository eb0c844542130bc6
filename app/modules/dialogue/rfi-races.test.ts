import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompanyWorld, createCompanyWorld } from "../../test/company-fixtures.ts";
import { closeRfi } from "./close-rfi.server.ts";
import { answerField } from "./rfi-schemas.ts";
import { dialogueRfiAnswer, dialogueRfiResponse } from "./rfi-tables.ts";
import { createOpenRfi, formValues } from "./rfi-test-fixtures.ts";
import { saveRfiResponse } from "./save-rfi-response.server.ts";

// A company's response is decided by its unique (request, company) constraint and the request's row
// lock. On PostgreSQL the calls run side by side on a pool of 30 connections; PGlite has one connection
// and runs them one after another, so there only the outcome is shown.

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

describe("concurrent responses", () => {
  it("keeps one response row when two members of a company save twenty times at once", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    const field = answerField(questions["long-text"] ?? "");
    const results = await race(
      Array.from(
        { length: 20 },
        (_, index) => () =>
          saveRfiResponse({
            services: world.services,
            viewer: index % 2 ? world.viewers.kirkasAdmin : world.viewers.kirkasMember,
            rfiId,
            values: formValues([[field, `Vastaus ${index}`]]),
          }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.first)).toHaveLength(1);
    const rows = await world.database.db
      .select()
      .from(dialogueRfiResponse)
      .where(eq(dialogueRfiResponse.rfiId, rfiId));
    expect(rows).toHaveLength(1);
    const answers = await world.database.db
      .select()
      .from(dialogueRfiAnswer)
      .where(eq(dialogueRfiAnswer.responseId, rows[0]?.id ?? ""));
    expect(answers).toHaveLength(1);
  });

  it("either saves a response before the buyer's closing or refuses it, never both and never an error", async () => {
    const { rfiId, questions } = await createOpenRfi(world);
    const field = answerField(questions["long-text"] ?? "");
    const companies = [world.viewers.kirkasAdmin, world.viewers.ruokaAdmin];
    const results = await race<unknown>([
      ...Array.from(
        { length: 10 },
        (_, index) => () =>
          saveRfiResponse({
            services: world.services,
            viewer: companies[index % 2] ?? null,
            rfiId,
            values: formValues([[field, `Vastaus ${index}`]]),
          }),
      ),
      () => closeRfi({ services: world.services, viewer: world.viewers.buyer, rfiId }),
    ]);
    const saves = results.slice(0, 10) as Awaited<ReturnType<typeof saveRfiResponse>>[];
    expect(saves.every((result) => result.ok || result.error === "closed")).toBe(true);
    expect(results[10]).toEqual({ ok: true });
    const rows = await world.database.db
      .select()
      .from(dialogueRfiResponse)
      .where(eq(dialogueRfiResponse.rfiId, rfiId));
    // Every save that reported success is in the table, from before the closing.
    expect(rows.length).toBe(new Set(saves.flatMap((r) => (r.ok ? [r.responseId] : []))).size);
  });
});
