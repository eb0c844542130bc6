import { and, asc, count, desc, eq, max } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import {
  canViewPlan,
  findPlanForPartners,
  listPublicHeadlines,
  type PublicHeadline,
  pickText,
} from "../plans/index.server.ts";
import { findPartnerRequest } from "./find-partner-request.server.ts";
import {
  canContactPartnerRequest,
  canManagePartnerRequest,
  canPostPartnerRequest,
  canSeePartnerRequest,
} from "./policy.ts";
import type { PartnerDirection, PartnerKind } from "./schemas.ts";
import { partnersMessage, partnersRequest, partnersThread } from "./tables.ts";

/** A partner request as everyone may see it: the company's name and the text, never an address. */
export type PartnerRequestView = {
  id: string;
  company: { id: string; name: string };
  kind: PartnerKind;
  direction: PartnerDirection;
  lot: { number: number; title: string } | null;
  description: string;
  status: "open" | "closed";
  createdAt: string;
};

/** A lot by its public title (empty when the plan is not public or the lot is gone). */
function lotTitle(headline: PublicHeadline | undefined, number: number | null, locale: Locale) {
  if (number === null) return null;
  const lot = headline?.lots.find((item) => item.number === number);
  return { number, title: lot ? pickText(lot.title, locale) : "" };
}

/**
 * The open partner requests on a plan the viewer may see, oldest first (empty otherwise), and whether the
 * viewer may post one.
 */
export async function listPlanPartnerRequests({
  db,
  viewer,
  planId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  planId: string;
  locale: Locale;
}): Promise<{ requests: PartnerRequestView[]; canPost: boolean }> {
  const plan = await findPlanForPartners(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) return { requests: [], canPost: false };
  const headline = (await listPublicHeadlines(db, [planId])).get(planId);
  const rows = await db
    .select({ request: partnersRequest, companyName: organisationsOrganisation.name })
    .from(partnersRequest)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .where(and(eq(partnersRequest.planId, planId), eq(partnersRequest.status, "open")))
    .orderBy(asc(partnersRequest.createdAt));
  const requests = rows
    .filter(({ request }) => canSeePartnerRequest(viewer, request, plan))
    .map(({ request, companyName }) => ({
      id: request.id,
      company: { id: request.organisationId, name: companyName },
      kind: request.kind as PartnerKind,
      direction: request.direction as PartnerDirection,
      lot: lotTitle(headline, request.lotNumber, locale),
      description: request.description,
      status: "open" as const,
      createdAt: request.createdAt.toISOString(),
    }));
  return { requests, canPost: canPostPartnerRequest(viewer, plan) };
}

/** What the new request form needs: the plan's title and lots; refused unless the viewer may post. */
export async function getPartnerRequestForm({
  db,
  viewer,
  planId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  planId: string;
  locale: Locale;
}): Promise<{ plan: { id: string; title: string }; lots: { number: number; title: string }[] }> {
  const plan = await findPlanForPartners(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) throw new AppError("not_found");
  if (!canPostPartnerRequest(viewer, plan)) throw new AppError("forbidden");
  const headline = (await listPublicHeadlines(db, [planId])).get(planId);
  if (!headline) throw new AppError("not_found");
  return {
    plan: { id: plan.id, title: pickText(headline.title, locale) },
    lots: headline.lots.map((lot) => ({ number: lot.number, title: pickText(lot.title, locale) })),
  };
}

export type PartnerRequestPage = {
  request: PartnerRequestView;
  /** The plan's public title; null when the plan is not public (the poster still sees its request). */
  plan: { id: string; title: string | null };
  canContact: boolean;
  canManage: boolean;
  /** The viewer's company's thread with the poster, when it has written before. */
  ownThreadId: string | null;
  /** For the poster: every thread on the request with the contacting company's name. */
  threads: { id: string; companyName: string; messages: number; lastMessageAt: string | null }[];
};

/** One request with what the viewer may do with it; not_found when the viewer may not see it. */
export async function getPartnerRequestPage({
  db,
  viewer,
  partnerRequestId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  partnerRequestId: string;
  locale: Locale;
}): Promise<PartnerRequestPage> {
  const record = await findPartnerRequest(db, partnerRequestId);
  if (!record || !canSeePartnerRequest(viewer, record, record.plan)) throw new AppError("not_found");
  const canManage = canManagePartnerRequest(viewer, record);
  const headline = (await listPublicHeadlines(db, [record.planId])).get(record.planId);
  const company = actingCompanyOf(viewer);
  const [own] =
    company && company.organisationId !== record.organisationId
      ? await db
          .select({ id: partnersThread.id })
          .from(partnersThread)
          .where(
            and(
              eq(partnersThread.requestId, record.id),
              eq(partnersThread.organisationId, company.organisationId),
            ),
          )
      : [];
  const threads = canManage
    ? await db
        .select({
          id: partnersThread.id,
          companyName: organisationsOrganisation.name,
          messages: count(partnersMessage.id),
          lastMessageAt: max(partnersMessage.createdAt),
        })
        .from(partnersThread)
        .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersThread.organisationId))
        .leftJoin(partnersMessage, eq(partnersMessage.threadId, partnersThread.id))
        .where(eq(partnersThread.requestId, record.id))
        .groupBy(partnersThread.id, organisationsOrganisation.name)
        .orderBy(desc(partnersThread.updatedAt))
    : [];
  return {
    request: {
      id: record.id,
      company: { id: record.organisationId, name: record.posterName },
      kind: record.kind as PartnerKind,
      direction: record.direction as PartnerDirection,
      lot: lotTitle(headline, record.lotNumber, locale),
      description: record.description,
      status: record.status === "closed" ? "closed" : "open",
      createdAt: record.createdAt.toISOString(),
    },
    plan: { id: record.plan.id, title: headline ? pickText(headline.title, locale) : null },
    canContact: !own && canContactPartnerRequest(viewer, record, record.plan),
    canManage,
    ownThreadId: own?.id ?? null,
    threads: threads.map((thread) => ({
      ...thread,
      messages: Number(thread.messages),
      lastMessageAt: thread.lastMessageAt ? new Date(thread.lastMessageAt).toISOString() : null,
    })),
  };
}
