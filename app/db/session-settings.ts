/**
 * The lowest word similarity (pg_trgm, 0–1) the search accepts for a mistyped word: typoThreshold(6) in
 * app/modules/plans/public-search.server.ts (longer words must be more alike; a test keeps the two
 * equal). The search's `<%` operator, which can use the trigram index, reads its threshold from the
 * session, so every connection gets it (sessionSettingsSql).
 */
export const wordSimilarityThreshold = 0.39;

/** Run once on every new database session: each pooled PostgreSQL connection, and PGlite's one session. */
export const sessionSettingsSql = `set pg_trgm.word_similarity_threshold = ${wordSimilarityThreshold}`;
