import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/types.ts";
import type { JobContext } from "../jobs/index.server.ts";
import { buildMessage, type MailTransport } from "./mail-transport.server.ts";
import { type MailEvent, mailOutbox } from "./tables.ts";
import { mailTemplates } from "./templates/index.ts";

export type DeliverMailOptions = {
  db: Db;
  transport: MailTransport;
  mailFrom: string;
  outboxId: string;
  context: JobContext;
};

/**
 * Sends one outbox row and records the outcome on it. A failed attempt is recorded and rethrown so the
 * job runner retries it with back-off; the last failed attempt marks the row failed. A row that is
 * no longer queued (a repeated job) is left alone.
 */
export async function deliverMail({
  db,
  transport,
  mailFrom,
  outboxId,
  context,
}: DeliverMailOptions): Promise<void> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, outboxId));
  if (row?.status !== "queued") return;
  const at = () => new Date().toISOString();
  // Rows of templates that no longer exist are treated as secret: forgetting too much is the safe side.
  const forgetBodies = mailTemplates[row.template as keyof typeof mailTemplates]?.holdsSecret ?? true;
  const final = forgetBodies ? { textBody: null, htmlBody: null } : {};
  try {
    const { messageId } = await transport.send(buildMessage(row, mailFrom), context.signal);
    await db
      .update(mailOutbox)
      .set({
        status: "sent",
        sentAt: new Date(),
        messageId,
        lastError: null,
        attempts: sql`${mailOutbox.attempts} + 1`,
        history: append({ at: at(), event: "sent", attempt: context.attempt }),
        ...final,
      })
      .where(eq(mailOutbox.id, row.id));
  } catch (error) {
    const message = describeError(error);
    await db
      .update(mailOutbox)
      .set({
        lastError: message,
        attempts: sql`${mailOutbox.attempts} + 1`,
        ...(context.isLastAttempt
          ? {
              status: "failed" as const,
              ...final,
              history: append({ at: at(), event: "failed", attempt: context.attempt, error: message }),
            }
          : {
              history: append({
                at: at(),
                event: "attempt_failed",
                attempt: context.attempt,
                error: message,
              }),
            }),
      })
      .where(eq(mailOutbox.id, row.id));
    throw error;
  }
}

function append(event: MailEvent) {
  return sql`${mailOutbox.history} || ${JSON.stringify([event])}::jsonb`;
}

/** The SMTP reply when there is one ("451 4.3.0 Try again later"), never the message content. */
function describeError(error: unknown): string {
  if (error instanceof Error) {
    const response = (error as Error & { response?: unknown }).response;
    return (typeof response === "string" ? response : error.message).slice(0, 500);
  }
  return String(error).slice(0, 500);
}
