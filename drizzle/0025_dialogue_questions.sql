CREATE TABLE "dialogue_plan_settings" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"question_deadline" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" text,
	"asked_by" text,
	"question" text NOT NULL,
	"show_company" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"published_question" text,
	"answer" text,
	"decline_reason" text,
	"answered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "dialogue_question_state_check" CHECK ("dialogue_question"."state" in ('open', 'published', 'declined')),
	CONSTRAINT "dialogue_question_published_check" CHECK ("dialogue_question"."state" <> 'published' or ("dialogue_question"."published_question" is not null and "dialogue_question"."answer" is not null and "dialogue_question"."published_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "watches_notification" DROP CONSTRAINT "watches_notification_event_check";--> statement-breakpoint
DROP INDEX "watches_notification_once_idx";--> statement-breakpoint
ALTER TABLE "watches_notification" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "dialogue_plan_settings" ADD CONSTRAINT "dialogue_plan_settings_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_question" ADD CONSTRAINT "dialogue_question_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_question" ADD CONSTRAINT "dialogue_question_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_question" ADD CONSTRAINT "dialogue_question_asked_by_accounts_user_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_question" ADD CONSTRAINT "dialogue_question_answered_by_accounts_user_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_question_plan_idx" ON "dialogue_question" USING btree ("plan_id","state","published_at");--> statement-breakpoint
CREATE INDEX "dialogue_question_organisation_idx" ON "dialogue_question" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "watches_notification_once_idx" ON "watches_notification" USING btree ("watch_id","plan_id","event","plan_version",coalesce("subject_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
ALTER TABLE "watches_notification" ADD CONSTRAINT "watches_notification_event_check" CHECK ("watches_notification"."event" in ('published', 'dialogue-opened', 'changed', 'tender-published', 'answer-published'));