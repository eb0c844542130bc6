import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { hasPublishedPlan } from "../plans/index.server.ts";
import { assertAllowed, canAdministerOrganisation } from "./policy.ts";
import { organisationsOrganisation } from "./tables.ts";

export type ClosingPart = { table: string; count: number };
export type CloseOrganisationResult =
  | { ok: true }
  | { ok: false; error: "closeOrganisation.wrongName" | "closeOrganisation.hasPublishedPlans" };

/**
 * What closing the organisation removes: every table whose rows point at it (their foreign keys cascade),
 * with how many rows, read from the database's own constraints so a new module's table is never missed.
 */
export async function countOrganisationData(db: DbOrTx, organisationId: string): Promise<ClosingPart[]> {
  const references = (await db.execute(sql`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'organisations_organisation'::regclass
    order by 1, 2`)) as unknown as { rows: { table: string; column: string }[] };
  const counts = new Map<string, number>();
  for (const { table, column } of references.rows) {
    const result = (await db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${organisationId}`,
    )) as unknown as { rows: { n: number }[] };
    counts.set(table, (counts.get(table) ?? 0) + Number(result.rows[0]?.n ?? 0));
  }
  return [...counts].map(([table, count]) => ({ table, count }));
}

/**
 * The confirmation page's facts: the organisation, what closing removes, and whether it is refused
 * (a plan that was ever public). Its administrators and platform administrators only.
 */
export async function describeOrganisationClosing({
  services,
  viewer,
  organisationId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
}) {
  assertAllowed(canAdministerOrganisation(viewer, organisationId));
  const { db } = services.database;
  const [organisation] = await db
    .select({
      id: organisationsOrganisation.id,
      name: organisationsOrganisation.name,
      kind: organisationsOrganisation.kind,
    })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, organisationId));
  if (!organisation) throw new AppError("not_found");
  return {
    organisation,
    parts: await countOrganisationData(db, organisationId),
    hasPublishedPlans: await hasPublishedPlan(db, organisationId),
  };
}

/**
 * Closes (deletes) an organisation, confirmed by its name: the row goes and its memberships,
 * invitations, API tokens, company profile, presentations, partner requests, interest marks and
 * never-public plans go with it (foreign keys cascade). The audit log keeps its entries. Refused while
 * the organisation has a plan that was ever public (ADR 029). The row is locked, so a plan published
 * meanwhile either commits first (and closing is refused) or waits and finds no organisation.
 */
export async function closeOrganisation({
  services,
  viewer,
  organisationId,
  confirmName,
  requestId,
}: {
  services: Pick<Services, "database">;
  viewer: Viewer | null;
  organisationId: string;
  confirmName: string;
  requestId?: string;
}): Promise<CloseOrganisationResult> {
  assertAllowed(canAdministerOrganisation(viewer, organisationId));
  if (!viewer) throw new AppError("unauthenticated");
  return services.database.db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ name: organisationsOrganisation.name, kind: organisationsOrganisation.kind })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, organisationId))
      .for("update");
    if (!organisation) throw new AppError("not_found");
    if (normalise(confirmName) !== normalise(organisation.name))
      return { ok: false, error: "closeOrganisation.wrongName" } as const;
    if (await hasPublishedPlan(tx, organisationId))
      return { ok: false, error: "closeOrganisation.hasPublishedPlans" } as const;
    const parts = await countOrganisationData(tx, organisationId);
    await tx.delete(organisationsOrganisation).where(eq(organisationsOrganisation.id, organisationId));
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId,
      action: "organisations.close",
      entityType: "organisation",
      entityId: organisationId,
      summary: { kind: organisation.kind, removed: Object.fromEntries(parts.map((p) => [p.table, p.count])) },
      requestId,
    });
    return { ok: true } as const;
  });
}

const normalise = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("fi");
