import { and, count, eq, gt } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { actingCompanyOf } from "../interest/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { findPartnerRequest, lockPartnerRequest } from "./find-partner-request.server.ts";
import { notifyCompany } from "./notify-company.server.ts";
import { canContactPartnerRequest, canSeePartnerRequest } from "./policy.ts";
import { postPartnerMessage } from "./post-partner-message.server.ts";
import { maxNewThreadsPerDay } from "./schemas.ts";
import { partnersMessage, partnersThread } from "./tables.ts";

export type ContactResult =
  | { ok: true; threadId: string }
  | { ok: false; error: "rateLimited" }
  | { ok: false; error: "duplicate"; threadId: string };

type MailServices = Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };

/**
 * The viewer's company writes to the company behind a partner request. The first contact opens a thread
 * (at most maxNewThreadsPerDay new threads per company in 24 hours) and e-mails the poster's
 * representatives; later contacts go to the same thread (where an identical message from the same person
 * within a minute is refused as `duplicate`, see postPartnerMessage). The poster's addresses stay hidden until it
 * answers. Audited without the message text.
 */
export async function contactPartnerRequest({
  services,
  viewer,
  partnerRequestId,
  body,
  requestId,
}: {
  services: MailServices;
  viewer: Viewer | null;
  partnerRequestId: string;
  body: string;
  requestId?: string;
}): Promise<ContactResult> {
  const { db } = services.database;
  const request = await findPartnerRequest(db, partnerRequestId);
  if (!request || !canSeePartnerRequest(viewer, request, request.plan)) throw new AppError("not_found");
  const company = actingCompanyOf(viewer);
  if (!viewer || !company || company.organisationId === request.organisationId)
    throw new AppError("forbidden");
  const opened = await db.transaction(async (tx): Promise<ContactResult | { existingThreadId: string }> => {
    // Decided under a lock on the contacting company's row (ADR 022): of first contacts sent at once,
    // one opens the thread and the others find it; the day's count cannot be passed by racing.
    await tx
      .select({ id: organisationsOrganisation.id })
      .from(organisationsOrganisation)
      .where(eq(organisationsOrganisation.id, company.organisationId))
      .for("no key update");
    const [existing] = await tx
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(
        and(
          eq(partnersThread.requestId, request.id),
          eq(partnersThread.organisationId, company.organisationId),
        ),
      );
    if (existing) return { existingThreadId: existing.id };
    // The request may have been closed, or its plan withdrawn, since it was first read.
    const current = await lockPartnerRequest(tx, request.id);
    if (!current || !canContactPartnerRequest(viewer, current, current.plan)) throw new AppError("conflict");
    const [recent] = await tx
      .select({ value: count() })
      .from(partnersThread)
      .where(
        and(
          eq(partnersThread.organisationId, company.organisationId),
          gt(partnersThread.createdAt, new Date(Date.now() - 24 * 60 * 60 * 1000)),
        ),
      );
    if (Number(recent?.value ?? 0) >= maxNewThreadsPerDay)
      return { ok: false, error: "rateLimited" } as const;
    const [thread] = await tx
      .insert(partnersThread)
      .values({ requestId: request.id, organisationId: company.organisationId, createdBy: viewer.userId })
      .returning({ id: partnersThread.id });
    if (!thread) throw new Error("The thread insert returned no row");
    await tx.insert(partnersMessage).values({
      threadId: thread.id,
      senderOrganisationId: company.organisationId,
      senderUserId: viewer.userId,
      body,
    });
    const notified = await notifyCompany(tx, services, {
      organisationId: request.organisationId,
      exceptUserId: viewer.userId,
      event: "contact",
      fromCompany: company.name,
      planId: request.planId,
      threadId: thread.id,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: company.organisationId,
      action: "partners.thread.start",
      entityType: "partner-thread",
      entityId: thread.id,
      summary: { partnerRequestId: request.id, poster: request.organisationId, notified },
      requestId,
    });
    return { ok: true, threadId: thread.id } as const;
  });
  if (!("existingThreadId" in opened)) return opened;
  const posted = await postPartnerMessage({
    services,
    viewer,
    threadId: opened.existingThreadId,
    body,
    requestId,
  });
  return posted.ok
    ? { ok: true, threadId: opened.existingThreadId }
    : { ok: false, error: "duplicate", threadId: opened.existingThreadId };
}
