-- The trigram search text covers the need in every language, not only Finnish: a plan written in
-- Swedish only (issue 12 point 3) is found by its need's words, misspellings included.
ALTER TABLE "plans_plan" drop column "search_text";--> statement-breakpoint
ALTER TABLE "plans_plan" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(coalesce(title->>'fi', '') || ' ' || coalesce(title->>'sv', '') || ' ' || coalesce(title->>'en', '') || ' ' || coalesce(need->>'fi', '') || ' ' || coalesce(need->>'sv', '') || ' ' || coalesce(need->>'en', ''))) STORED;--> statement-breakpoint
CREATE INDEX "plans_plan_search_trgm_idx" ON "plans_plan" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- The lexicon of "did you mean" words gets the public plans' Swedish and English needs' words too.
INSERT INTO plans_search_word (word)
  SELECT DISTINCT t.lexeme
    FROM plans_plan AS p, unnest(to_tsvector('simple', p.search_text)) AS t
   WHERE p.visibility = 'public' AND p.archived_at IS NULL AND char_length(t.lexeme) BETWEEN 5 AND 60
  ON CONFLICT (word) DO NOTHING;
