import { and, eq, gt, sql } from "drizzle-orm";
import { isLocale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Services } from "../../services.ts";
import { consumeRateLimit, rateLimits, type Viewer } from "../accounts/index.server.ts";
import { accountsUser } from "../accounts/shared-tables.ts";
import { recordAudit } from "../audit/index.server.ts";
import { assertAllowed } from "../organisations/index.server.ts";
import { membersWithRoles, type NotifyServices, notifyPeople } from "./notify.server.ts";
import { canHandleInboxOf, canPresentFor, canReadInboxOf } from "./policy.ts";
import { loadRecipient } from "./recipient-record.server.ts";
import { duplicateMessageWindowSeconds } from "./rules.ts";
import type { ReplyInput } from "./schemas.ts";
import type { MessageSide } from "./states.ts";
import { presentationsMessage, presentationsRecipient } from "./tables.ts";

/**
 * Adds a message to one recipient's thread. The buyer's side (buyer-admins and buyers of the receiving
 * organisation) e-mails the company's members, and a `new` presentation becomes `reviewed`; the company's
 * side e-mails the buyer-admins and the buyers who wrote in the thread. Those who may not see the thread
 * get not_found (leadership, who read only, forbidden); a person over the hourly message limit (shared
 * with partner messages) gets rate_limited. The same text from the same person in the same thread within
 * duplicateMessageWindowSeconds is refused (`duplicate`, nothing written): decided with the recipient row
 * locked (ADR 022), so of two identical posts sent at once one is written. Audited without the text.
 */
export type ReplyResult = { ok: true; messageId: string } | { ok: false; error: "duplicate" };

export async function replyToPresentation({
  services,
  viewer,
  recipientId,
  side,
  input,
  requestId,
}: {
  services: Pick<Services, "database"> & NotifyServices;
  viewer: Viewer | null;
  recipientId: string;
  side: MessageSide;
  input: ReplyInput;
  requestId?: string;
}): Promise<ReplyResult> {
  const { db } = services.database;
  const recipient = await loadRecipient(db, recipientId);
  if (side === "buyer") {
    if (!canReadInboxOf(viewer, recipient.organisationId)) throw new AppError("not_found");
    assertAllowed(canHandleInboxOf(viewer, recipient.organisationId));
  } else if (!canPresentFor(viewer, recipient.companyId)) throw new AppError("not_found");
  if (!viewer) throw new AppError("unauthenticated");
  if (!(await consumeRateLimit(db, `messages:${viewer.userId}`, rateLimits.messages)).allowed)
    throw new AppError("rate_limited");
  const people =
    side === "buyer"
      ? await membersWithRoles(db, recipient.companyId, ["company-admin", "company-member"])
      : [
          ...(await membersWithRoles(db, recipient.organisationId, ["buyer-admin"])),
          ...(
            await db
              .selectDistinct({ email: accountsUser.email, locale: accountsUser.locale })
              .from(presentationsMessage)
              .innerJoin(accountsUser, eq(accountsUser.id, presentationsMessage.authorId))
              .where(
                and(
                  eq(presentationsMessage.recipientId, recipientId),
                  eq(presentationsMessage.side, "buyer"),
                ),
              )
          ).map((row) => ({ email: row.email, locale: isLocale(row.locale) ? row.locale : ("fi" as const) })),
        ];
  return db.transaction(async (tx): Promise<ReplyResult> => {
    // The row is locked before deciding: the duplicate check and the new → reviewed step read it now.
    const [locked] = await tx
      .select({ state: presentationsRecipient.state })
      .from(presentationsRecipient)
      .where(eq(presentationsRecipient.id, recipientId))
      .for("no key update");
    if (!locked) throw new AppError("not_found");
    const [repeated] = await tx
      .select({ id: presentationsMessage.id })
      .from(presentationsMessage)
      .where(
        and(
          eq(presentationsMessage.recipientId, recipientId),
          eq(presentationsMessage.authorId, viewer.userId),
          eq(presentationsMessage.body, input.body),
          gt(
            presentationsMessage.createdAt,
            sql`now() - make_interval(secs => ${duplicateMessageWindowSeconds})`,
          ),
        ),
      )
      .limit(1);
    if (repeated) return { ok: false, error: "duplicate" };
    const [message] = await tx
      .insert(presentationsMessage)
      .values({ recipientId, side, authorId: viewer.userId, authorName: viewer.name, body: input.body })
      .returning({ id: presentationsMessage.id });
    if (!message) throw new Error("message insert returned no row");
    const reviewed = side === "buyer" && locked.state === "new";
    if (reviewed)
      await tx
        .update(presentationsRecipient)
        .set({ state: "reviewed", stateChangedAt: new Date(), stateChangedBy: viewer.userId })
        .where(eq(presentationsRecipient.id, recipientId));
    const mails = await notifyPeople(tx, services, {
      people: people.filter((person) => person.email !== viewer.email),
      kind: side === "buyer" ? "buyerReplied" : "companyReplied",
      values: {
        company: recipient.companyName,
        organisation: recipient.organisationName,
        title: recipient.title,
      },
      path:
        side === "buyer"
          ? `presentations/${recipient.presentationId}#thread-${recipientId}`
          : `organisations/${recipient.organisationId}/inbox/${recipientId}`,
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      organisationId: side === "buyer" ? recipient.organisationId : recipient.companyId,
      action: "presentations.reply",
      entityType: "presentation-recipient",
      entityId: recipientId,
      summary: {
        side,
        messageId: message.id,
        length: input.body.length,
        mails,
        ...(reviewed ? { state: "reviewed" } : {}),
      },
      requestId,
    });
    return { ok: true as const, messageId: message.id };
  });
}
