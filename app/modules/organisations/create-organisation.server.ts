import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { refMunicipality } from "../reference-data/shared-tables.ts";
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
}): Promise<
  | { ok: true; id: string }
  | { ok: false; field: string; error: string; registered?: { id: string; name: string } }
> {
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
  // One organisation per Y-tunnus: the person is told which one has it, and may ask to join it.
  if (input.yTunnus) {
    const registered = await findByYTunnus(services, input.yTunnus);
    if (registered) return { ok: false, field: "yTunnus", error: "organisations.yTunnusTaken", registered };
  }
  const id = randomUUID();
  const joinsAsFounder = !viewer.isPlatformAdmin || input.kind === "company";
  const created = await services.database.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(organisationsOrganisation)
      .values({
        id,
        name: input.name,
        slug: `${slugify(input.name)}-${id.slice(0, 8)}`,
        kind: input.kind,
        municipalityCode: input.kind === "municipality" ? (input.municipalityCode ?? null) : null,
        yTunnus: input.yTunnus ?? null,
      })
      // Two registrations of one Y-tunnus at the same moment: the second inserts nothing.
      .onConflictDoNothing()
      .returning({ id: organisationsOrganisation.id });
    if (inserted.length === 0) return false;
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
    return true;
  });
  if (!created) {
    const registered = input.yTunnus ? await findByYTunnus(services, input.yTunnus) : null;
    return {
      ok: false,
      field: "yTunnus",
      error: "organisations.yTunnusTaken",
      ...(registered ? { registered } : {}),
    };
  }
  return { ok: true, id };
}

async function findByYTunnus(services: Services, yTunnus: string) {
  const [row] = await services.database.db
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.yTunnus, yTunnus));
  return row ?? null;
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
