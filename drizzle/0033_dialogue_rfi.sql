CREATE TABLE "dialogue_rfi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"intro" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"summary" jsonb,
	"summary_published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_rfi_state_check" CHECK ("dialogue_rfi"."state" in ('draft', 'open', 'closed')),
	CONSTRAINT "dialogue_rfi_period_check" CHECK ("dialogue_rfi"."state" = 'draft' or ("dialogue_rfi"."opens_at" is not null and "dialogue_rfi"."closes_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "dialogue_rfi_answer" (
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" jsonb,
	"is_business_secret" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dialogue_rfi_answer_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_rfi_answer_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_rfi_answer_file_unique" UNIQUE("response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_rfi_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rfi_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"text" jsonb NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dialogue_rfi_question_kind_check" CHECK ("dialogue_rfi_question"."kind" in ('short-text', 'long-text', 'single-choice', 'multiple-choice', 'number', 'yes-no', 'file'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_rfi_response" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rfi_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"last_editor_id" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_rfi_response_company_unique" UNIQUE("rfi_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "dialogue_rfi" ADD CONSTRAINT "dialogue_rfi_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi" ADD CONSTRAINT "dialogue_rfi_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_answer" ADD CONSTRAINT "dialogue_rfi_answer_response_id_dialogue_rfi_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."dialogue_rfi_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_answer" ADD CONSTRAINT "dialogue_rfi_answer_question_id_dialogue_rfi_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."dialogue_rfi_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_answer_file" ADD CONSTRAINT "dialogue_rfi_answer_file_response_id_dialogue_rfi_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."dialogue_rfi_response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_answer_file" ADD CONSTRAINT "dialogue_rfi_answer_file_question_id_dialogue_rfi_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."dialogue_rfi_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_answer_file" ADD CONSTRAINT "dialogue_rfi_answer_file_uploaded_by_accounts_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_question" ADD CONSTRAINT "dialogue_rfi_question_rfi_id_dialogue_rfi_id_fk" FOREIGN KEY ("rfi_id") REFERENCES "public"."dialogue_rfi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_response" ADD CONSTRAINT "dialogue_rfi_response_rfi_id_dialogue_rfi_id_fk" FOREIGN KEY ("rfi_id") REFERENCES "public"."dialogue_rfi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_response" ADD CONSTRAINT "dialogue_rfi_response_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rfi_response" ADD CONSTRAINT "dialogue_rfi_response_last_editor_id_accounts_user_id_fk" FOREIGN KEY ("last_editor_id") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_rfi_plan_idx" ON "dialogue_rfi" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "dialogue_rfi_question_rfi_idx" ON "dialogue_rfi_question" USING btree ("rfi_id","position");--> statement-breakpoint
CREATE INDEX "dialogue_rfi_response_organisation_idx" ON "dialogue_rfi_response" USING btree ("organisation_id");--> statement-breakpoint
-- A request's public data (title, period, questions, response count, summary) is public output (the plan
-- page, /api/v1/plans/{id}/rfis), so writes to it make the cached public answers stale (ADR 019).
CREATE TRIGGER dialogue_rfi_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_rfi
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();--> statement-breakpoint
CREATE TRIGGER dialogue_rfi_question_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_rfi_question
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();--> statement-breakpoint
CREATE TRIGGER dialogue_rfi_response_generation AFTER INSERT OR DELETE OR TRUNCATE ON dialogue_rfi_response
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
