import { asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { assertAllowed, organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isUuid } from "../plans/index.server.ts";
import { canPresentFor } from "./policy.ts";
import { loadPresentationDetails, loadThreads, publicPlanTitles } from "./presentation-details.server.ts";
import { presentationPageSize } from "./rules.ts";
import type { RecipientState } from "./states.ts";
import { presentationsMessage, presentationsPresentation, presentationsRecipient } from "./tables.ts";

/** The recipients of the given presentations with their state and how many messages each thread has. */
async function recipientsOf(db: Services["database"]["db"], presentationIds: string[], locale: Locale) {
  if (presentationIds.length === 0) return [];
  return db
    .select({
      id: presentationsRecipient.id,
      presentationId: presentationsRecipient.presentationId,
      organisationId: presentationsRecipient.organisationId,
      organisationName: organisationNameIn(locale),
      state: presentationsRecipient.state,
      linkedPlanId: presentationsRecipient.linkedPlanId,
      messages: count(presentationsMessage.id),
    })
    .from(presentationsRecipient)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, presentationsRecipient.organisationId),
    )
    .leftJoin(presentationsMessage, eq(presentationsMessage.recipientId, presentationsRecipient.id))
    .where(inArray(presentationsRecipient.presentationId, presentationIds))
    .groupBy(presentationsRecipient.id, organisationsOrganisation.id)
    .orderBy(asc(organisationNameIn(locale)));
}

/** A company's sent presentations, newest first, a page at a time, each with its recipients' states. */
export async function listSentPresentations({
  services,
  viewer,
  companyId,
  page = 1,
  locale = "fi",
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  companyId: string;
  page?: number;
  locale?: Locale;
}) {
  assertAllowed(canPresentFor(viewer, companyId));
  const { db } = services.database;
  const where = eq(presentationsPresentation.companyId, companyId);
  const rows = await db
    .select({
      id: presentationsPresentation.id,
      title: presentationsPresentation.title,
      language: presentationsPresentation.language,
      createdAt: presentationsPresentation.createdAt,
    })
    .from(presentationsPresentation)
    .where(where)
    .orderBy(desc(presentationsPresentation.createdAt), desc(presentationsPresentation.id))
    .limit(presentationPageSize)
    .offset((page - 1) * presentationPageSize);
  const [total] = await db.select({ value: count() }).from(presentationsPresentation).where(where);
  const recipients = await recipientsOf(
    db,
    rows.map((row) => row.id),
    locale,
  );
  return {
    rows: rows.map((row) => ({
      ...row,
      recipients: recipients
        .filter((r) => r.presentationId === row.id)
        .map((r) => ({
          id: r.id,
          organisationName: r.organisationName,
          state: r.state as RecipientState,
          messages: Number(r.messages),
        })),
    })),
    total: Number(total?.value ?? 0),
    page,
    pageSize: presentationPageSize,
  };
}

/**
 * One sent presentation as its company sees it: content, codes, files, and per recipient the state and
 * the thread. not_found for anyone but the company's members (nobody else learns that it exists).
 */
export async function getSentPresentation({
  services,
  viewer,
  presentationId,
  locale,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  presentationId: string;
  locale: Locale;
}) {
  const { db } = services.database;
  if (!isUuid(presentationId)) throw new AppError("not_found");
  const [presentation] = await db
    .select({ presentation: presentationsPresentation, companyName: organisationsOrganisation.name })
    .from(presentationsPresentation)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, presentationsPresentation.companyId),
    )
    .where(eq(presentationsPresentation.id, presentationId));
  if (!presentation || !canPresentFor(viewer, presentation.presentation.companyId))
    throw new AppError("not_found");
  const { presentation: row } = presentation;
  const details = await loadPresentationDetails(db, row, locale);
  const recipients = await recipientsOf(db, [row.id], locale);
  const threads = await loadThreads(
    db,
    recipients.map((r) => r.id),
  );
  // A buyer's own plan is named to the company only while it is public.
  const linked = await publicPlanTitles(
    db,
    recipients.flatMap((r) => (r.linkedPlanId ? [r.linkedPlanId] : [])),
  );
  return {
    presentation: {
      id: row.id,
      companyId: row.companyId,
      companyName: presentation.companyName,
      title: row.title,
      offering: row.offering,
      needs: row.needs,
      language: row.language,
      createdAt: row.createdAt,
    },
    ...details,
    recipients: recipients.map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      state: r.state as RecipientState,
      linkedPlan: linked.find((plan) => plan.id === r.linkedPlanId) ?? null,
      messages: threads.get(r.id) ?? [],
    })),
  };
}
