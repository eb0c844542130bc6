import { and, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { publicPlansOnly } from "./policy.ts";
import { plansPlan } from "./tables.ts";

/** Query words: lower-case letters and digits, at most 8 words of at most 60 characters. */
export function searchWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((word) => word.slice(0, 60));
}

/**
 * How alike a mistyped word of n letters must be (pg_trgm word_similarity). One wrong letter changes at
 * most 3 of the word's n + 1 trigrams, so a word with one wrong letter keeps at least (n - 2) / (n + 4);
 * a fixed threshold would let long compound words match other compounds that merely share an end
 * ("städtjänster" is not "mattjänster"). The lowest, for six letters, is the session's
 * wordSimilarityThreshold, so the `<%` operator finds every candidate for any length.
 */
export function typoThreshold(length: number): number {
  return Math.floor(((length - 2) / (length + 4) - 0.01) * 1000) / 1000;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const contains = (part: string) => `%${escapeLike(part)}%`;
const known = alias(plansPlan, "known");

/**
 * One wrong letter in a word of 6+ letters that no public plan contains as such: text with a word that
 * keeps one half of it intact (one wrong letter leaves one of them whole) and is at least
 * typoThreshold(n) alike. Comparing a word with a plan's whole text costs ~30–90 µs a row at 300,000
 * plans, hence the guards:
 * - `not exists (…)` does not depend on the row, so PostgreSQL computes it once per query (an InitPlan):
 *   a word found as such skips the comparison on every row;
 * - the halves (`like`) are cheap and drop most rows before word_similarity(); they sit inside a CASE so
 *   the planner does not multiply their selectivities into a far too low estimate (which made it fetch
 *   every candidate of a frequent typo instead of walking the newest plans until a page is full);
 * - `<%` (word similarity of at least the session's pg_trgm.word_similarity_threshold, the lowest
 *   typoThreshold, set by openDatabase) lets PostgreSQL find candidates in the trigram index.
 */
function typoCondition(word: string): SQL {
  const middle = Math.floor(word.length / 2);
  return sql`(not exists (select 1 from ${plansPlan} as ${known} where ${and(publicPlansOnly(known), sql`${known.searchText} like ${contains(word)}`)})
    and case when ${plansPlan.searchText} like ${contains(word.slice(0, middle))} or ${plansPlan.searchText} like ${contains(word.slice(middle + 1))}
      then word_similarity(${word}, ${plansPlan.searchText}) >= ${typoThreshold(word.length)} else false end
    and ${word} <% ${plansPlan.searchText})`;
}

/**
 * The search condition: stemmed full-text search in Finnish, Swedish and English, OR every word found
 * in the plain text (as a part of a compound word, or within one wrong letter for words of 6+ letters).
 * Every branch can use an index: the GIN indexes of the tsvectors and the trigram index of the plain
 * text (lower-case, so `like` with the lower-case words finds what `ilike` would, at half the cost).
 */
export function searchCondition(query: string): SQL | undefined {
  const words = searchWords(query);
  if (words.length === 0) return undefined;
  const text = words.join(" ");
  const fullText = or(
    sql`${plansPlan.searchFi} @@ websearch_to_tsquery('finnish'::regconfig, ${text})`,
    sql`${plansPlan.searchSv} @@ websearch_to_tsquery('swedish'::regconfig, ${text})`,
    sql`${plansPlan.searchEn} @@ websearch_to_tsquery('english'::regconfig, ${text})`,
  );
  const everyWord = and(
    ...words.map((word) => {
      const part = sql`${plansPlan.searchText} like ${contains(word)}`;
      return word.length >= 6 ? (or(part, typoCondition(word)) as SQL) : part;
    }),
  );
  return or(fullText, everyWord);
}

/** Relevance: full-text rank in each language plus how closely the words match the plain text. */
export function searchRank(query: string): SQL<number> {
  const text = searchWords(query).join(" ");
  return sql<number>`(
    ts_rank(${plansPlan.searchFi}, websearch_to_tsquery('finnish'::regconfig, ${text}))
    + ts_rank(${plansPlan.searchSv}, websearch_to_tsquery('swedish'::regconfig, ${text}))
    + ts_rank(${plansPlan.searchEn}, websearch_to_tsquery('english'::regconfig, ${text}))
    + word_similarity(${text}, ${plansPlan.searchText})
    + case when (${plansPlan.title}->>'fi') ilike ${`%${escapeLike(text)}%`} then 1 else 0 end
  )`;
}
