/**
 * How alike a mistyped word must be for the search (pg_trgm word similarity, 0–1): one wrong letter in
 * a word of six or more letters passes. The search uses the `<%` operator, which can use the trigram
 * index but reads its threshold from the session, so every connection gets it (sessionSettingsSql).
 */
export const wordSimilarityThreshold = 0.45;

/** Run once on every new database session: each pooled PostgreSQL connection, and PGlite's one session. */
export const sessionSettingsSql = `set pg_trgm.word_similarity_threshold = ${wordSimilarityThreshold}`;
