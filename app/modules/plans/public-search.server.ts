import { and, or, type SQL, sql } from "drizzle-orm";
import { plansPlan } from "./tables.ts";

/** Query words: lower-case letters and digits, at most 8 words of at most 60 characters. */
export function searchWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((word) => word.slice(0, 60));
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One wrong letter: a word of 6+ letters that no public plan contains as such may be a typo, and then
 * matches text with a word similar to it (pg_trgm word similarity of at least wordSimilarityThreshold,
 * the `<%` operator, set on every connection by openDatabase) that keeps one half of the word intact
 * (one wrong letter leaves one half whole). Why so guarded: `<%` has to compare the word with the whole
 * text of every row it checks (~50–90 µs a row at 300,000 plans), so it runs only where needed.
 * - `not exists (…)` does not depend on the row: PostgreSQL computes it once per query (an InitPlan),
 *   and a word found as such skips the comparison on every row;
 * - the halves (`like`) are cheap and drop most rows before `<%`.
 */
function typoCondition(word: string): SQL {
  const half = Math.floor(word.length / 2);
  const contains = (part: string) => `%${escapeLike(part)}%`;
  return sql`(not exists (select 1 from ${plansPlan} as known where known.visibility = 'public' and known.archived_at is null and known.search_text like ${contains(word)})
    and (${plansPlan.searchText} like ${contains(word.slice(0, half))} or ${plansPlan.searchText} like ${contains(word.slice(half))})
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
      const part = sql`${plansPlan.searchText} like ${`%${escapeLike(word)}%`}`;
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
