import { and, count, desc, eq, ne, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isPublicPlanMatching, listPublicHeadlines, pickText } from "../plans/index.server.ts";
import { canBrowsePartnerBoard } from "./policy.ts";
import {
  type PartnerBoardFilters,
  type PartnerDirection,
  type PartnerKind,
  partnerBoardPageSize,
} from "./schemas.ts";
import { partnersRequest } from "./tables.ts";

/** One open request on the board, with its plan's public headline. */
export type PartnerBoardItem = {
  id: string;
  company: { id: string; name: string };
  kind: PartnerKind;
  direction: PartnerDirection;
  description: string;
  createdAt: string;
  plan: { id: string; title: string; organisationName: string };
  lot: { number: number; title: string } | null;
};

/**
 * Other companies' open partner requests on public plans, newest first, a page at a time: by CPV code
 * (with its sub-codes), region and plan, matched the way the forward plan matches plans. Company
 * representatives only (others forbidden); the viewer's own company's requests are on its own page.
 */
export async function listPartnerBoard({
  db,
  viewer,
  filters,
  locale,
}: {
  db: DbOrTx;
  viewer: Viewer | null;
  filters: PartnerBoardFilters;
  locale: Locale;
}): Promise<{ items: PartnerBoardItem[]; total: number; page: number; pageSize: number }> {
  const company = actingCompanyOf(viewer);
  if (!viewer) throw new AppError("unauthenticated");
  if (!company || !canBrowsePartnerBoard(viewer)) throw new AppError("forbidden");
  const page = filters.page ?? 1;
  const where: SQL | undefined = and(
    eq(partnersRequest.status, "open"),
    ne(partnersRequest.organisationId, company.organisationId),
    isPublicPlanMatching(partnersRequest.planId, {
      cpv: filters.cpv,
      region: filters.region,
      planId: filters.plan,
    }),
  );
  const rows = await db
    .select({ request: partnersRequest, companyName: organisationsOrganisation.name })
    .from(partnersRequest)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .where(where)
    .orderBy(desc(partnersRequest.createdAt), desc(partnersRequest.id))
    .limit(partnerBoardPageSize)
    .offset((page - 1) * partnerBoardPageSize);
  const [total] = await db
    .select({ value: count() })
    .from(partnersRequest)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, partnersRequest.organisationId))
    .where(where);
  const headlines = await listPublicHeadlines(
    db,
    rows.map(({ request }) => request.planId),
  );
  const items = rows.flatMap(({ request, companyName }): PartnerBoardItem[] => {
    const headline = headlines.get(request.planId);
    // A plan withdrawn between the two reads has no headline: it is left out, never shown by id.
    if (!headline) return [];
    const lot =
      request.lotNumber === null
        ? null
        : {
            number: request.lotNumber,
            title: pickText(headline.lots.find((item) => item.number === request.lotNumber)?.title, locale),
          };
    return [
      {
        id: request.id,
        company: { id: request.organisationId, name: companyName },
        kind: request.kind as PartnerKind,
        direction: request.direction as PartnerDirection,
        description: request.description,
        createdAt: request.createdAt.toISOString(),
        plan: {
          id: request.planId,
          title: pickText(headline.title, locale),
          organisationName: pickText(headline.organisationName, locale),
        },
        lot,
      },
    ];
  });
  return { items, total: Number(total?.value ?? 0), page, pageSize: partnerBoardPageSize };
}
