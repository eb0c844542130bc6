CREATE TABLE "plans_public_generation" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "plans_public_generation_one_row" CHECK ("plans_public_generation"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "plans_public_generation" ("id", "value") VALUES (1, 0);
--> statement-breakpoint
-- Every statement that writes what public outputs show bumps the number. The plans_plan trigger's name
-- sorts before plans_plan_search_words_*, so a writer takes this row's lock before any lexicon word's,
-- and two writers cannot wait for each other.
CREATE OR REPLACE FUNCTION plans_public_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE plans_public_generation SET value = value + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plans_plan_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_plan
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_plan_cpv_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_plan_cpv
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_participant_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_participant
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_lot_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_lot
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_sustainability_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_sustainability
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_attachment_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_attachment
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER plans_version_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON plans_version
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER organisations_organisation_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organisations_organisation
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
