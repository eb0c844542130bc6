// `npm run bench:data -- --database-url postgres://127.0.0.1/…`: fills an EMPTY local PostgreSQL database
// with benchmark data: 300 organisations and 300,000 plans from the demo templates, with the realistic
// spread of CPV areas, values, dates, statuses and Finnish/Swedish text that the demo data has.
// Loads with multi-row inserts and prints one JSON line with the rows per second.
//   --organisations N  (default 300)   --plans N  (default 300000)   --seed N  (default 42)
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { count, sql } from "drizzle-orm";
import { openDatabase } from "../../app/db/open-database.server.ts";
import type { Db } from "../../app/db/types.ts";
import { createRandom, demoPlanTemplates, generatePlan } from "../../app/modules/demo/demo-plans.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { planColumns } from "../../app/modules/plans/plan-record.server.ts";
import { type PlanInput, planInputSchema } from "../../app/modules/plans/schemas.ts";
import {
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "../../app/modules/plans/tables.ts";
import {
  findThresholds,
  isReferenceDataLoaded,
  loadReferenceData,
} from "../../app/modules/reference-data/index.server.ts";
import { classifyValue } from "../../app/modules/reference-data/index.ts";
import { assertNode24 } from "../../server/require-node-24.ts";
import { generateBenchOrganisations } from "./bench-organisations.ts";

assertNode24();
const { values: flags } = parseArgs({
  options: {
    "database-url": { type: "string" },
    organisations: { type: "string", default: "300" },
    plans: { type: "string", default: "300000" },
    seed: { type: "string", default: "42" },
  },
});
const fail = (message: string): never => {
  console.error(`bench:data: ${message}`);
  process.exit(1);
};
const databaseUrl = flags["database-url"] ?? process.env.DATABASE_URL ?? fail("give --database-url");
let host = "";
try {
  host = new URL(databaseUrl).hostname;
} catch {}
if (!["localhost", "127.0.0.1", "[::1]"].includes(host)) {
  fail("the database URL must point to localhost or 127.0.0.1 (benchmark data stays on this machine)");
}
const organisationCount = Number(flags.organisations);
const planTotal = Number(flags.plans);
if (!Number.isInteger(organisationCount) || organisationCount < 20 || organisationCount > 400) {
  fail("--organisations must be a whole number from 20 to 400");
}
if (!Number.isInteger(planTotal) || planTotal < 1 || planTotal > 5_000_000) {
  fail("--plans must be a whole number from 1 to 5000000");
}

const database = await openDatabase({ databaseUrl, poolSize: 4 });
try {
  await database.migrate(resolve("drizzle"));
  const { db } = database;
  if (!(await isReferenceDataLoaded({ db }))) await loadReferenceData({ db });
  const [existing] = await db.select({ value: count() }).from(plansPlan);
  if (Number(existing?.value) > 0) fail("the database already has plans: give an empty database");
  // Search indexes are built once after the load (as in any bulk load), from their own definitions.
  const { rows: indexes } = (await db.execute(
    sql`select indexname as name, indexdef as definition from pg_indexes
        where tablename = 'plans_plan' and indexdef like '%USING gin%'`,
  )) as unknown as { rows: { name: string; definition: string }[] };
  for (const index of indexes) await db.execute(sql.raw(`drop index "${index.name}"`));
  let indexSeconds = 0;
  const loaded = await load(db).finally(async () => {
    const started = performance.now();
    for (const index of indexes) await db.execute(sql.raw(index.definition));
    // As autovacuum would in time: statistics, and the visibility map that index-only scans need.
    await db.execute(sql`vacuum analyze`);
    indexSeconds = Math.round((performance.now() - started) / 100) / 10;
  });
  const result = { ...loaded, indexSeconds };
  console.log(JSON.stringify(result));
} finally {
  await database.close();
}

async function load(db: Db) {
  const started = performance.now();
  const random = createRandom(Number(flags.seed));
  const organisations = generateBenchOrganisations(random, {
    count: organisationCount,
    totalPlans: planTotal,
  });
  const ids = new Map(organisations.map((o) => [o.key, randomUUID()]));
  const idOf = (key: string) => ids.get(key) ?? "";
  await db.insert(organisationsOrganisation).values(
    organisations.map((o) => ({
      id: idOf(o.key),
      name: o.name,
      slug: o.key,
      kind: o.kind,
      municipalityCode: o.municipalityCode ?? null,
    })),
  );
  const thresholds = await findThresholds({ db, at: new Date() });
  const templates = demoPlanTemplates.filter((t) => !t.onlyFor);
  const rowCounts = { plans: 0, children: 0, versions: 0 };
  // Plans were last changed at any time in the past two years, in no order of organisation (a separate
  // stream, so the plans themselves stay those of the seed).
  const clock = createRandom(Number(flags.seed) + 1);
  const loadStarted = Date.now();
  let pending: Pending[] = [];
  const flush = async () => {
    const counted = await writeBatch(db, pending, thresholds);
    rowCounts.plans += pending.length;
    rowCounts.children += counted.children;
    rowCounts.versions += counted.versions;
    pending = [];
    if (rowCounts.plans % 20_000 < 1000) {
      const seconds = (performance.now() - started) / 1000;
      console.error(`… ${rowCounts.plans} plans, ${Math.round(rowCounts.plans / seconds)} plans/s`);
    }
  };
  let written = 0;
  for (const organisation of organisations) {
    const peers = organisations
      .filter((o) => o.kind === "municipality" && o.regionCode === organisation.regionCode)
      .map((o) => o.key);
    for (let index = 0; index < organisation.planCount && written < planTotal; index += 1, written += 1) {
      const template = random.pick(templates);
      const participants =
        organisation.kind === "joint-procurement-unit" && peers.length > 1
          ? peers.slice(0, random.int(2, Math.min(6, peers.length))).map(idOf)
          : [];
      const plan = generatePlan(random, organisation, template, participants);
      const updatedAt = new Date(loadStarted - Math.floor(clock.next() * 2 * 365 * 86_400_000));
      pending.push({
        organisationId: idOf(organisation.key),
        plan,
        parsed: planInputSchema.parse(plan.input),
        updatedAt,
        createdAt: new Date(updatedAt.getTime() - Math.floor(clock.next() * 180 * 86_400_000)),
      });
      if (pending.length >= 1000) await flush();
    }
  }
  if (pending.length > 0) await flush();
  const seconds = (performance.now() - started) / 1000;
  const allRows = rowCounts.plans + rowCounts.children + rowCounts.versions;
  return {
    organisations: organisations.length,
    ...rowCounts,
    seconds: Math.round(seconds * 10) / 10,
    plansPerSecond: Math.round(rowCounts.plans / seconds),
    rowsPerSecond: Math.round(allRows / seconds),
  };
}

type Pending = {
  organisationId: string;
  plan: ReturnType<typeof generatePlan>;
  parsed: PlanInput;
  updatedAt: Date;
  createdAt: Date;
};

async function writeBatch(db: Db, batch: Pending[], thresholds: Awaited<ReturnType<typeof findThresholds>>) {
  const rows = batch.map(({ organisationId, plan, parsed, updatedAt, createdAt }) => ({
    ...planColumns(
      parsed,
      parsed.estimatedValueEur === undefined
        ? null
        : classifyValue(parsed.estimatedValueEur, parsed.valueCategory, thresholds),
    ),
    id: randomUUID(),
    organisationId,
    status: plan.lifecycle.status,
    hilmaNotice: plan.lifecycle.hilmaNotice ?? null,
    contractEnd: plan.lifecycle.contractEnd ?? null,
    cancelReason: plan.lifecycle.cancelReason ?? null,
    publishedAt: parsed.visibility === "public" ? createdAt : null,
    createdAt,
    updatedAt,
  }));
  const cpv = batch.flatMap(({ parsed }, i) => [
    { planId: rows[i]?.id ?? "", cpvCode: parsed.mainCpv, isMain: true },
    ...parsed.additionalCpv.map((cpvCode) => ({ planId: rows[i]?.id ?? "", cpvCode, isMain: false })),
  ]);
  const participants = batch.flatMap(({ parsed }, i) =>
    parsed.participants.map((organisationId) => ({ planId: rows[i]?.id ?? "", organisationId })),
  );
  const lots = batch.flatMap(({ parsed }, i) =>
    parsed.lots.map((lot, n) => ({
      planId: rows[i]?.id ?? "",
      number: n + 1,
      title: lot.title,
      estimatedValueEur: lot.estimatedValueEur ?? null,
    })),
  );
  const tags = batch.flatMap(({ parsed }, i) =>
    parsed.sustainability.map((tag) => ({ planId: rows[i]?.id ?? "", ...tag })),
  );
  // The first public version, with the snapshot fields loadPlanSnapshot records.
  const versions = rows.flatMap((row, i) => {
    const parsed = batch[i]?.parsed;
    if (row.visibility !== "public" || !parsed) return [];
    const snapshot = {
      ...row,
      archivedAt: null,
      additionalCpv: [...parsed.additionalCpv].sort(),
      participants: [...parsed.participants].sort(),
      lots: lots.filter((lot) => lot.planId === row.id).map(({ planId: _p, ...lot }) => lot),
      sustainability: parsed.sustainability.map((tag) => `${tag.list}/${tag.code}`).sort(),
      attachments: [],
    };
    return [{ planId: row.id, version: 1, createdAt: row.createdAt, reason: null, changes: {}, snapshot }];
  });
  await db.transaction(async (tx) => {
    await tx.insert(plansPlan).values(rows);
    await tx.insert(plansPlanCpv).values(cpv);
    if (participants.length > 0) await tx.insert(plansParticipant).values(participants);
    if (lots.length > 0) await tx.insert(plansLot).values(lots);
    if (tags.length > 0) await tx.insert(plansSustainability).values(tags);
    if (versions.length > 0) await tx.insert(plansVersion).values(versions);
  });
  return {
    children: cpv.length + participants.length + lots.length + tags.length,
    versions: versions.length,
  };
}
