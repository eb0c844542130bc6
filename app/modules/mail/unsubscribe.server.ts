import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { recordAudit } from "../audit/index.server.ts";
import { mailSuppression } from "./tables.ts";
import { type UnsubscribeClaims, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

/** Reads an unsubscribe link's token: who and which topic, or null for a forged or broken link. */
export function readUnsubscribeToken(token: string, secret: string): UnsubscribeClaims | null {
  return verifyUnsubscribeToken(token, secret);
}

/**
 * Stops the topic's mails to the address in the token (one click, no log-in: the signature is the
 * authorisation). Unsubscribing twice is fine.
 */
export async function unsubscribe({
  db,
  token,
  secret,
  requestId,
}: {
  db: DbOrTx;
  token: string;
  secret: string;
  requestId?: string;
}): Promise<UnsubscribeClaims | null> {
  const claims = verifyUnsubscribeToken(token, secret);
  if (!claims) return null;
  await db.transaction(async (tx) => {
    await tx
      .insert(mailSuppression)
      .values({ address: claims.address, topic: claims.topic })
      .onConflictDoNothing();
    await recordAudit(tx, {
      actorId: null,
      action: "mail.unsubscribe",
      entityType: "mail-topic",
      entityId: claims.topic,
      summary: { topic: claims.topic },
      requestId,
    });
  });
  return claims;
}

/** The topics the address has unsubscribed from (a watch shows "unsubscribed" by its own topic). */
export async function listUnsubscribedTopics(db: DbOrTx, address: string): Promise<Set<string>> {
  const rows = await db
    .select({ topic: mailSuppression.topic })
    .from(mailSuppression)
    .where(eq(mailSuppression.address, address.toLowerCase()));
  return new Set(rows.map((row) => row.topic));
}

/**
 * Lets the topic's mails reach the address again: the person asked for them anew (saving a watch with
 * mails on). Called inside the caller's transaction; the caller audits its own write.
 */
export async function resubscribe(tx: DbOrTx, address: string, topic: string): Promise<void> {
  await tx
    .delete(mailSuppression)
    .where(and(eq(mailSuppression.address, address.toLowerCase()), eq(mailSuppression.topic, topic)));
}
