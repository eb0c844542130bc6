import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { listPublicHeadlines, type PublicHeadline } from "../plans/index.server.ts";
import { refCpvCode } from "../reference-data/shared-tables.ts";
import type { MessageSide } from "./states.ts";
import { presentationsAttachment, presentationsCpv, presentationsMessage } from "./tables.ts";

export type ThreadMessage = {
  id: string;
  side: MessageSide;
  authorName: string;
  body: string;
  createdAt: Date;
};

const cpvLabel = (locale: Locale) =>
  ({ fi: refCpvCode.labelFi, sv: refCpvCode.labelSv, en: refCpvCode.labelEn })[locale];

/** What both sides see of a presentation: its codes with labels, its files (no bytes), the named plan. */
export async function loadPresentationDetails(
  db: DbOrTx,
  presentation: { id: string; planId: string | null },
  locale: Locale,
) {
  const [cpv, attachments, plans] = await Promise.all([
    db
      .select({ code: presentationsCpv.cpvCode, label: cpvLabel(locale) })
      .from(presentationsCpv)
      .innerJoin(refCpvCode, eq(refCpvCode.code, presentationsCpv.cpvCode))
      .where(eq(presentationsCpv.presentationId, presentation.id))
      .orderBy(asc(presentationsCpv.cpvCode)),
    db
      .select({
        id: presentationsAttachment.id,
        fileName: presentationsAttachment.fileName,
        mediaType: presentationsAttachment.mediaType,
        sizeBytes: presentationsAttachment.sizeBytes,
      })
      .from(presentationsAttachment)
      .where(eq(presentationsAttachment.presentationId, presentation.id))
      .orderBy(asc(presentationsAttachment.createdAt), asc(presentationsAttachment.fileName)),
    presentation.planId ? publicPlanTitles(db, [presentation.planId]) : Promise.resolve([]),
  ]);
  return { cpv, attachments, plan: plans[0] ?? null };
}

/** Public titles of the given plans that are public (a plan turned private is no longer named). */
export async function publicPlanTitles(
  db: DbOrTx,
  planIds: string[],
): Promise<{ id: string; title: PublicHeadline["title"] }[]> {
  const headlines = await listPublicHeadlines(db, planIds);
  return [...headlines.values()].map((headline) => ({ id: headline.planId, title: headline.title }));
}

/** The messages of the given recipients' threads, oldest first, by recipient id. */
export async function loadThreads(db: DbOrTx, recipientIds: string[]): Promise<Map<string, ThreadMessage[]>> {
  const threads = new Map<string, ThreadMessage[]>(recipientIds.map((id) => [id, []]));
  if (recipientIds.length === 0) return threads;
  const rows = await db
    .select({
      id: presentationsMessage.id,
      recipientId: presentationsMessage.recipientId,
      side: presentationsMessage.side,
      authorName: presentationsMessage.authorName,
      body: presentationsMessage.body,
      createdAt: presentationsMessage.createdAt,
    })
    .from(presentationsMessage)
    .where(inArray(presentationsMessage.recipientId, recipientIds))
    .orderBy(asc(presentationsMessage.createdAt), asc(presentationsMessage.id));
  for (const { recipientId, ...message } of rows)
    threads.get(recipientId)?.push({ ...message, side: message.side as MessageSide });
  return threads;
}
