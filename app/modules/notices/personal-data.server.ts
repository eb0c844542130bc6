import { asc, eq } from "drizzle-orm";
import { registerPersonalData } from "../accounts/index.server.ts";
import { noticesNotice } from "./tables.ts";

registerPersonalData({
  module: "notices",
  // The Hilma notices the person recorded on their organisation's plans.
  exportFor: async (tx, subject) => ({
    recordedNotices: await tx
      .select({
        planId: noticesNotice.planId,
        type: noticesNotice.type,
        reference: noticesNotice.reference,
        recordedAt: noticesNotice.recordedAt,
      })
      .from(noticesNotice)
      .where(eq(noticesNotice.recordedBy, subject.userId))
      .orderBy(asc(noticesNotice.recordedAt)),
  }),
  // The notice is the organisation's public record and stays; who recorded it is forgotten.
  eraseFor: async (tx, subject) => {
    await tx
      .update(noticesNotice)
      .set({ recordedBy: null })
      .where(eq(noticesNotice.recordedBy, subject.userId));
  },
});
