import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { registerPersonalData } from "../accounts/index.server.ts";
import { watchesNotification, watchesWatch } from "./tables.ts";

/** A person's watches and the notifications they produced, for the export of their data. */
export async function watchDataOfPerson(db: DbOrTx, userId: string) {
  const watches = await db
    .select({
      id: watchesWatch.id,
      name: watchesWatch.name,
      cpvCodes: watchesWatch.cpvCodes,
      regions: watchesWatch.regions,
      municipalities: watchesWatch.municipalities,
      organisations: watchesWatch.organisations,
      keywords: watchesWatch.keywords,
      valueBands: watchesWatch.valueBands,
      events: watchesWatch.events,
      instantEmail: watchesWatch.instant,
      weeklyDigest: watchesWatch.digest,
      createdAt: watchesWatch.createdAt,
      updatedAt: watchesWatch.updatedAt,
    })
    .from(watchesWatch)
    .where(eq(watchesWatch.userId, userId))
    .orderBy(watchesWatch.createdAt);
  const notifications = await db
    .select({
      watchId: watchesNotification.watchId,
      planId: watchesNotification.planId,
      event: watchesNotification.event,
      createdAt: watchesNotification.createdAt,
      emailedAt: watchesNotification.emailedAt,
      digestedAt: watchesNotification.digestedAt,
      readAt: watchesNotification.readAt,
    })
    .from(watchesNotification)
    .where(eq(watchesNotification.userId, userId))
    .orderBy(desc(watchesNotification.createdAt));
  return { watches, notifications };
}

registerPersonalData({
  module: "watches",
  exportFor: (tx, subject) => watchDataOfPerson(tx, subject.userId),
  // The notifications go with their watch.
  eraseFor: async (tx, subject) => {
    await tx.delete(watchesWatch).where(eq(watchesWatch.userId, subject.userId));
  },
});
