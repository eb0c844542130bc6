import { and, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { escapeLike } from "../../lib/escape-like.ts";
import { plansSearchWord } from "./search-lexicon-tables.ts";
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

const contains = (part: string) => `%${escapeLike(part)}%`;

/**
 * A search query made ready to run: its words, and for each word of 6+ letters that no public plan
 * has held, the real words one letter away from it (from the lexicon, plans_search_word).
 */
export type PreparedSearch = { query: string; words: string[]; alternatives: Record<string, string[]> };

/** At most this many lexicon words stand in for one mistyped word (the most alike first). */
export const maxAlternatives = 20;

/**
 * The lexicon query behind prepareSearch: for each word of 6+ letters, nothing when some lexicon word
 * contains it (it is no typo), otherwise the words at least typoThreshold(n) alike. `<%` (word
 * similarity of at least the session's pg_trgm.word_similarity_threshold, the lowest typoThreshold,
 * set by openDatabase) lets PostgreSQL find them with the lexicon's trigram index in about a millisecond.
 */
export function alternativesQuery(words: string[]): SQL | undefined {
  const long = [...new Set(words.filter((word) => word.length >= 6))];
  if (long.length === 0) return undefined;
  const patterns = long.map(contains);
  const thresholds = long.map((word) => typoThreshold(word.length));
  return sql`select q.word, a.word as alternative
    from unnest(${sql.param(long)}::text[], ${sql.param(patterns)}::text[], ${sql.param(thresholds)}::float4[]) as q(word, pattern, threshold)
    cross join lateral (
      select l.word from ${plansSearchWord} as l
      where q.word <% l.word and word_similarity(q.word, l.word) >= q.threshold
        and not exists (select 1 from ${plansSearchWord} as k where k.word like q.pattern)
      order by word_similarity(q.word, l.word) desc, l.word
      limit ${maxAlternatives}
    ) as a`;
}

/** Reads the lexicon for the query's mistyped words; undefined when the query has no words. */
export async function prepareSearch(
  db: DbOrTx,
  query: string | undefined,
): Promise<PreparedSearch | undefined> {
  const words = searchWords(query ?? "");
  if (words.length === 0) return undefined;
  const alternatives: Record<string, string[]> = {};
  const lookup = alternativesQuery(words);
  if (lookup) {
    const rows = (await db.execute(lookup)) as unknown as { rows: { word: string; alternative: string }[] };
    for (const row of rows.rows)
      alternatives[row.word] = [...(alternatives[row.word] ?? []), row.alternative];
  }
  return { query: query ?? "", words, alternatives };
}

/**
 * The search condition: stemmed full-text search in Finnish, Swedish and English, OR every word found
 * in the plain text (as a part of a compound word, or, for a word of 6+ letters no public plan holds,
 * one of the lexicon words one letter away from it). Every branch can use an index: the GIN indexes of
 * the tsvectors and the trigram index of the plain text (lower-case, so `like` with the lower-case words
 * finds what `ilike` would, at half the cost).
 */
export function searchCondition(search: PreparedSearch): SQL {
  const text = search.words.join(" ");
  const fullText = or(
    sql`${plansPlan.searchFi} @@ websearch_to_tsquery('finnish'::regconfig, ${text})`,
    sql`${plansPlan.searchSv} @@ websearch_to_tsquery('swedish'::regconfig, ${text})`,
    sql`${plansPlan.searchEn} @@ websearch_to_tsquery('english'::regconfig, ${text})`,
  );
  const everyWord = and(
    ...search.words.map((word) =>
      or(
        ...[word, ...(search.alternatives[word] ?? [])].map(
          (part) => sql`${plansPlan.searchText} like ${contains(part)}`,
        ),
      ),
    ),
  );
  return or(fullText, everyWord) as SQL;
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
