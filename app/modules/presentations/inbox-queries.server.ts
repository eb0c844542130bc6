import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { getCompanyProfile } from "../companies/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { listPlansToLink } from "../plans/index.server.ts";
import { canHandleInboxOf, canReadInboxOf } from "./policy.ts";
import { loadPresentationDetails, loadThreads } from "./presentation-details.server.ts";
import { loadRecipient } from "./recipient-record.server.ts";
import { presentationPageSize } from "./rules.ts";
import { type RecipientState, recipientStates } from "./states.ts";
import { presentationsMessage, presentationsPresentation, presentationsRecipient } from "./tables.ts";

/**
 * A buyer organisation's inbox: the presentations sent to it, newest first, 20 a page, optionally of one
 * state, with the count of each state. Its buyer-admins, buyers and leadership only.
 */
export async function listInbox({
  services,
  viewer,
  organisationId,
  state,
  page = 1,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  state?: RecipientState;
  page?: number;
}) {
  assertAllowed(canReadInboxOf(viewer, organisationId));
  const { db } = services.database;
  const conditions: SQL[] = [eq(presentationsRecipient.organisationId, organisationId)];
  if (state) conditions.push(eq(presentationsRecipient.state, state));
  const where = and(...conditions);
  const rows = await db
    .select({
      id: presentationsRecipient.id,
      state: presentationsRecipient.state,
      receivedAt: presentationsRecipient.createdAt,
      title: presentationsPresentation.title,
      language: presentationsPresentation.language,
      companyId: presentationsPresentation.companyId,
      companyName: organisationsOrganisation.name,
      messages: count(presentationsMessage.id),
    })
    .from(presentationsRecipient)
    .innerJoin(
      presentationsPresentation,
      eq(presentationsPresentation.id, presentationsRecipient.presentationId),
    )
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, presentationsPresentation.companyId),
    )
    .leftJoin(presentationsMessage, eq(presentationsMessage.recipientId, presentationsRecipient.id))
    .where(where)
    .groupBy(presentationsRecipient.id, presentationsPresentation.id, organisationsOrganisation.name)
    .orderBy(desc(presentationsRecipient.createdAt), desc(presentationsRecipient.id))
    .limit(presentationPageSize)
    .offset((page - 1) * presentationPageSize);
  const counts = await db
    .select({ state: presentationsRecipient.state, value: count() })
    .from(presentationsRecipient)
    .where(eq(presentationsRecipient.organisationId, organisationId))
    .groupBy(presentationsRecipient.state);
  const byState = Object.fromEntries(
    recipientStates.map((s) => [s, Number(counts.find((c) => c.state === s)?.value ?? 0)]),
  ) as Record<RecipientState, number>;
  const total = state ? byState[state] : Object.values(byState).reduce((sum, value) => sum + value, 0);
  return {
    rows: rows.map((row) => ({ ...row, state: row.state as RecipientState, messages: Number(row.messages) })),
    counts: byState,
    total,
    page,
    pageSize: presentationPageSize,
  };
}

/**
 * How many new presentations wait in the organisation's inbox, for the navigation; null when the viewer
 * may not read it.
 */
export async function countNewPresentations({
  services,
  viewer,
  organisationId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string | null;
}): Promise<number | null> {
  if (!organisationId || !canReadInboxOf(viewer, organisationId)) return null;
  const [row] = await services.database.db
    .select({ value: count() })
    .from(presentationsRecipient)
    .where(
      and(eq(presentationsRecipient.organisationId, organisationId), eq(presentationsRecipient.state, "new")),
    );
  return Number(row?.value ?? 0);
}

/**
 * One received presentation with its company, codes, files, thread, and the organisation's own plans to
 * link it to. not_found when it was not sent to this organisation.
 */
export async function getInboxItem({
  services,
  viewer,
  organisationId,
  recipientId,
  locale,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  recipientId: string;
  locale: Locale;
}) {
  assertAllowed(canReadInboxOf(viewer, organisationId));
  const { db } = services.database;
  const recipient = await loadRecipient(db, recipientId, locale);
  if (recipient.organisationId !== organisationId) throw new AppError("not_found");
  const [presentation] = await db
    .select()
    .from(presentationsPresentation)
    .where(eq(presentationsPresentation.id, recipient.presentationId));
  if (!presentation) throw new AppError("not_found");
  const [details, threads, profile, planOptions] = await Promise.all([
    loadPresentationDetails(db, presentation, locale),
    loadThreads(db, [recipientId]),
    getCompanyProfile({ db, organisationId: presentation.companyId, locale }),
    // Only those who can link a plan see the organisation's plan titles (drafts included).
    canHandleInboxOf(viewer, organisationId) ? listPlansToLink(db, organisationId) : [],
  ]);
  return {
    recipient: {
      id: recipient.id,
      organisationId,
      organisationName: recipient.organisationName,
      state: recipient.state as RecipientState,
      linkedPlanId: recipient.linkedPlanId,
    },
    company: {
      id: presentation.companyId,
      name: recipient.companyName,
      isListed: profile?.isListed === true,
    },
    presentation: {
      id: presentation.id,
      title: presentation.title,
      offering: presentation.offering,
      needs: presentation.needs,
      language: presentation.language,
      createdAt: presentation.createdAt,
    },
    ...details,
    messages: threads.get(recipientId) ?? [],
    planOptions,
    canHandle: canHandleInboxOf(viewer, organisationId),
  };
}
