ALTER TABLE "plans_plan" ADD COLUMN "change_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "plans_plan_public_change_idx" ON "plans_plan" USING btree ("change_seq","id") WHERE "plans_plan"."visibility" = 'public' and "plans_plan"."archived_at" is null;--> statement-breakpoint
-- Hand-written (ADR 026): every insert and update of a plan row takes the next plans_public_generation
-- number as its change_seq. The UPDATE locks that one row until the writer commits or rolls back, so a
-- writer that stamps later commits later: a reader walking (change_seq, id) never sees a number while a
-- smaller one is still uncommitted, and an OCDS harvester's cursor cannot jump over a late commit. Taking
-- the row first (before the plan row's own triggers) keeps the lock order of 0011. Rows written before
-- this migration keep 0 and come first, ordered by id.
CREATE FUNCTION "plans_plan_stamp_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE plans_public_generation SET value = value + 1 WHERE id = 1 RETURNING value INTO NEW.change_seq;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "plans_plan_change_seq" BEFORE INSERT OR UPDATE ON "plans_plan"
  FOR EACH ROW EXECUTE FUNCTION "plans_plan_stamp_change"();
