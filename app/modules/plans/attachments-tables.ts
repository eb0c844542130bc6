import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "../../db/bytea.ts";
import { plansPlan } from "./tables.ts";

/**
 * A file attached to a plan (PDF, DOCX, XLSX or ODT), its bytes in the database (ADR 017). The media
 * type is the one detected from the content; the name is sanitised; the SHA-256 is the download's ETag.
 * Queries that list attachments never select `content`.
 */
export const plansAttachment = pgTable(
  "plans_attachment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plansPlan.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Hex SHA-256 of the content. */
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    title: text("title"),
    description: text("description"),
    /** The language the document is written in: fi, sv or en. */
    language: text("language").notNull().default("fi"),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("plans_attachment_plan_idx").on(table.planId, table.createdAt),
    // The same file twice on one plan is a mistake, not a second document.
    uniqueIndex("plans_attachment_plan_sha_idx").on(table.planId, table.sha256),
  ],
);
