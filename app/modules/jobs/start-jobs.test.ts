import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createLogger } from "../../../server/logger.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { defineJob, InvalidJobPayloadError, type Jobs, type JobsLogger, startJobs } from "./index.server.ts";

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

  it("fails a job whose handler keeps throwing once its retries are used up, and logs why", async () => {
    const broken = defineJob({
      name: "test.broken",
      schema: z.object({}),
      queue: { retryLimit: 2, retryDelay: 0 },
    });
    let runs = 0;
    await jobs.register(broken, async () => {
      runs += 1;
      throw new Error(`broken run ${runs}`);
    });
    const id = await jobs.send(broken, {});
    await vi.waitFor(
      async () => {
        const [job] = await jobs.boss.findJobs("test.broken", { id: id ?? "" });
        expect(job?.state).toBe("failed");
        expect(job?.retryCount).toBe(2);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(runs).toBe(3);
    // Two warnings that it will be retried, then one error naming the job, its last attempt and the reason.
    const about = logged.filter((entry) => (entry.details as { job?: string }).job === "test.broken");
    expect(about.map((entry) => entry.level)).toEqual(["warn", "warn", "error"]);
    expect(about[2]?.message).toBe("job failed; no retries left");
    expect(about[2]?.details).toMatchObject({ attempt: 3, err: new Error("broken run 3") });
  });

  it("logs through the app's pino logger: a failed job as an error line with its queue and reason", async () => {
    const lines: Record<string, unknown>[] = [];
    const destination = { write: (line: string) => lines.push(JSON.parse(line)) };
    const own = await startJobs({
      database,
      logger: createLogger("info", destination),
      pollingIntervalSeconds: 0.5,
    });
    try {
      const failing = defineJob({ name: "test.pino", schema: z.object({}), queue: { retryLimit: 0 } });
      await own.register(failing, async () => {
        throw new Error("pino sees this");
      });
      const id = await own.send(failing, {});
      await vi.waitFor(
        async () => expect((await own.boss.findJobs("test.pino", { id: id ?? "" }))[0]?.state).toBe("failed"),
        { timeout: 5_000, interval: 100 },
      );
      await vi.waitFor(() =>
        expect(
          lines.find((line) => line.level === 50 && JSON.stringify(line).includes("pino sees this")),
        ).toMatchObject({
          service: "hankintasilta",
        }),
      );
      expect(JSON.stringify(lines.filter((line) => line.level === 50))).toContain("test.pino");
    } finally {
      await own.stop();
    }
  });
});

describe("stopping the job runner", () => {
  it("waits for a running job before closing", async () => {
    const own = await startJobs({ database, logger, pollingIntervalSeconds: 0.5, stopTimeoutMs: 5_000 });
    const slow = defineJob({ name: "test.slow", schema: z.object({}) });
    const events: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await own.register(slow, async () => {
      events.push("job started");
      await gate;
      events.push("job finished");
    });
    await own.send(slow, {});
    await vi.waitFor(() => expect(events).toEqual(["job started"]), { timeout: 5_000, interval: 20 });
    const stopped = own.stop().then(() => events.push("stopped"));
    // Stopping has begun (the worker says so) while the job is still held: stop must not have returned.
    await vi.waitFor(() =>
      expect(own.boss.getWipData().find((worker) => worker.name === "test.slow")?.state).toBe("stopping"),
    );
    expect(events).toEqual(["job started"]);
    release();
    await stopped;
    expect(events).toEqual(["job started", "job finished", "stopped"]);
    // The shared database is still open for the other runner.
    await database.ping();
  });
});
