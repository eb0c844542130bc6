import { asc, eq, lt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/types.ts";
import {
  findPlanVersionChanges,
  findPublicPlanForWatches,
  listPublicHeadlines,
} from "../plans/index.server.ts";
import { eventsOfVersion, type WatchEvent } from "./events.ts";
import { watchesPendingVersion } from "./tables.ts";

/** A pending version is tried this many times; then it stays in the table for an operator to see. */
export const maxMatchAttempts = 10;

/**
 * Makes the notifications of one public plan version in a single statement over all watches: CPV
 * (a watch's prefixes against all prefixes of the plan's codes, GIN-indexed), place (regions,
 * municipalities or organisations of the plan's owner and participants: any of them), value band,
 * keywords (the public search's rule: a stemmed full-text match in fi/sv/en, or every word found in the
 * plain text) and event. The plan's facts come from the plans module (`findPublicPlanForWatches`).
 * Existing notifications are left alone, so running it twice adds nothing. Nothing matches a plan that
 * is no longer public.
 */
export async function notifyWatchers(
  db: DbOrTx,
  {
    planId,
    version,
    events,
    subjectId = null,
  }: { planId: string; version: number; events: WatchEvent[]; subjectId?: string | null },
): Promise<number> {
  return (await notifyMatchingWatches(db, { planId, version, events, subjectId })).length;
}

/**
 * Tells the watches that match a public plan about a market-dialogue event on it (an answer published
 * to a company's question, `subjectId` the question): one notification per watch that has the event,
 * delivered as the watch says (instant e-mail, the weekly digest, or the app only). Returns the people
 * notified, so the sender does not e-mail them a second time. Nothing for a plan that is not public.
 *
 * @example const watchers = await notifyWatchersOfDialogue(tx, { planId, event: "answer-published", subjectId: questionId });
 */
export async function notifyWatchersOfDialogue(
  db: DbOrTx,
  {
    planId,
    event,
    subjectId,
  }: {
    planId: string;
    event: Extract<WatchEvent, "answer-published" | "dialogue-published" | "dialogue-opened">;
    subjectId: string;
  },
): Promise<string[]> {
  // The notification names the plan version that was public when the answer came out.
  const headline = (await listPublicHeadlines(db, [planId])).get(planId);
  if (!headline) return [];
  return notifyMatchingWatches(db, { planId, version: headline.version, events: [event], subjectId });
}

async function notifyMatchingWatches(
  db: DbOrTx,
  {
    planId,
    version,
    events,
    subjectId,
  }: { planId: string; version: number; events: WatchEvent[]; subjectId: string | null },
): Promise<string[]> {
  if (events.length === 0) return [];
  const plan = await findPublicPlanForWatches(db, planId);
  if (!plan) return [];
  const result = (await db.execute(sql`
    with plan as (
      select ${plan.planId}::uuid as id, ${plan.valueBand}::text as value_band,
        ${plan.searchFi}::tsvector as search_fi, ${plan.searchSv}::tsvector as search_sv,
        ${plan.searchEn}::tsvector as search_en, ${plan.searchText}::text as search_text
    ),
    orgs as (
      select unnest(${sql.param(plan.organisationIds)}::text[]) as id
    ),
    facts as (
      select
        coalesce((select array_agg(distinct left(c.code, n.len))
          from unnest(${sql.param(plan.cpvCodes)}::text[]) as c(code)
          cross join unnest(array[2, 3, 4, 5, 8]) as n(len)), '{}') as prefixes,
        coalesce((select array_agg(id) from orgs), '{}') as organisations,
        coalesce((select array_agg(distinct m.code) from orgs join organisations_organisation o on o.id = orgs.id
          join ref_municipality m on m.code = o.municipality_code), '{}') as municipalities,
        coalesce((select array_agg(distinct m.region_code) from orgs join organisations_organisation o on o.id = orgs.id
          join ref_municipality m on m.code = o.municipality_code), '{}') as regions
    )
    insert into watches_notification (watch_id, user_id, plan_id, plan_version, event, subject_id, instant_pending)
    select w.id, w.user_id, plan.id, ${version}, e.event, ${subjectId}::uuid, w.instant
    from plan
    cross join facts f
    cross join unnest(${sql.param(events)}::text[]) as e(event)
    join watches_watch w on w.events @> array[e.event]
    where (cardinality(w.cpv_prefixes) = 0 or w.cpv_prefixes && f.prefixes)
      and (cardinality(w.value_bands) = 0 or plan.value_band = any(w.value_bands))
      and ((cardinality(w.regions) = 0 and cardinality(w.municipalities) = 0 and cardinality(w.organisations) = 0)
        or w.regions && f.regions or w.municipalities && f.municipalities or w.organisations && f.organisations)
      and (w.keyword_text = ''
        or plan.search_fi @@ w.query_fi or plan.search_sv @@ w.query_sv or plan.search_en @@ w.query_en
        or not exists (
          select 1 from unnest(w.keyword_groups) as g(alternatives)
          where not exists (
            select 1 from unnest(string_to_array(g.alternatives, ' ')) as part(word)
            where strpos(plan.search_text, part.word) > 0)))
    on conflict do nothing
    returning user_id
  `)) as unknown as { rows: { user_id: string }[] };
  return result.rows.map((row) => row.user_id);
}

/**
 * Matches the oldest waiting plan version and removes it from the queue, in one transaction: a crash
 * before the commit leaves the version waiting, and the notifications it made vanish with the
 * transaction. Returns null when nothing waits.
 */
export async function matchNextPendingVersion(db: Db): Promise<{ notifications: number } | null> {
  let claimed: { id: number } | undefined;
  try {
    return await db.transaction(async (tx) => {
      const [pending] = await tx
        .select()
        .from(watchesPendingVersion)
        .where(lt(watchesPendingVersion.attempts, maxMatchAttempts))
        .orderBy(asc(watchesPendingVersion.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!pending) return null;
      claimed = pending;
      const changes = await findPlanVersionChanges(tx, pending);
      const events = changes ? eventsOfVersion({ version: pending.version, changes }) : [];
      const notifications = await notifyWatchers(tx, {
        planId: pending.planId,
        version: pending.version,
        events,
      });
      await tx.delete(watchesPendingVersion).where(eq(watchesPendingVersion.id, pending.id));
      return { notifications };
    });
  } catch (error) {
    if (claimed)
      await db
        .update(watchesPendingVersion)
        .set({
          attempts: sql`${watchesPendingVersion.attempts} + 1`,
          lastError: String(error).slice(0, 1000),
        })
        .where(eq(watchesPendingVersion.id, claimed.id));
    throw error;
  }
}

/** Matches every waiting version (up to `max` in one call). */
export async function matchPendingVersions(
  db: Db,
  max = 1000,
): Promise<{ versions: number; notifications: number }> {
  let versions = 0;
  let notifications = 0;
  while (versions < max) {
    const done = await matchNextPendingVersion(db);
    if (!done) break;
    versions += 1;
    notifications += done.notifications;
  }
  return { versions, notifications };
}
