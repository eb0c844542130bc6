CREATE TABLE "dialogue_meeting_booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"booked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_note" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"agenda" jsonb NOT NULL,
	"place" text,
	"online_url" text,
	"slot_minutes" integer NOT NULL,
	"booking_deadline" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"summary" jsonb,
	"summary_published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_meeting_round_state_check" CHECK ("dialogue_meeting_round"."state" in ('draft', 'open', 'closed')),
	CONSTRAINT "dialogue_meeting_round_slot_minutes_check" CHECK ("dialogue_meeting_round"."slot_minutes" between 5 and 480),
	CONSTRAINT "dialogue_meeting_round_where_check" CHECK ("dialogue_meeting_round"."place" is not null or "dialogue_meeting_round"."online_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dialogue_meeting_slot_round_start_unique" UNIQUE("round_id","starts_at"),
	CONSTRAINT "dialogue_meeting_slot_id_round_unique" UNIQUE("id","round_id"),
	CONSTRAINT "dialogue_meeting_slot_times_check" CHECK ("dialogue_meeting_slot"."ends_at" > "dialogue_meeting_slot"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "dialogue_meeting_booking" ADD CONSTRAINT "dialogue_meeting_booking_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_booking" ADD CONSTRAINT "dialogue_meeting_booking_booked_by_accounts_user_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_booking" ADD CONSTRAINT "dialogue_meeting_booking_cancelled_by_accounts_user_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_booking" ADD CONSTRAINT "dialogue_meeting_booking_slot_fk" FOREIGN KEY ("slot_id","round_id") REFERENCES "public"."dialogue_meeting_slot"("id","round_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_note" ADD CONSTRAINT "dialogue_meeting_note_booking_id_dialogue_meeting_booking_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."dialogue_meeting_booking"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_note" ADD CONSTRAINT "dialogue_meeting_note_updated_by_accounts_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_round" ADD CONSTRAINT "dialogue_meeting_round_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_round" ADD CONSTRAINT "dialogue_meeting_round_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_slot" ADD CONSTRAINT "dialogue_meeting_slot_round_id_dialogue_meeting_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."dialogue_meeting_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_meeting_booking_slot_active_idx" ON "dialogue_meeting_booking" USING btree ("slot_id") WHERE "dialogue_meeting_booking"."cancelled_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_meeting_booking_company_active_idx" ON "dialogue_meeting_booking" USING btree ("round_id","organisation_id") WHERE "dialogue_meeting_booking"."cancelled_at" is null;--> statement-breakpoint
CREATE INDEX "dialogue_meeting_booking_organisation_idx" ON "dialogue_meeting_booking" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "dialogue_meeting_round_plan_idx" ON "dialogue_meeting_round" USING btree ("plan_id","created_at");