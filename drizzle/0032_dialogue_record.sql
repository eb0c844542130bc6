CREATE TABLE "dialogue_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"organisation_id" text,
	"organisation_name" text,
	"our_participants" text DEFAULT '' NOT NULL,
	"their_participants" text DEFAULT '' NOT NULL,
	"shared_material" text DEFAULT '' NOT NULL,
	"is_shared_material_public" boolean DEFAULT false NOT NULL,
	"conflict_of_interest" text DEFAULT '' NOT NULL,
	"public_summary" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_contact_kind_check" CHECK ("dialogue_contact"."kind" in ('meeting', 'call', 'visit', 'email', 'other'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_survey_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"barriers" text[] NOT NULL,
	"free_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "dialogue_survey_answer_barriers_check" CHECK ("dialogue_survey_answer"."barriers" <@ array['too-big', 'timetable', 'unclear-need', 'criteria', 'capacity', 'other']::text[])
);
--> statement-breakpoint
CREATE TABLE "dialogue_survey_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "dialogue_survey_invitation_once" UNIQUE("subject_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "dialogue_contact" ADD CONSTRAINT "dialogue_contact_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_contact" ADD CONSTRAINT "dialogue_contact_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_contact" ADD CONSTRAINT "dialogue_contact_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_contact" ADD CONSTRAINT "dialogue_contact_updated_by_accounts_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_survey_answer" ADD CONSTRAINT "dialogue_survey_answer_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_survey_invitation" ADD CONSTRAINT "dialogue_survey_invitation_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_survey_invitation" ADD CONSTRAINT "dialogue_survey_invitation_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_contact_plan_idx" ON "dialogue_contact" USING btree ("plan_id","occurred_at");--> statement-breakpoint
CREATE INDEX "dialogue_contact_organisation_idx" ON "dialogue_contact" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "dialogue_survey_answer_subject_idx" ON "dialogue_survey_answer" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "dialogue_survey_invitation_organisation_idx" ON "dialogue_survey_invitation" USING btree ("organisation_id");