import { randomUUID } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { organisationsInvitation, organisationsMember, organisationsOrganisation } from "./tables.ts";

export type InvitationView = {
  id: string;
  organisationId: string;
  organisationName: string;
  role: string;
  email: string;
  state: "pending" | "expired" | "accepted" | "rejected" | "canceled";
};

/** The invitation as its recipient sees it. Only the invited address (or nobody signed in) may look. */
export async function getInvitation({
  services,
  invitationId,
}: {
  services: Services;
  invitationId: string;
}) {
  const [row] = await services.database.db
    .select({
      id: organisationsInvitation.id,
      organisationId: organisationsInvitation.organizationId,
      organisationName: organisationsOrganisation.name,
      role: organisationsInvitation.role,
      email: organisationsInvitation.email,
      status: organisationsInvitation.status,
      expiresAt: organisationsInvitation.expiresAt,
    })
    .from(organisationsInvitation)
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, organisationsInvitation.organizationId),
    )
    .where(eq(organisationsInvitation.id, invitationId));
  if (!row) throw new AppError("not_found");
  const state =
    row.status === "pending" && row.expiresAt.getTime() < Date.now()
      ? "expired"
      : (row.status as InvitationView["state"]);
  const view: InvitationView = {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    role: row.role ?? "",
    email: row.email,
    state,
  };
  return view;
}

/**
 * Accepts or declines a pending invitation. The signed-in person must be the one invited (same e-mail),
 * so a forwarded link does not let someone else in.
 */
export async function respondToInvitation({
  services,
  viewer,
  invitationId,
  accept,
  requestId,
}: {
  services: Services;
  viewer: Viewer;
  invitationId: string;
  accept: boolean;
  requestId?: string;
}): Promise<
  | { ok: true; organisationId: string }
  | { ok: false; error: "invitations.wrongAccount" | "invitations.notPending" }
> {
  const invitation = await getInvitation({ services, invitationId });
  if (invitation.email !== viewer.email) return { ok: false, error: "invitations.wrongAccount" };
  if (invitation.state !== "pending") return { ok: false, error: "invitations.notPending" };
  return services.database.db.transaction(async (tx) => {
    // The update itself decides (ADR 022): of answers sent at once only one finds the invitation still
    // pending and unexpired; the others are told it no longer is.
    const updated = await tx
      .update(organisationsInvitation)
      .set({ status: accept ? "accepted" : "rejected" })
      .where(
        and(
          eq(organisationsInvitation.id, invitationId),
          eq(organisationsInvitation.status, "pending"),
          gt(organisationsInvitation.expiresAt, new Date()),
        ),
      )
      .returning({ id: organisationsInvitation.id });
    if (updated.length === 0) return { ok: false, error: "invitations.notPending" } as const;
    if (accept) {
      await tx
        .insert(organisationsMember)
        .values({
          id: randomUUID(),
          organizationId: invitation.organisationId,
          userId: viewer.userId,
          role: invitation.role,
        })
        .onConflictDoUpdate({
          target: [organisationsMember.organizationId, organisationsMember.userId],
          set: { role: invitation.role },
        });
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: invitation.organisationId,
      action: accept ? "organisations.join" : "organisations.decline-invitation",
      entityType: "invitation",
      entityId: invitationId,
      summary: { role: invitation.role },
      requestId,
    });
    return { ok: true, organisationId: invitation.organisationId } as const;
  });
}
