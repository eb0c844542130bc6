import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { organisationsMember, organisationsOrganisation } from "../organisations/shared-tables.ts";
import { refCpvCode, refMunicipality, refRegion } from "../reference-data/shared-tables.ts";
import { canEditCompanyProfile } from "./policy.ts";
import type { CompanyProfileInput } from "./schemas.ts";
import {
  companiesCertificate,
  companiesContact,
  companiesCpv,
  companiesMunicipality,
  companiesProfile,
  companiesReference,
  companiesRegion,
} from "./tables.ts";

export type SaveCompanyProfileResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * Creates or replaces a company's profile: the profile row and its lists in one transaction with the
 * audit entry. Codes that are not in the reference data are field errors, and nothing is saved.
 */
export async function saveCompanyProfile({
  services,
  viewer,
  organisationId,
  input,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  input: CompanyProfileInput;
  requestId?: string;
}): Promise<SaveCompanyProfileResult> {
  assertAllowed(canEditCompanyProfile(viewer, organisationId));
  if (!viewer) throw new AppError("unauthenticated");
  const { db } = services.database;
  const [organisation] = await db
    .select({ name: organisationsOrganisation.name, kind: organisationsOrganisation.kind })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (organisation?.kind !== "company") throw new AppError("not_found");

  const errors = await unknownCodes(services, input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  await db.transaction(async (tx) => {
    await writeCompanyProfile(tx, { organisationId, name: organisation.name, input });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "companies.profile.save",
      entityType: "organisation",
      entityId: organisationId,
      // Contacts are personal data: the log names how many, not who.
      summary: {
        sizeClass: input.sizeClass,
        offering: input.offering,
        isListed: input.isListed,
        contacts: input.contacts.length,
      },
      requestId,
    });
  });
  return { ok: true };
}

async function unknownCodes(services: Pick<Services, "database">, input: CompanyProfileInput) {
  const { db } = services.database;
  const errors: Record<string, string> = {};
  const cpv = await db
    .select({ code: refCpvCode.code })
    .from(refCpvCode)
    .where(inArray(refCpvCode.code, input.offering));
  const knownCpv = new Set(cpv.map((row) => row.code));
  input.offering.forEach((code, index) => {
    if (!knownCpv.has(code)) errors[`offering.${index}`] = "plans.errors.cpvUnknown";
  });
  if (input.regions.length > 0) {
    const regions = await db
      .select({ code: refRegion.code })
      .from(refRegion)
      .where(inArray(refRegion.code, input.regions));
    if (regions.length !== new Set(input.regions).size) errors.regions = "validation.invalid";
  }
  if (input.municipalities.length > 0) {
    const municipalities = await db
      .select({ code: refMunicipality.code })
      .from(refMunicipality)
      .where(and(inArray(refMunicipality.code, input.municipalities)));
    if (municipalities.length !== new Set(input.municipalities).size)
      errors.municipalities = "validation.invalid";
  }
  return errors;
}

/**
 * Writes a profile and replaces its lists, inside the caller's transaction (the save command, and the
 * demo seed with profiles already parsed by companyProfileSchema).
 */
export async function writeCompanyProfile(
  tx: DbOrTx,
  { organisationId, name, input }: { organisationId: string; name: string; input: CompanyProfileInput },
): Promise<void> {
  const searchText = [name, input.description.fi, input.description.sv, input.description.en]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  const profile = {
    sizeClass: input.sizeClass,
    description: input.description,
    website: input.website ?? null,
    serviceLanguages: input.serviceLanguages,
    servesAllFinland: input.servesAllFinland,
    isListed: input.isListed,
    searchText,
    updatedAt: new Date(),
  };
  await tx
    .insert(companiesProfile)
    .values({ organisationId, ...profile })
    .onConflictDoUpdate({ target: companiesProfile.organisationId, set: profile });
  for (const table of [
    companiesCpv,
    companiesRegion,
    companiesMunicipality,
    companiesCertificate,
    companiesReference,
    companiesContact,
  ]) {
    await tx.delete(table).where(eq(table.organisationId, organisationId));
  }
  await tx.insert(companiesCpv).values(input.offering.map((cpvCode) => ({ organisationId, cpvCode })));
  if (input.regions.length > 0)
    await tx
      .insert(companiesRegion)
      .values(input.regions.map((regionCode) => ({ organisationId, regionCode })));
  if (input.municipalities.length > 0)
    await tx
      .insert(companiesMunicipality)
      .values(input.municipalities.map((municipalityCode) => ({ organisationId, municipalityCode })));
  if (input.certificates.length > 0)
    await tx.insert(companiesCertificate).values(
      input.certificates.map((code) => ({
        organisationId,
        code,
        otherName: code === "other" ? (input.otherCertificate ?? null) : null,
      })),
    );
  if (input.references.length > 0)
    await tx.insert(companiesReference).values(
      input.references.map((reference, position) => ({
        organisationId,
        position,
        customer: reference.customer,
        description: reference.description,
        year: reference.year ?? null,
      })),
    );
  if (input.contacts.length > 0) {
    const accounts = await memberAccountsByEmail(tx, organisationId);
    await tx.insert(companiesContact).values(
      input.contacts.map((contact, position) => ({
        organisationId,
        position,
        name: contact.name,
        title: contact.title ?? null,
        email: contact.email,
        phone: contact.phone ?? null,
        userId: accounts.get(contact.email.toLowerCase()) ?? null,
      })),
    );
  }
}

/**
 * The company's members by their verified account address (lower case): a contact with that address is
 * the member themselves, and is linked to their account (ADR 029). An unverified address proves nothing.
 */
async function memberAccountsByEmail(tx: DbOrTx, organisationId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ userId: accountsUser.id, email: accountsUser.email })
    .from(organisationsMember)
    .innerJoin(accountsUser, eq(accountsUser.id, organisationsMember.userId))
    .where(and(eq(organisationsMember.organizationId, organisationId), eq(accountsUser.emailVerified, true)));
  return new Map(rows.map((row) => [row.email.toLowerCase(), row.userId]));
}
