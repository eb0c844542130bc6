import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/viewer.server.ts";
import { recordAudit } from "../audit/record-audit.server.ts";
import { refMunicipality } from "../reference-data/tables.ts";
import { assertAllowed, canCreateOrganisation } from "./policy.ts";
import { founderRoleByKind } from "./roles.ts";
import type { CreateOrganisationInput } from "./schemas.ts";
import { organisationsMember, organisationsOrganisation } from "./tables.ts";

/**
 * Registers an organisation. Whoever registers their own company becomes its company-admin; an
 * organisation a platform administrator registers for others gets its first administrator by invitation.
 */
export async function createOrganisation({
  services,
  viewer,
  input,
  requestId,
}: {
  services: Services;
  viewer: Viewer | null;
  input: CreateOrganisationInput;
  requestId?: string;
}): Promise<{ ok: true; id: string } | { ok: false; field: string; error: string }> {
  assertAllowed(canCreateOrganisation(viewer, input.kind));
  if (!viewer) throw new AppError("unauthenticated");
  if (input.kind === "municipality" && input.municipalityCode) {
    const [known] = await services.database.db
      .select({ code: refMunicipality.code })
      .from(refMunicipality)
      .where(eq(refMunicipality.code, input.municipalityCode));
    if (!known)
      return { ok: false, field: "municipalityCode", error: "organisations.municipalityCodeUnknown" };
  }
  const id = randomUUID();
  const joinsAsFounder = !viewer.isPlatformAdmin || input.kind === "company";
  await services.database.db.transaction(async (tx) => {
    await tx.insert(organisationsOrganisation).values({
      id,
      name: input.name,
      slug: `${slugify(input.name)}-${id.slice(0, 8)}`,
      kind: input.kind,
      municipalityCode: input.kind === "municipality" ? (input.municipalityCode ?? null) : null,
      yTunnus: input.yTunnus ?? null,
    });
    if (joinsAsFounder) {
      await tx.insert(organisationsMember).values({
        id: randomUUID(),
        organizationId: id,
        userId: viewer.userId,
        role: founderRoleByKind[input.kind],
      });
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: id,
      action: "organisations.create",
      entityType: "organisation",
      entityId: id,
      summary: {
        name: input.name,
        kind: input.kind,
        yTunnus: input.yTunnus,
        municipalityCode: input.municipalityCode,
      },
      requestId,
    });
  });
  return { ok: true, id };
}

/** A readable URL part: "Espoon kaupunki" → "espoon-kaupunki". */
export function slugify(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "organisation"
  );
}
