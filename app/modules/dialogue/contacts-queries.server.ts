import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { listInterestedCompanyIds } from "../interest/index.server.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { findContact } from "./contact-rows.server.ts";
import { canManageDialogue } from "./policy.ts";
import type { ContactKind } from "./record-schemas.ts";
import { dialogueContact } from "./record-tables.ts";
import { dialogueStep } from "./tables.ts";

/** A contact as the public version of the record shows it: its kind, date and public one-liner only. */
export type PublicContact = {
  id: string;
  kind: ContactKind;
  occurredAt: string;
  publicSummary: string | null;
};

/** A contact as the buyer's register shows it: everything, with the company's name. */
export type BuyerContact = PublicContact & {
  organisationId: string | null;
  /** The company's name on the platform, or the name written in (or both: "platform name (written)"). */
  organisation: string;
  ourParticipants: string;
  theirParticipants: string;
  sharedMaterial: string;
  isSharedMaterialPublic: boolean;
  conflictOfInterest: string;
};

type Plan = { id: string; organisationId: string };

function organisationLabel(platformName: string | null, writtenName: string | null): string {
  if (platformName && writtenName && platformName !== writtenName) return `${platformName} (${writtenName})`;
  return platformName ?? writtenName ?? "";
}

/** The plan's contact register for its buyers, oldest contact first. */
export async function listContactsForBuyer(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: Plan;
  locale: Locale;
}): Promise<BuyerContact[]> {
  const { db, plan, locale } = options;
  if (!canManageDialogue(options.viewer, plan)) throw new AppError("not_found");
  const rows = await db
    .select({ contact: dialogueContact, platformName: organisationNameIn(locale) })
    .from(dialogueContact)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueContact.organisationId))
    .where(eq(dialogueContact.planId, plan.id))
    .orderBy(asc(dialogueContact.occurredAt), asc(dialogueContact.id));
  return rows.map(({ contact, platformName }) => ({
    id: contact.id,
    kind: contact.kind as ContactKind,
    occurredAt: contact.occurredAt.toISOString(),
    publicSummary: contact.publicSummary,
    organisationId: contact.organisationId,
    organisation: organisationLabel(platformName, contact.organisationName),
    ourParticipants: contact.ourParticipants,
    theirParticipants: contact.theirParticipants,
    sharedMaterial: contact.sharedMaterial,
    isSharedMaterialPublic: contact.isSharedMaterialPublic,
    conflictOfInterest: contact.conflictOfInterest,
  }));
}

/**
 * The plan's contacts as the public version lists them: kind, date and the public one-liner, never who
 * took part, what was shared or the conflicts declared.
 */
export async function listPublicContacts(db: DbOrTx, planId: string): Promise<PublicContact[]> {
  const rows = await db
    .select({
      id: dialogueContact.id,
      kind: dialogueContact.kind,
      occurredAt: dialogueContact.occurredAt,
      publicSummary: dialogueContact.publicSummary,
    })
    .from(dialogueContact)
    .where(eq(dialogueContact.planId, planId))
    .orderBy(asc(dialogueContact.occurredAt), asc(dialogueContact.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ContactKind,
    occurredAt: row.occurredAt.toISOString(),
    publicSummary: row.publicSummary,
  }));
}

/** How many contacts the plan's register holds. */
export async function countContacts(db: DbOrTx, planId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(dialogueContact)
    .where(eq(dialogueContact.planId, planId));
  return Number(row?.value ?? 0);
}

/** One contact for the edit page (the plan's buyers only), with its company's name on the platform. */
export async function getContactForBuyer(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: Plan;
  contactId: string;
  locale: Locale;
}) {
  const contact = await findContact(options.db, options.contactId);
  if (!contact || contact.planId !== options.plan.id || !canManageDialogue(options.viewer, options.plan))
    throw new AppError("not_found");
  const [company] = contact.organisationId
    ? await options.db
        .select({ name: organisationNameIn(options.locale) })
        .from(organisationsOrganisation)
        .where(eq(organisationsOrganisation.id, contact.organisationId))
    : [];
  return { ...contact, companyName: company?.name ?? null };
}

/**
 * The companies the register's picker offers: those interested in the plan and those that took part in
 * its dialogue, by name.
 */
export async function listContactCompanyOptions(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: Plan;
  locale: Locale;
}): Promise<{ id: string; name: string }[]> {
  const { db, plan, locale } = options;
  if (!canManageDialogue(options.viewer, plan)) throw new AppError("not_found");
  const steps = await db
    .selectDistinct({ organisationId: dialogueStep.organisationId })
    .from(dialogueStep)
    .where(and(eq(dialogueStep.planId, plan.id), isNotNull(dialogueStep.organisationId)));
  const ids = [
    ...new Set([
      ...(await listInterestedCompanyIds(db, plan.id)),
      ...steps.flatMap((row) => (row.organisationId ? [row.organisationId] : [])),
    ]),
  ];
  if (ids.length === 0) return [];
  return db
    .select({ id: organisationsOrganisation.id, name: organisationNameIn(locale) })
    .from(organisationsOrganisation)
    .where(and(inArray(organisationsOrganisation.id, ids), eq(organisationsOrganisation.kind, "company")))
    .orderBy(asc(organisationNameIn(locale)));
}
