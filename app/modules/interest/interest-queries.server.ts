import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { canSeeCompanyContacts, getCompanyProfile } from "../companies/index.server.ts";
import type { SizeClass } from "../companies/index.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { canViewPlan, findPlanForInterest, listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { actingCompanyOf, canMarkInterest, canSeeInterestedCompanies } from "./policy.ts";
import { interestPlanCompany } from "./tables.ts";

export type PlanInterestSummary = {
  /** The plan's public title; null when it is not public. */
  planTitle: string | null;
  /** How many companies are interested: public on a public plan. */
  count: number;
  /** The viewer's company's own interest, when it has one. */
  mine: { note: string | null } | null;
  canMark: boolean;
  /** Whether the viewer may open the list of companies (the plan's buyers). */
  canSeeCompanies: boolean;
};

/** The plan page's interest block; null when the viewer may not see the plan. */
export async function getPlanInterestSummary({
  db,
  viewer,
  planId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  planId: string;
  locale: Locale;
}): Promise<PlanInterestSummary | null> {
  const plan = await findPlanForInterest(db, planId);
  if (!plan || !canViewPlan(viewer, plan)) return null;
  const [total] = await db
    .select({ value: count() })
    .from(interestPlanCompany)
    .where(eq(interestPlanCompany.planId, planId));
  const company = actingCompanyOf(viewer);
  const [mine] = company
    ? await db
        .select({ note: interestPlanCompany.note })
        .from(interestPlanCompany)
        .where(
          and(
            eq(interestPlanCompany.planId, planId),
            eq(interestPlanCompany.organisationId, company.organisationId),
          ),
        )
    : [];
  const headline = (await listPublicHeadlines(db, [planId])).get(planId);
  return {
    planTitle: headline ? pickText(headline.title, locale) : null,
    count: Number(total?.value ?? 0),
    mine: mine ?? null,
    canMark: canMarkInterest(viewer, plan),
    canSeeCompanies: canSeeInterestedCompanies(viewer, plan.organisationId),
  };
}

export type InterestedCompany = {
  id: string;
  name: string;
  note: string | null;
  since: string;
  /** Null when the company has no profile yet. */
  sizeClass: SizeClass | null;
  offering: { code: string; label: string }[];
  contacts: { name: string; title: string | null; email: string; phone: string | null }[];
};

/**
 * The interested companies with their profiles (size, offering, contact persons) and notes, for the
 * plan's buyers only (canSeeInterestedCompanies); others get not_found.
 */
export async function listInterestedCompanies({
  db,
  viewer,
  planId,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  planId: string;
  locale: Locale;
}): Promise<InterestedCompany[]> {
  const plan = await findPlanForInterest(db, planId);
  if (!plan || !canSeeInterestedCompanies(viewer, plan.organisationId)) throw new AppError("not_found");
  const rows = await db
    .select({
      id: interestPlanCompany.organisationId,
      name: organisationsOrganisation.name,
      note: interestPlanCompany.note,
      since: interestPlanCompany.createdAt,
    })
    .from(interestPlanCompany)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, interestPlanCompany.organisationId),
    )
    .where(eq(interestPlanCompany.planId, planId))
    .orderBy(asc(interestPlanCompany.createdAt), asc(organisationsOrganisation.name));
  return Promise.all(
    rows.map(async (row) => {
      const profile = await getCompanyProfile({ db, organisationId: row.id, locale });
      return {
        id: row.id,
        name: row.name,
        note: row.note,
        since: row.since.toISOString(),
        sizeClass: profile?.sizeClass ?? null,
        offering: profile?.offering ?? [],
        contacts: profile && canSeeCompanyContacts(viewer, row.id) ? profile.contacts : [],
      };
    }),
  );
}

/** The public plans the viewer's company is interested in, newest first (the company's partner page). */
export async function listCompanyInterests({
  db,
  viewer,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  locale: Locale;
}): Promise<{ planId: string; title: string; note: string | null; since: string }[]> {
  const company = actingCompanyOf(viewer);
  if (!company) throw new AppError("forbidden");
  const rows = await db
    .select({
      planId: interestPlanCompany.planId,
      note: interestPlanCompany.note,
      since: interestPlanCompany.createdAt,
    })
    .from(interestPlanCompany)
    .where(eq(interestPlanCompany.organisationId, company.organisationId))
    .orderBy(desc(interestPlanCompany.createdAt));
  // Only plans that are public now, by the title of their last public version.
  const headlines = await listPublicHeadlines(
    db,
    rows.map((row) => row.planId),
  );
  return rows.flatMap((row) => {
    const headline = headlines.get(row.planId);
    return headline
      ? [
          {
            planId: row.planId,
            title: pickText(headline.title, locale),
            note: row.note,
            since: row.since.toISOString(),
          },
        ]
      : [];
  });
}

/** How many companies are interested in each of these plans (public on public plans; open data shows it). */
export async function countInterestedCompanies(db: DbOrTx, planIds: string[]): Promise<Map<string, number>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: interestPlanCompany.planId, value: count() })
    .from(interestPlanCompany)
    .where(inArray(interestPlanCompany.planId, planIds))
    .groupBy(interestPlanCompany.planId);
  return new Map(rows.map((row) => [row.planId, Number(row.value)]));
}

/**
 * The companies interested in a plan, by id: whom market dialogue tells what it tells the market (the
 * answer to a question, a meeting round). No profile, no note.
 * @example const companies = await listInterestedCompanyIds(tx, planId);
 */
export async function listInterestedCompanyIds(db: DbOrTx, planId: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: interestPlanCompany.organisationId })
    .from(interestPlanCompany)
    .where(eq(interestPlanCompany.planId, planId));
  return rows.map((row) => row.organisationId);
}
