import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { findThresholds } from "../reference-data/index.server.ts";
import { classifyValue } from "../reference-data/index.ts";
import { refCpvCode, refEformsCode, refMunicipality } from "../reference-data/shared-tables.ts";
import { findMissingLanguages, officialLanguagesOf } from "./plan-languages.ts";
import type { PlanInput } from "./schemas.ts";

/**
 * The checks a plan needs from the database: its texts are in one of the organisation's official
 * languages (a municipality's from reference data), its CPV and eForms codes exist and its participants
 * are contracting organisations. Returns field path → catalogue key, empty when all is well.
 */
export async function checkPlanReferences(db: DbOrTx, input: PlanInput, leadOrganisationId: string) {
  const [lead] = await db
    .select({ kind: organisationsOrganisation.kind, language: refMunicipality.language })
    .from(organisationsOrganisation)
    .leftJoin(refMunicipality, eq(refMunicipality.code, organisationsOrganisation.municipalityCode))
    .where(eq(organisationsOrganisation.id, leadOrganisationId));
  // Only contracting authorities have procurement plans.
  if (!lead || !isBuyerKind(lead.kind)) throw new AppError("forbidden");
  const errors: Record<string, string> = findMissingLanguages(input, officialLanguagesOf(lead.language));
  const lotCodes = input.lots.flatMap((lot) => (lot.mainCpv ? [lot.mainCpv] : []));
  const codes = [input.mainCpv, ...input.additionalCpv, ...lotCodes];
  const known = new Set(
    (await db.select({ code: refCpvCode.code }).from(refCpvCode).where(inArray(refCpvCode.code, codes))).map(
      (r) => r.code,
    ),
  );
  if (!known.has(input.mainCpv)) errors.mainCpv = "plans.errors.cpvUnknown";
  input.additionalCpv.forEach((code, index) => {
    if (!known.has(code)) errors[`additionalCpv.${index}`] = "plans.errors.cpvUnknown";
  });
  input.lots.forEach((lot, index) => {
    if (lot.mainCpv && !known.has(lot.mainCpv)) errors[`lots.${index}.mainCpv`] = "plans.errors.cpvUnknown";
  });
  if (input.sustainability.length > 0) {
    const rows = await db
      .select({ list: refEformsCode.listName, code: refEformsCode.code })
      .from(refEformsCode)
      .where(
        or(
          ...input.sustainability.map((tag) =>
            and(eq(refEformsCode.listName, tag.list), eq(refEformsCode.code, tag.code)),
          ),
        ),
      );
    const valid = new Set(rows.map((row) => `${row.list}/${row.code}`));
    input.sustainability.forEach((tag, index) => {
      if (!valid.has(`${tag.list}/${tag.code}`))
        errors[`sustainability.${index}`] = "plans.errors.sustainabilityUnknown";
    });
  }
  const participants = input.participants.filter((id) => id !== leadOrganisationId);
  if (participants.length > 0) {
    const rows = await db
      .select({ id: organisationsOrganisation.id, kind: organisationsOrganisation.kind })
      .from(organisationsOrganisation)
      .where(inArray(organisationsOrganisation.id, participants));
    const buyers = new Set(
      rows.filter((row) => row.kind !== "company" && row.kind !== "advisory").map((row) => row.id),
    );
    participants.forEach((id, index) => {
      if (!buyers.has(id)) errors[`participants.${index}`] = "plans.errors.participantUnknown";
    });
  }
  return errors;
}

/** The value band against the thresholds valid today; null when no value is given. */
export async function deriveValueBand(db: DbOrTx, input: PlanInput): Promise<string | null> {
  if (input.estimatedValueEur === undefined) return null;
  const thresholds = await findThresholds({ db, at: new Date() });
  return classifyValue(input.estimatedValueEur, input.valueCategory, thresholds);
}

/** Municipalities, joint procurement units and other contracting authorities plan procurements. */
export function isBuyerKind(kind: string): boolean {
  return kind === "municipality" || kind === "joint-procurement-unit" || kind === "contracting-authority";
}
