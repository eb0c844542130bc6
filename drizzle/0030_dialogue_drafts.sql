CREATE TABLE "dialogue_draft" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"summary" jsonb,
	"summary_published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_draft_state_check" CHECK ("dialogue_draft"."state" in ('draft', 'open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_draft_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"organisation_id" text,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response" text,
	"responded_by" text,
	"responded_at" timestamp with time zone,
	CONSTRAINT "dialogue_draft_comment_response_check" CHECK (("dialogue_draft_comment"."response" is null) = ("dialogue_draft_comment"."responded_at" is null))
);
--> statement-breakpoint
CREATE TABLE "dialogue_draft_document" (
	"draft_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_draft_section" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"heading" jsonb NOT NULL,
	"body" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dialogue_draft" ADD CONSTRAINT "dialogue_draft_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft" ADD CONSTRAINT "dialogue_draft_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_comment" ADD CONSTRAINT "dialogue_draft_comment_draft_id_dialogue_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."dialogue_draft"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_comment" ADD CONSTRAINT "dialogue_draft_comment_section_id_dialogue_draft_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."dialogue_draft_section"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_comment" ADD CONSTRAINT "dialogue_draft_comment_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_comment" ADD CONSTRAINT "dialogue_draft_comment_author_id_accounts_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_comment" ADD CONSTRAINT "dialogue_draft_comment_responded_by_accounts_user_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_document" ADD CONSTRAINT "dialogue_draft_document_draft_id_dialogue_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."dialogue_draft"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_document" ADD CONSTRAINT "dialogue_draft_document_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_draft_section" ADD CONSTRAINT "dialogue_draft_section_draft_id_dialogue_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."dialogue_draft"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_draft_plan_idx" ON "dialogue_draft" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "dialogue_draft_comment_draft_idx" ON "dialogue_draft_comment" USING btree ("draft_id","section_id","created_at");--> statement-breakpoint
CREATE INDEX "dialogue_draft_comment_organisation_idx" ON "dialogue_draft_comment" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "dialogue_draft_section_draft_idx" ON "dialogue_draft_section" USING btree ("draft_id","position");--> statement-breakpoint
-- Opened drafts, their sections, responded comments and summaries are public output (the plan page,
-- /api/v1/plans/{id}/drafts), so any write to them makes the cached public answers stale (ADR 019).
CREATE TRIGGER dialogue_draft_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_draft
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();--> statement-breakpoint
CREATE TRIGGER dialogue_draft_section_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_draft_section
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();--> statement-breakpoint
CREATE TRIGGER dialogue_draft_comment_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_draft_comment
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
--> statement-breakpoint
CREATE TRIGGER dialogue_draft_document_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_draft_document
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
