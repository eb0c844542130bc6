import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import { isLocale, type Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { listUnsubscribedTopics } from "../mail/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { listMunicipalities, listRegions } from "../reference-data/index.server.ts";
import { canManageWatch } from "./policy.ts";
import { watchesNotification, watchesWatch } from "./tables.ts";
import { watchTopic } from "./watch-topic.ts";

export type WatchSummary = {
  id: string;
  name: string;
  cpvCodes: string[];
  regions: string[];
  municipalities: string[];
  organisations: string[];
  valueBands: string[];
  keywords: string;
  events: string[];
  instant: boolean;
  digest: boolean;
  /** The person used the one-click unsubscribe of this watch's e-mails. */
  unsubscribed: boolean;
  notifications: number;
};

const columns = {
  id: watchesWatch.id,
  userId: watchesWatch.userId,
  name: watchesWatch.name,
  cpvCodes: watchesWatch.cpvCodes,
  regions: watchesWatch.regions,
  municipalities: watchesWatch.municipalities,
  organisations: watchesWatch.organisations,
  valueBands: watchesWatch.valueBands,
  keywords: watchesWatch.keywords,
  events: watchesWatch.events,
  instant: watchesWatch.instant,
  digest: watchesWatch.digest,
};

/** The viewer's watches, newest first, with how many notifications each has made. */
export async function listWatches(db: Db, viewer: Viewer): Promise<WatchSummary[]> {
  const rows = await db
    .select({
      ...columns,
      // Written out: in a one-table select Drizzle leaves column names unqualified, and "id" would be the
      // notification's own.
      notifications: sql<number>`(select count(*)::int from ${watchesNotification} n where n.watch_id = ${watchesWatch}.id)`,
    })
    .from(watchesWatch)
    .where(eq(watchesWatch.userId, viewer.userId))
    .orderBy(desc(watchesWatch.createdAt));
  const suppressed = await unsubscribedTopics(db, viewer.email);
  return rows.map(({ userId: _user, ...row }) => ({
    ...row,
    unsubscribed: suppressed.has(watchTopic(row.id)),
  }));
}

const unsubscribedTopics = listUnsubscribedTopics;

/** One of the viewer's own watches; 404 for anyone else's (nobody learns that it exists). */
export async function getWatch(db: Db, viewer: Viewer, watchId: string): Promise<WatchSummary> {
  if (!/^[0-9a-f-]{36}$/i.test(watchId)) throw new AppError("not_found");
  const [row] = await db.select(columns).from(watchesWatch).where(eq(watchesWatch.id, watchId));
  if (!row || !canManageWatch(viewer, row)) throw new AppError("not_found");
  const { userId: _user, ...watch } = row;
  const suppressed = await unsubscribedTopics(db, viewer.email);
  return { ...watch, unsubscribed: suppressed.has(watchTopic(watch.id)), notifications: 0 };
}

export type NotificationItem = {
  id: string;
  event: string;
  createdAt: Date;
  read: boolean;
  watchName: string;
  planId: string;
  /** Null when the plan is no longer public: the list says so and never shows its current text. */
  planTitle: string | null;
  organisationName: string | null;
};

import { notificationsPerPage } from "./schemas.ts";

/** The viewer's notifications, newest first, a page at a time. */
export async function listNotifications(
  db: Db,
  viewer: Viewer,
  { page, locale }: { page: number; locale: Locale },
): Promise<{ items: NotificationItem[]; total: number; unread: number }> {
  const rows = await db
    .select({
      id: watchesNotification.id,
      event: watchesNotification.event,
      createdAt: watchesNotification.createdAt,
      readAt: watchesNotification.readAt,
      watchName: watchesWatch.name,
      planId: watchesNotification.planId,
    })
    .from(watchesNotification)
    .innerJoin(watchesWatch, eq(watchesWatch.id, watchesNotification.watchId))
    .where(eq(watchesNotification.userId, viewer.userId))
    .orderBy(desc(watchesNotification.createdAt), desc(watchesNotification.id))
    .limit(notificationsPerPage)
    .offset((page - 1) * notificationsPerPage);
  const [totals] = await db
    .select({
      total: count(),
      unread: sql<number>`count(*) filter (where ${watchesNotification.readAt} is null)::int`,
    })
    .from(watchesNotification)
    .where(eq(watchesNotification.userId, viewer.userId));
  const lang = isLocale(locale) ? locale : "fi";
  const headlines = await listPublicHeadlines(
    db,
    rows.map((row) => row.planId),
  );
  return {
    items: rows.map((row) => {
      const headline = headlines.get(row.planId);
      return {
        id: row.id,
        event: row.event,
        createdAt: row.createdAt,
        read: row.readAt !== null,
        watchName: row.watchName,
        planId: row.planId,
        planTitle: headline ? pickText(headline.title, lang) : null,
        organisationName: headline ? pickText(headline.organisationName, lang) : null,
      };
    }),
    total: totals?.total ?? 0,
    unread: totals?.unread ?? 0,
  };
}

/** How many of the viewer's notifications are unread (the header's badge). */
export async function countUnreadNotifications(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(watchesNotification)
    .where(and(eq(watchesNotification.userId, userId), isNull(watchesNotification.readAt)));
  return row?.n ?? 0;
}

/** Marks the viewer's notifications read: the ones named, or all of them. */
export async function markNotificationsRead(
  db: Db,
  viewer: Viewer,
  { ids, requestId }: { ids: string[] | "all"; requestId?: string },
): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(watchesNotification)
      .set({ readAt: new Date() })
      .where(
        and(
          eq(watchesNotification.userId, viewer.userId),
          isNull(watchesNotification.readAt),
          ids === "all" ? undefined : inArray(watchesNotification.id, ids),
        ),
      )
      .returning({ id: watchesNotification.id });
    if (marked.length > 0)
      await recordAudit(tx, {
        actorId: viewer.userId,
        action: "watches.notifications.read",
        entityType: "user",
        entityId: viewer.userId,
        summary: { count: marked.length },
        requestId,
      });
    return marked.length;
  });
}

/**
 * Opens one of the viewer's notifications: marks it read and gives its plan's id, to go to. Anyone
 * else's notification, or an id that is none, is not_found.
 */
export async function openNotification(
  db: Db,
  viewer: Viewer,
  { notificationId, requestId }: { notificationId: string; requestId?: string },
): Promise<string> {
  if (!/^[0-9a-f-]{36}$/i.test(notificationId)) throw new AppError("not_found");
  const [row] = await db
    .select({ planId: watchesNotification.planId })
    .from(watchesNotification)
    .where(and(eq(watchesNotification.id, notificationId), eq(watchesNotification.userId, viewer.userId)));
  if (!row) throw new AppError("not_found");
  await markNotificationsRead(db, viewer, { ids: [notificationId], ...(requestId ? { requestId } : {}) });
  return row.planId;
}

/** Buyer organisations a watch can name (contracting authorities), by name. */
export async function listWatchableOrganisations(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(
      inArray(organisationsOrganisation.kind, [
        "municipality",
        "joint-procurement-unit",
        "contracting-authority",
      ]),
    )
    .orderBy(organisationsOrganisation.name);
}

/** The choices the form offers: regions, municipalities and contracting authorities. */
export async function watchFormOptions(db: Db, locale: Locale) {
  const regions = (await listRegions({ db, locale })).map((r) => ({ code: r.code, name: r.name }));
  const municipalities = (await listMunicipalities({ db, locale })).map((m) => ({
    code: m.code,
    name: m.name,
  }));
  const organisations = (await listWatchableOrganisations(db)).map((o) => ({ code: o.id, name: o.name }));
  return { regions, municipalities, organisations };
}

/** The name of the watch an unsubscribe topic stands for, or null when the topic is not a watch's. */
export async function watchNameOfTopic(db: Db, topic: string): Promise<string | null> {
  const id = /^watch\.([0-9a-f-]{36})$/.exec(topic)?.[1];
  if (!id) return null;
  const [row] = await db
    .select({ name: watchesWatch.name })
    .from(watchesWatch)
    .where(eq(watchesWatch.id, id));
  return row?.name ?? null;
}
