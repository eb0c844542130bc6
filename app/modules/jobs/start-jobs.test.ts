import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createLogger } from "../../../server/logger.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { defineJob, InvalidJobPayloadError, type Jobs, type JobsLogger, startJobs } from "./index.ts";

const logged: { level: string; message: string; details: object }[] = [];
const logger: JobsLogger = {
  info: (details, message) => logged.push({ level: "info", message, details }),
  warn: (details, message) => logged.push({ level: "warn", message, details }),
  error: (details, message) => logged.push({ level: "error", message, details }),
};

let database: TestDatabase;
let jobs: Jobs;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await startJobs({ database, logger, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await jobs?.stop();
  await database?.dispose();
});

const greet = defineJob({
  name: "test.greet",
  schema: z.object({ name: z.string().min(1), times: z.coerce.number().int().default(1) }),
});

describe("the job runner", () => {
  it("works a sent job within a few seconds, with the parsed payload", async () => {
    const seen: unknown[] = [];
    await jobs.register(greet, async (payload, context) => {
      seen.push({ payload, attempt: context.attempt });
    });
    const started = performance.now();
    const id = await jobs.send(greet, { name: "Aino" });
    expect(id).toEqual(expect.any(String));
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 5_000, interval: 50 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(seen[0]).toEqual({ payload: { name: "Aino", times: 1 }, attempt: 1 });

    // By name too, once the definition is known in this process.
    await jobs.send("test.greet", { name: "Eino", times: "2" });
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 5_000, interval: 50 });
  });

  it("refuses an invalid payload when it is sent, and queues nothing", async () => {
    const invalid = defineJob({ name: "test.invalid", schema: z.object({ id: z.uuid() }) });
    await jobs.declare(invalid);
    await expect(jobs.send(invalid, { id: "not-a-uuid" })).rejects.toBeInstanceOf(InvalidJobPayloadError);
    await expect(jobs.send("test.unknown", {})).rejects.toThrow(/not declared/);
    const queued = await jobs.boss.findJobs("test.invalid");
    expect(queued).toHaveLength(0);
  });

  it("fails a job whose stored payload does not fit, without running the handler or retrying", async () => {
    const strict = defineJob({
      name: "test.strict",
      schema: z.object({ n: z.number() }),
      queue: { retryLimit: 3 },
    });
    const handler = vi.fn(async () => {});
    await jobs.register(strict, handler);
    const id = await jobs.boss.send("test.strict", { n: "not a number" });
    await vi.waitFor(
      async () => {
        const [job] = await jobs.boss.findJobs("test.strict", { id: id ?? "" });
        expect(job?.state).toBe("failed");
        expect(job?.retryCount).toBe(0);
      },
      { timeout: 5_000, interval: 100 },
    );
    expect(handler).not.toHaveBeenCalled();
    expect(logged.some((entry) => entry.level === "error" && entry.message.includes("payload invalid"))).toBe(
      true,
    );
  });

  it("retries a failing handler as the queue allows and says which attempt is the last", async () => {
    const flaky = defineJob({
      name: "test.flaky",
      schema: z.object({}),
      queue: { retryLimit: 1, retryDelay: 0 },
    });
    const attempts: { attempt: number; isLastAttempt: boolean }[] = [];
    await jobs.register(flaky, async (_payload, { attempt, isLastAttempt }) => {
      attempts.push({ attempt, isLastAttempt });
      if (attempt === 1) throw new Error("temporary");
    });
    await jobs.send(flaky, {});
    await vi.waitFor(() => expect(attempts).toHaveLength(2), { timeout: 8_000, interval: 50 });
    expect(attempts).toEqual([
      { attempt: 1, isLastAttempt: false },
      { attempt: 2, isLastAttempt: true },
    ]);
    expect(logged.some((entry) => entry.level === "warn" && entry.message.includes("will be retried"))).toBe(
      true,
    );
  });

  it("sends inside the caller's transaction: nothing on rollback, the job on commit", async () => {
    const inTx = defineJob({ name: "test.in-tx", schema: z.object({ label: z.string() }) });
    const seen: string[] = [];
    await jobs.register(inTx, async ({ label }) => {
      seen.push(label);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.send(inTx, { label: "rolled back" }, { tx });
        await tx.execute(sql`select 1`);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    await database.db.transaction(async (tx) => {
      await jobs.send(inTx, { label: "committed" }, { tx });
    });
    await vi.waitFor(() => expect(seen).toEqual(["committed"]), { timeout: 5_000, interval: 50 });
    const all = await jobs.boss.findJobs("test.in-tx");
    expect(all).toHaveLength(1);
  });

  it("refuses to create a queue inside a transaction (it would deadlock PGlite)", async () => {
    const late = defineJob({ name: "test.late", schema: z.object({}) });
    await expect(
      database.db.transaction(async (tx) => {
        await jobs.send(late, {}, { tx });
      }),
    ).rejects.toThrow(/declared at start-up/);
  });

  it("accepts the app's pino logger", () => {
    const pinoLogger: JobsLogger = createLogger("silent");
    expect(pinoLogger).toBeDefined();
  });
});

describe("stopping the job runner", () => {
  it("waits for a running job before closing", async () => {
    const own = await startJobs({ database, logger, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 });
    const slow = defineJob({ name: "test.slow", schema: z.object({}) });
    let finished = false;
    let begun = false;
    await own.register(slow, async () => {
      begun = true;
      await new Promise((resolve) => setTimeout(resolve, 700));
      finished = true;
    });
    await own.send(slow, {});
    await vi.waitFor(() => expect(begun).toBe(true), { timeout: 5_000, interval: 20 });
    await own.stop();
    expect(finished).toBe(true);
    // The shared database is still open for the other runner.
    await database.ping();
  });
});
