import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { readHilmaNotice } from "../plans/index.ts";
import type { NoticeType } from "./notice-source.ts";
import { noticesNotice } from "./tables.ts";

// The notices recorded on a plan: where Hilma published each. The buyer's page lists them with their
// dates; the plan page shows each as a link (`publicNotice` names every field it shows).

/** A recorded notice: its type, where Hilma published it and when it was recorded. */
export type RecordedNotice = { type: NoticeType; reference: string; recordedAt: Date };

const columns = {
  type: noticesNotice.type,
  reference: noticesNotice.reference,
  recordedAt: noticesNotice.recordedAt,
};

/** Every notice recorded on the plan, E1, E2, PIN in order (for its buyers). */
export async function listRecordedNotices(db: DbOrTx, planId: string): Promise<RecordedNotice[]> {
  const rows = await db
    .select(columns)
    .from(noticesNotice)
    .where(eq(noticesNotice.planId, planId))
    .orderBy(asc(noticesNotice.type));
  return rows as RecordedNotice[];
}

/** A recorded notice as the plan page shows it: its type and Hilma's address, number or eForms id. */
export type PublicNotice = {
  type: NoticeType;
  text: string;
  href: string | null;
  kind: "address" | "number" | "eforms";
};

/**
 * The plan's recorded notices as its page shows them. The caller has already decided the reader may
 * see the plan (public, or its own organisation's); a reference that no longer reads as a notice is left out.
 */
export async function listPlanNotices(db: DbOrTx, planId: string): Promise<PublicNotice[]> {
  const notices = await listRecordedNotices(db, planId);
  return notices.flatMap((notice) => {
    const read = readHilmaNotice(notice.reference);
    return read ? [{ type: notice.type, text: read.text, href: read.href, kind: read.kind }] : [];
  });
}
