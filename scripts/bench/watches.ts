// The watch benchmark (issue 4): on a new PostgreSQL database, 100,000 watches of 100,000 people
// (generated: every watch has CPV codes or keywords, as people make them), then 100 plan publications, each matched against every watch and its instant e-mails
// queued (timed one by one), then one weekly digest over all watches, and the mail renderer's speed.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, openDatabase } from "../../app/db/open-database.server.ts";
import type { Viewer } from "../../app/modules/accounts/viewer.server.ts";
import { createRandom } from "../../app/modules/demo/demo-plans.ts";
import { startJobs } from "../../app/modules/jobs/index.server.ts";
import { renderMail } from "../../app/modules/mail/render-mail.ts";
import { sendMailJob } from "../../app/modules/mail/send-mail-job.ts";
import { organisationsOrganisation } from "../../app/modules/organisations/tables.ts";
import { createPlan } from "../../app/modules/plans/create-plan.server.ts";
import { planInputSchema } from "../../app/modules/plans/schemas.ts";
import { loadReferenceData } from "../../app/modules/reference-data/index.server.ts";
import {
  deliverInstantNotifications,
  deliverWeeklyDigest,
} from "../../app/modules/watches/deliver-notifications.server.ts";
import { matchNextPendingVersion } from "../../app/modules/watches/match-plan-version.server.ts";
import { instantMail } from "../../app/modules/watches/watch-mail.ts";
import { round } from "./load.ts";

const settings = { publicUrl: "https://hankintasilta.example", unsubscribeSecret: "b".repeat(32) };
const admin: Viewer = {
  userId: "bench",
  name: "Bench",
  email: "bench@example.fi",
  locale: "fi",
  isPlatformAdmin: true,
  memberships: [],
  activeOrganisationId: null,
};
const mainCodes = [
  "90911200",
  "90919200",
  "55524000",
  "15800000",
  "45233141",
  "60130000",
  "90620000",
  "79530000",
  "72222300",
  "33141000",
];
const words = [
  "siivous",
  "ruokapalvelut",
  "lumityöt",
  "ikkunanpesu",
  "kuljetus",
  "catering",
  "tulkkaus",
  "kunnossapito",
];

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
};

export async function runWatchBench({
  serverUrl,
  watches = 100_000,
  publications = 100,
  progress,
}: {
  serverUrl: string;
  watches?: number;
  publications?: number;
  progress: (message: string) => void;
}) {
  const name = `hs_bench_watches_${randomBytes(4).toString("hex")}`;
  const admin_ = new pg.Client({ connectionString: serverUrl });
  await admin_.connect();
  await admin_.query(`create database ${name}`);
  await admin_.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
    await database.migrate(resolve("drizzle"));
    const { db } = database;
    await loadReferenceData({ db });
    progress(`watches: generating ${watches} people and watches`);
    const generated = performance.now();
    await generate(db, watches);
    const generationS = round((performance.now() - generated) / 1000, 1);

    const orgs = await db
      .insert(organisationsOrganisation)
      .values(
        ["049", "091", "092", "837", "564", "853", "179", "398"].map((code) => ({
          id: `bench-kunta-${code}`,
          name: `Kunta ${code}`,
          slug: `kunta-${code}`,
          kind: "municipality",
          municipalityCode: code,
        })),
      )
      .returning({ id: organisationsOrganisation.id });
    const jobs = await startJobs({ database, logger: { info() {}, warn() {}, error() {} } });
    // Queued, not worked: the bench measures up to the outbox, as the worker leaves it for delivery.
    await jobs.declare(sendMailJob);
    const random = createRandom(2026);
    const match: number[] = [];
    const matchAndQueue: number[] = [];
    const notifications: number[] = [];
    const emails: number[] = [];
    progress(`watches: ${publications} publications`);
    for (let i = 0; i < publications; i++) {
      const created = await createPlan({
        services: { database },
        viewer: admin,
        organisationId: random.pick(orgs).id,
        input: planInputSchema.parse({
          title: { fi: `${random.pick(words)} ${i}`, sv: `Upphandling ${i}` },
          need: { fi: `Tarve ${random.pick(words)} ja ${random.pick(words)}.` },
          mainCpv: random.pick(mainCodes),
          estimatedValueEur: random.int(20_000, 2_000_000),
          tenderYear: 2027,
          noLotsReason: { fi: "Yksi kokonaisuus." },
          visibility: "public",
        }),
      });
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      const began = performance.now();
      const done = await matchNextPendingVersion(db);
      const matched = performance.now();
      const queued = await deliverInstantNotifications({ db, jobs, settings }, 1000);
      match.push(matched - began);
      matchAndQueue.push(performance.now() - began);
      notifications.push(done?.notifications ?? 0);
      emails.push(queued);
    }

    progress("watches: weekly digest over every watch");
    await db.execute(sql`update watches_watch set digest = true`);
    await db.execute(
      sql`update watches_notification set emailed_at = null, instant_pending = false, digested_at = null`,
    );
    await db.execute(sql`
      insert into watches_notification (watch_id, user_id, plan_id, plan_version, event)
      select w.id, w.user_id, p.id, 1, 'published' from watches_watch w
      cross join lateral (select id from plans_plan order by id limit 1) p
      on conflict do nothing`);
    const digestBegan = performance.now();
    const digest = await deliverWeeklyDigest({ db, jobs, settings });
    const digestS = round((performance.now() - digestBegan) / 1000, 1);
    await jobs.stop();

    const renderCount = 5000;
    const notice = {
      planId: "00000000-0000-4000-8000-000000000000",
      event: "published" as const,
      watchName: "Siivous Uusimaa",
      title: { fi: "Koulujen siivouspalvelut" },
      need: { fi: "Puhtaat oppimisympäristöt 30 koululle. ".repeat(8) },
      organisationName: { fi: "Espoon kaupunki", sv: "Esbo stad" },
      tenderYear: 2027,
      tenderQuarter: 2,
    };
    const renderBegan = performance.now();
    for (let i = 0; i < renderCount; i++)
      renderMail({
        template: "notification",
        locale: "fi",
        data: { topic: "watch.bench", ...instantMail(notice, "fi", settings.publicUrl) },
        unsubscribeUrl: () => "https://hankintasilta.example/fi/unsubscribe?token=x",
      });
    const renderPerSecond = Math.round(renderCount / ((performance.now() - renderBegan) / 1000));

    return {
      watches,
      generationS,
      publications,
      notificationsPerPublication: { median: percentile(notifications, 50), max: Math.max(...notifications) },
      emailsPerPublication: { median: percentile(emails, 50), max: Math.max(...emails) },
      matchMs: { p50: percentile(match, 50), p95: percentile(match, 95), max: round(Math.max(...match)) },
      matchAndQueueEmailsMs: {
        p50: percentile(matchAndQueue, 50),
        p95: percentile(matchAndQueue, 95),
        max: round(Math.max(...matchAndQueue)),
        target: "p95 <= 1000",
      },
      weeklyDigest: { ...digest, seconds: digestS, target: "<= 120 s for 100,000 watches" },
      emailsRenderedPerSecond: renderPerSecond,
    };
  } finally {
    await database?.close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}

/** People (verified addresses, fi/sv/en) and their watches: CPV groups or divisions, regions, keywords. */
async function generate(db: Database["db"], count: number) {
  await db.execute(sql`
    insert into accounts_user (id, name, email, email_verified, locale)
    select 'bench-' || g, 'Yrittäjä ' || g, 'yrittaja' || g || '@yritys.example', true,
      (array['fi', 'sv', 'en'])[1 + g % 3]
    from generate_series(1, ${count}) as g`);
  await db.execute(sql`
    with groups as (select array_agg(distinct left(code, 3)) as list from ref_cpv_code),
      regions as (select array_agg(code order by code) as list from ref_region)
    insert into watches_watch (user_id, name, cpv_codes, cpv_prefixes, regions, keywords, keyword_text, keyword_groups, events, instant, digest)
    select 'bench-' || g, 'Vahti ' || g,
      case when g % 20 < 12 then array[rpad(groups.list[1 + g % cardinality(groups.list)], 8, '0')]
           when g % 20 < 17 then array[rpad(left(groups.list[1 + g % cardinality(groups.list)], 2), 8, '0')]
           else '{}' end,
      case when g % 20 < 12 then array[groups.list[1 + g % cardinality(groups.list)]]
           when g % 20 < 17 then array[left(groups.list[1 + g % cardinality(groups.list)], 2)]
           else '{}' end,
      case when (g / 3) % 3 = 0 then '{}' else array[regions.list[1 + (g / 7) % cardinality(regions.list)]] end,
      k.word, k.word, case when k.word = '' then '{}' else array[k.word] end,
      case when g % 4 = 0 then array['published', 'dialogue-opened', 'changed', 'tender-published'] else array['published'] end,
      (g / 13) % 10 < 7, (g / 17) % 2 = 0
    from generate_series(1, ${count}) as g cross join groups cross join regions
    cross join lateral (select case when g % 20 >= 17 or (g / 11) % 10 = 0 then (${sql.param(words)}::text[])[1 + g % ${words.length}] else '' end as word) as k`);
}
