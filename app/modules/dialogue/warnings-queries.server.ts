import { and, asc, eq, inArray, isNull, like, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { dialogueMeetingBooking, dialogueMeetingRound } from "./meetings-tables.ts";
import { canManageDialogue } from "./policy.ts";
import { oneToOneContactKinds } from "./record-schemas.ts";
import { dialogueContact } from "./record-tables.ts";
import { dialogueStep } from "./tables.ts";

/**
 * What may tilt the level playing field (Procurement Act 65–66 §), for the buyer to put right before
 * the tender: a closed round whose summary was never published; material given to part of the market
 * only; a company met one-to-one outside an open meeting round.
 */
export type DialogueWarning =
  | { kind: "closedWithoutSummary"; stepKind: string; subjectId: string; at: string }
  | { kind: "partialMaterial"; source: "contact" | "step"; id: string; organisation: string; at: string }
  | { kind: "metOutsideRound"; contactId: string; organisation: string; at: string };

/** Steps that publish what a closed round (RFI, event, draft, meeting round …) gave: any feature's. */
const summaryStepPatterns = ["%.summary-published", "%.minutes-published"];

/**
 * The plan's warnings for its buyers (others get none), oldest first within each kind. Generic over
 * the record: a subject with a "*.closed" step and no "*.summary-published" or "*.minutes-published"
 * step; a step that reached one company with `summary.sharesMaterial` and no public or market step on
 * the same subject, and a contact whose shared material is not marked public; a meeting or visit with a
 * company that holds no booking in a non-draft meeting round of the plan.
 */
export async function listDialogueWarnings(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: { id: string; organisationId: string };
  locale: Locale;
}): Promise<DialogueWarning[]> {
  const { db, plan, locale } = options;
  if (!canManageDialogue(options.viewer, plan)) return [];
  const summarised = db
    .select({ subjectId: dialogueStep.subjectId })
    .from(dialogueStep)
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        or(...summaryStepPatterns.map((pattern) => like(dialogueStep.kind, pattern))),
      ),
    );
  const closed = await db
    .select({ kind: dialogueStep.kind, subjectId: dialogueStep.subjectId, at: dialogueStep.createdAt })
    .from(dialogueStep)
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        like(dialogueStep.kind, "%.closed"),
        sql`${dialogueStep.subjectId} is not null`,
        sql`${dialogueStep.subjectId} not in (${summarised})`,
      ),
    )
    .orderBy(asc(dialogueStep.createdAt));
  const warnings: DialogueWarning[] = [];
  const seen = new Set<string>();
  for (const row of closed) {
    if (!row.subjectId || seen.has(row.subjectId)) continue;
    seen.add(row.subjectId);
    warnings.push({
      kind: "closedWithoutSummary",
      stepKind: row.kind,
      subjectId: row.subjectId,
      at: row.at.toISOString(),
    });
  }

  const contactRows = await db
    .select({
      id: dialogueContact.id,
      kind: dialogueContact.kind,
      occurredAt: dialogueContact.occurredAt,
      organisationId: dialogueContact.organisationId,
      organisationName: dialogueContact.organisationName,
      sharedMaterial: dialogueContact.sharedMaterial,
      isSharedMaterialPublic: dialogueContact.isSharedMaterialPublic,
      platformName: organisationNameIn(locale),
    })
    .from(dialogueContact)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueContact.organisationId))
    .where(eq(dialogueContact.planId, plan.id))
    .orderBy(asc(dialogueContact.occurredAt));
  const nameOf = (row: (typeof contactRows)[number]) => row.platformName ?? row.organisationName ?? "";
  for (const row of contactRows) {
    if (row.sharedMaterial.trim() && !row.isSharedMaterialPublic)
      warnings.push({
        kind: "partialMaterial",
        source: "contact",
        id: row.id,
        organisation: nameOf(row),
        at: row.occurredAt.toISOString(),
      });
  }
  const sharedWithMarket = db
    .select({ subjectId: dialogueStep.subjectId })
    .from(dialogueStep)
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        inArray(dialogueStep.audience, ["public", "market"]),
        sql`${dialogueStep.subjectId} is not null`,
      ),
    );
  const partialSteps = await db
    .select({ id: dialogueStep.id, at: dialogueStep.createdAt, company: organisationNameIn(locale) })
    .from(dialogueStep)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueStep.organisationId))
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        eq(dialogueStep.audience, "company"),
        sql`(${dialogueStep.summary} ->> 'sharesMaterial') = 'true'`,
        or(isNull(dialogueStep.subjectId), sql`${dialogueStep.subjectId} not in (${sharedWithMarket})`),
      ),
    )
    .orderBy(asc(dialogueStep.createdAt));
  for (const step of partialSteps)
    warnings.push({
      kind: "partialMaterial",
      source: "step",
      id: step.id,
      organisation: step.company ?? "",
      at: step.at.toISOString(),
    });

  const booked = await db
    .selectDistinct({ organisationId: dialogueMeetingBooking.organisationId })
    .from(dialogueMeetingBooking)
    .innerJoin(dialogueMeetingRound, eq(dialogueMeetingRound.id, dialogueMeetingBooking.roundId))
    .where(
      and(
        eq(dialogueMeetingRound.planId, plan.id),
        ne(dialogueMeetingRound.state, "draft"),
        isNull(dialogueMeetingBooking.cancelledAt),
      ),
    );
  const inRound = new Set(booked.map((row) => row.organisationId));
  for (const row of contactRows) {
    if (!oneToOneContactKinds.includes(row.kind as never)) continue;
    if (row.organisationId && inRound.has(row.organisationId)) continue;
    warnings.push({
      kind: "metOutsideRound",
      contactId: row.id,
      organisation: nameOf(row),
      at: row.occurredAt.toISOString(),
    });
  }
  return warnings;
}
