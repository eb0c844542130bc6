import { sql } from "drizzle-orm";
import { index, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The search lexicon: every distinct word (5–60 characters) that a public plan's search text has held,
 * with a trigram index, so a mistyped query word finds its real neighbours among a few thousand words
 * instead of comparing itself with the text of every plan (ADR 018). A trigger on plans_plan adds the
 * words of each public plan as it is written (migration 0010); words are never removed, since they
 * were public once, and a word that no public plan holds any more merely finds nothing.
 */
export const plansSearchWord = pgTable("plans_search_word", { word: text("word").primaryKey() }, (table) => [
  index("plans_search_word_trgm_idx").using("gin", sql`${table.word} gin_trgm_ops`),
]);
