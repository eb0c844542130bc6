import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { findPartnerThread } from "./find-partner-thread.server.ts";
import { canSeeSender, type ThreadSide, threadSideOf } from "./policy.ts";
import type { PartnerDirection, PartnerKind } from "./schemas.ts";
import { partnersMessage, partnersRequest, partnersThread } from "./tables.ts";

export type PartnerThreadView = {
  id: string;
  side: ThreadSide;
  request: {
    id: string;
    kind: PartnerKind;
    direction: PartnerDirection;
    lotNumber: number | null;
    isOpen: boolean;
  };
  /** The plan's public title; null when the plan is not public (its text is then the buyer's own). */
  plan: { id: string; title: string | null };
  poster: { id: string; name: string };
  contacting: { id: string; name: string };
  posterHasAnswered: boolean;
  messages: {
    id: string;
    side: ThreadSide;
    companyName: string;
    /** The person who wrote, when the viewer may see them (canSeeSender); null otherwise or when deleted. */
    sender: { name: string; email: string } | null;
    body: string;
    createdAt: string;
  }[];
};

/** A thread for one of its two companies; everyone else gets not_found. */
export async function getPartnerThread({
  db,
  viewer,
  threadId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  threadId: string;
  locale: Locale;
}): Promise<PartnerThreadView> {
  const thread = await findPartnerThread(db, threadId);
  const side = thread ? threadSideOf(viewer, thread) : null;
  if (!thread || !side) throw new AppError("not_found");
  const rows = await db
    .select({
      id: partnersMessage.id,
      senderOrganisationId: partnersMessage.senderOrganisationId,
      senderName: accountsUser.name,
      senderEmail: accountsUser.email,
      body: partnersMessage.body,
      createdAt: partnersMessage.createdAt,
    })
    .from(partnersMessage)
    .leftJoin(accountsUser, eq(accountsUser.id, partnersMessage.senderUserId))
    .where(eq(partnersMessage.threadId, threadId))
    .orderBy(asc(partnersMessage.createdAt), asc(partnersMessage.id));
  const sideOf = (organisationId: string): ThreadSide =>
    organisationId === thread.posterId ? "poster" : "contacting";
  const posterHasAnswered = rows.some((row) => sideOf(row.senderOrganisationId) === "poster");
  const headline = (await listPublicHeadlines(db, [thread.planId])).get(thread.planId);
  return {
    id: thread.id,
    side,
    request: {
      id: thread.requestId,
      kind: thread.kind as PartnerKind,
      direction: thread.direction as PartnerDirection,
      lotNumber: thread.lotNumber,
      isOpen: thread.requestStatus === "open",
    },
    plan: { id: thread.planId, title: headline ? pickText(headline.title, locale) : null },
    poster: { id: thread.posterId, name: thread.posterName },
    contacting: { id: thread.contactingId, name: thread.contactingName },
    posterHasAnswered,
    messages: rows.map((row) => {
      const messageSide = sideOf(row.senderOrganisationId);
      const visible = canSeeSender(side, messageSide, posterHasAnswered);
      return {
        id: row.id,
        side: messageSide,
        companyName: messageSide === "poster" ? thread.posterName : thread.contactingName,
        sender:
          visible && row.senderName !== null && row.senderEmail !== null
            ? { name: row.senderName, email: row.senderEmail }
            : null,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
      };
    }),
  };
}

const poster = alias(organisationsOrganisation, "poster");
const contacting = alias(organisationsOrganisation, "contacting");

export type CompanyPartnerOverview = {
  company: { id: string; name: string };
  requests: {
    id: string;
    planId: string;
    /** Null when the plan is not public. */
    planTitle: string | null;
    kind: PartnerKind;
    direction: PartnerDirection;
    status: string;
    threads: number;
  }[];
  threads: { id: string; planTitle: string | null; otherCompany: string; updatedAt: string }[];
};

/** The viewer's company's own requests and every thread it is in (the company's partner page). */
export async function listCompanyPartners({
  db,
  viewer,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  locale: Locale;
}): Promise<CompanyPartnerOverview> {
  const company = actingCompanyOf(viewer);
  if (!company) throw new AppError("forbidden");
  const id = company.organisationId;
  const requests = await db
    .select({
      id: partnersRequest.id,
      planId: partnersRequest.planId,
      kind: partnersRequest.kind,
      direction: partnersRequest.direction,
      status: partnersRequest.status,
      // Qualified by hand: Drizzle leaves column names bare in a one-table select, and a bare "id"
      // inside the subquery would be the thread's.
      threads: sql<number>`(select count(*) from partners_thread t where t.request_id = "partners_request"."id")`,
    })
    .from(partnersRequest)
    .where(eq(partnersRequest.organisationId, id))
    .orderBy(asc(partnersRequest.status), desc(partnersRequest.createdAt));
  const threads = await db
    .select({
      id: partnersThread.id,
      planId: partnersRequest.planId,
      posterId: poster.id,
      posterName: poster.name,
      contactingName: contacting.name,
      updatedAt: partnersThread.updatedAt,
    })
    .from(partnersThread)
    .innerJoin(partnersRequest, eq(partnersRequest.id, partnersThread.requestId))
    .innerJoin(poster, eq(poster.id, partnersRequest.organisationId))
    .innerJoin(contacting, eq(contacting.id, partnersThread.organisationId))
    .where(or(eq(partnersThread.organisationId, id), and(eq(partnersRequest.organisationId, id))))
    .orderBy(desc(partnersThread.updatedAt))
    .limit(200);
  const headlines = await listPublicHeadlines(db, [
    ...requests.map((row) => row.planId),
    ...threads.map((row) => row.planId),
  ]);
  const titleOf = (planId: string) => {
    const headline = headlines.get(planId);
    return headline ? pickText(headline.title, locale) : null;
  };
  return {
    company: { id, name: company.name },
    requests: requests.map((row) => ({
      id: row.id,
      planId: row.planId,
      planTitle: titleOf(row.planId),
      kind: row.kind as PartnerKind,
      direction: row.direction as PartnerDirection,
      status: row.status,
      threads: Number(row.threads),
    })),
    threads: threads.map((row) => ({
      id: row.id,
      planTitle: titleOf(row.planId),
      otherCompany: row.posterId === id ? row.contactingName : row.posterName,
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
