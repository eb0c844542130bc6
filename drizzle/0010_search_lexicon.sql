CREATE TABLE "plans_search_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "plans_search_word_trgm_idx" ON "plans_search_word" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The lexicon is kept by the database: after every statement that writes plans, the words of the public
-- ones are added (sorted, so concurrent writers take the same order and do not deadlock on a new word).
CREATE OR REPLACE FUNCTION plans_search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO plans_search_word (word)
    SELECT DISTINCT t.lexeme
      FROM written_plans AS p, unnest(to_tsvector('simple', p.search_text)) AS t
     WHERE p.visibility = 'public' AND p.archived_at IS NULL AND char_length(t.lexeme) BETWEEN 5 AND 60
     ORDER BY t.lexeme
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plans_plan_search_words_insert AFTER INSERT ON plans_plan
  REFERENCING NEW TABLE AS written_plans FOR EACH STATEMENT EXECUTE FUNCTION plans_search_word_collect();
--> statement-breakpoint
CREATE TRIGGER plans_plan_search_words_update AFTER UPDATE ON plans_plan
  REFERENCING NEW TABLE AS written_plans FOR EACH STATEMENT EXECUTE FUNCTION plans_search_word_collect();
--> statement-breakpoint
INSERT INTO plans_search_word (word)
  SELECT DISTINCT t.lexeme
    FROM plans_plan AS p, unnest(to_tsvector('simple', p.search_text)) AS t
   WHERE p.visibility = 'public' AND p.archived_at IS NULL AND char_length(t.lexeme) BETWEEN 5 AND 60
  ON CONFLICT (word) DO NOTHING;
