import { and, count, eq, gt, inArray } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isPlanOpenToPresentations, lockPlanOpenToPresentations } from "../plans/index.server.ts";
import { refCpvCode } from "../reference-data/shared-tables.ts";
import { checkPresentationFiles, type UploadedFile } from "./check-presentation-files.server.ts";
import { membersWithRoles, type NotifyServices, notifyPeople } from "./notify.server.ts";
import { canPresentFor, isBuyerOrganisationKind } from "./policy.ts";
import { maxPresentationsPerDay } from "./rules.ts";
import type { PresentationInput } from "./schemas.ts";
import {
  presentationsAttachment,
  presentationsCpv,
  presentationsPresentation,
  presentationsRecipient,
} from "./tables.ts";

export type SendPresentationResult =
  | { ok: true; presentationId: string }
  | { ok: false; errors: Record<string, string>; rateLimited?: boolean };

/**
 * Sends a company's presentation to buyer organisations: one presentation, its CPV codes and files, one
 * recipient row per organisation (state `new`), the audit entry and an e-mail to each recipient's
 * buyer-admins, all in one transaction. At most maxPresentationsPerDay a company in 24 hours.
 * Recipients that are no buyer organisations, unknown codes, a plan that is not public and bad files are
 * field errors; nothing is stored then.
 */
export async function sendPresentation({
  services,
  viewer,
  companyId,
  input,
  files = [],
  requestId,
}: {
  services: Pick<Services, "database"> & NotifyServices;
  viewer: Viewer | null;
  companyId: string;
  input: PresentationInput;
  files?: UploadedFile[];
  requestId?: string;
}): Promise<SendPresentationResult> {
  assertAllowed(canPresentFor(viewer, companyId));
  if (!viewer) throw new AppError("unauthenticated");
  const { db } = services.database;
  const [company] = await db
    .select({ name: organisationsOrganisation.name, kind: organisationsOrganisation.kind })
    .from(organisationsOrganisation)
    .where(eq(organisationsOrganisation.id, companyId));
  if (company?.kind !== "company") throw new AppError("not_found");

  const errors: Record<string, string> = {};
  const recipients = await db
    .select({
      id: organisationsOrganisation.id,
      name: organisationsOrganisation.name,
      kind: organisationsOrganisation.kind,
    })
    .from(organisationsOrganisation)
    .where(inArray(organisationsOrganisation.id, input.recipients));
  if (
    recipients.length !== input.recipients.length ||
    recipients.some((r) => !isBuyerOrganisationKind(r.kind))
  )
    errors.recipients = "presentations.errors.recipients";
  const known = new Set(
    (
      await db.select({ code: refCpvCode.code }).from(refCpvCode).where(inArray(refCpvCode.code, input.cpv))
    ).map((row) => row.code),
  );
  input.cpv.forEach((code, index) => {
    if (!known.has(code)) errors[`cpv.${index}`] = "plans.errors.cpvUnknown";
  });
  if (input.planId && !(await isPlanOpenToPresentations(db, input.planId)))
    errors.planId = "presentations.errors.plan";
  const checked = await checkPresentationFiles(files);
  if (!checked.ok) errors.files = checked.error;
  if (Object.keys(errors).length > 0 || !checked.ok) return { ok: false, errors };

  return db.transaction(async (tx): Promise<SendPresentationResult> => {
    // Checked again under a share lock, so that the plan is not pulled back before the commit (ADR 022);
    // taken before the company's lock, as the plan's own commands lock the plan first.
    if (input.planId && !(await lockPlanOpenToPresentations(tx, input.planId)))
      return { ok: false, errors: { planId: "presentations.errors.plan" } };
    // The company row is locked so that two sends at once cannot both pass the daily count.
    await tx
      .select({ id: organisationsOrganisation.id })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, companyId))
      .for("update");
    const [sent] = await tx
      .select({ value: count() })
      .from(presentationsPresentation)
      .where(
        and(
          eq(presentationsPresentation.companyId, companyId),
          gt(presentationsPresentation.createdAt, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if (Number(sent?.value ?? 0) >= maxPresentationsPerDay)
      return { ok: false, errors: { form: "presentations.errors.rateLimited" }, rateLimited: true };
    const [row] = await tx
      .insert(presentationsPresentation)
      .values({
        companyId,
        title: input.title,
        offering: input.offering,
        needs: input.needs,
        language: input.language,
        planId: input.planId ?? null,
        createdBy: viewer.userId,
      })
      .returning({ id: presentationsPresentation.id });
    if (!row) throw new Error("presentation insert returned no row");
    const presentationId = row.id;
    await tx.insert(presentationsCpv).values(input.cpv.map((cpvCode) => ({ presentationId, cpvCode })));
    if (checked.files.length > 0)
      await tx.insert(presentationsAttachment).values(
        checked.files.map((file) => ({
          presentationId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          content: file.bytes,
        })),
      );
    const recipientRows = await tx
      .insert(presentationsRecipient)
      .values(recipients.map((r) => ({ presentationId, organisationId: r.id })))
      .returning({ id: presentationsRecipient.id, organisationId: presentationsRecipient.organisationId });
    let mails = 0;
    for (const recipient of recipientRows) {
      const organisation = recipients.find((r) => r.id === recipient.organisationId);
      mails += await notifyPeople(tx, services, {
        people: await membersWithRoles(tx, recipient.organisationId, ["buyer-admin"]),
        kind: "received",
        values: { company: company.name, organisation: organisation?.name ?? "", title: input.title },
        path: `organisations/${recipient.organisationId}/inbox/${recipient.id}`,
      });
    }
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: companyId,
      action: "presentations.send",
      entityType: "presentation",
      entityId: presentationId,
      summary: {
        title: input.title,
        recipients: recipientRows.map((r) => r.organisationId),
        cpv: input.cpv,
        planId: input.planId ?? null,
        files: checked.files.map((f) => ({ fileName: f.fileName, sizeBytes: f.sizeBytes, sha256: f.sha256 })),
        mails,
      },
      requestId,
    });
    return { ok: true, presentationId };
  });
}
