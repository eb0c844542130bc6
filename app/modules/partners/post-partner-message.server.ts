import { and, eq, gt, sql } from "drizzle-orm";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { consumeRateLimit, rateLimits, type Viewer } from "../accounts/index.server.ts";
import { recordAudit } from "../audit/index.server.ts";
import { findPartnerThread } from "./find-partner-thread.server.ts";
import { notifyCompany } from "./notify-company.server.ts";
import { threadSideOf } from "./policy.ts";
import { duplicateMessageWindowSeconds } from "./schemas.ts";
import { partnersMessage, partnersThread } from "./tables.ts";

/**
 * Writes a message in a thread for the viewer's side (the poster or the contacting company) and e-mails
 * the other side's representatives; audited without the text. Anyone else gets not_found; a person over
 * the hourly message limit (shared with presentation replies) gets rate_limited. The same text from the
 * same person in the same thread within duplicateMessageWindowSeconds is refused (`duplicate`, nothing
 * written): decided with the thread row locked (ADR 022), so of two identical posts sent at once one is
 * written.
 */
export type PostMessageResult = { ok: true; messageId: string } | { ok: false; error: "duplicate" };

export async function postPartnerMessage({
  services,
  viewer,
  threadId,
  body,
  requestId,
}: {
  services: Pick<Services, "database" | "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  viewer: Viewer | null;
  threadId: string;
  body: string;
  requestId?: string;
}): Promise<PostMessageResult> {
  const { db } = services.database;
  const thread = await findPartnerThread(db, threadId);
  const side = thread ? threadSideOf(viewer, thread) : null;
  if (!thread || !viewer || !side) throw new AppError("not_found");
  if (!(await consumeRateLimit(db, `messages:${viewer.userId}`, rateLimits.messages)).allowed)
    throw new AppError("rate_limited");
  const [sender, receiver] =
    side === "poster"
      ? [
          { id: thread.posterId, name: thread.posterName },
          { id: thread.contactingId, name: thread.contactingName },
        ]
      : [
          { id: thread.contactingId, name: thread.contactingName },
          { id: thread.posterId, name: thread.posterName },
        ];
  return db.transaction(async (tx): Promise<PostMessageResult> => {
    const [locked] = await tx
      .select({ id: partnersThread.id })
      .from(partnersThread)
      .where(eq(partnersThread.id, threadId))
      .for("no key update");
    if (!locked) throw new AppError("not_found");
    const [repeated] = await tx
      .select({ id: partnersMessage.id })
      .from(partnersMessage)
      .where(
        and(
          eq(partnersMessage.threadId, threadId),
          eq(partnersMessage.senderUserId, viewer.userId),
          eq(partnersMessage.body, body),
          gt(partnersMessage.createdAt, sql`now() - make_interval(secs => ${duplicateMessageWindowSeconds})`),
        ),
      )
      .limit(1);
    if (repeated) return { ok: false, error: "duplicate" };
    const [message] = await tx
      .insert(partnersMessage)
      .values({ threadId, senderOrganisationId: sender.id, senderUserId: viewer.userId, body })
      .returning({ id: partnersMessage.id });
    if (!message) throw new Error("The message insert returned no row");
    await tx.update(partnersThread).set({ updatedAt: new Date() }).where(eq(partnersThread.id, threadId));
    const notified = await notifyCompany(tx, services, {
      organisationId: receiver.id,
      exceptUserId: viewer.userId,
      event: "reply",
      fromCompany: sender.name,
      planId: thread.planId,
      threadId,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: sender.id,
      action: "partners.message.post",
      entityType: "partner-thread",
      entityId: threadId,
      summary: { side, length: body.length, notified },
      requestId,
    });
    return { ok: true, messageId: message.id };
  });
}
