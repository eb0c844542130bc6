CREATE TABLE "dialogue_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"title" jsonb NOT NULL,
	"agenda" jsonb NOT NULL,
	"address" text,
	"online_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"language" text NOT NULL,
	"capacity" integer NOT NULL,
	"registration_closes_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"minutes" jsonb,
	"materials" jsonb,
	"minutes_published_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_event_state_check" CHECK ("dialogue_event"."state" in ('draft', 'published', 'cancelled')),
	CONSTRAINT "dialogue_event_kind_check" CHECK ("dialogue_event"."kind" in ('info-session', 'supplier-day', 'workshop', 'webinar')),
	CONSTRAINT "dialogue_event_format_check" CHECK ("dialogue_event"."format" in ('on-site', 'online', 'hybrid')),
	CONSTRAINT "dialogue_event_where_check" CHECK (("dialogue_event"."format" = 'online' or "dialogue_event"."address" is not null) and ("dialogue_event"."format" = 'on-site' or "dialogue_event"."online_url" is not null)),
	CONSTRAINT "dialogue_event_language_check" CHECK ("dialogue_event"."language" in ('fi', 'sv', 'en', 'fi-sv', 'fi-sv-en')),
	CONSTRAINT "dialogue_event_capacity_check" CHECK ("dialogue_event"."capacity" between 1 and 10000),
	CONSTRAINT "dialogue_event_times_check" CHECK ("dialogue_event"."ends_at" > "dialogue_event"."starts_at"),
	CONSTRAINT "dialogue_event_closes_check" CHECK ("dialogue_event"."registration_closes_at" <= "dialogue_event"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "dialogue_event_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"status" text NOT NULL,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attendee_count" integer NOT NULL,
	"needs" text,
	"registered_by" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_event_registration_company_unique" UNIQUE("event_id","organisation_id"),
	CONSTRAINT "dialogue_event_registration_status_check" CHECK ("dialogue_event_registration"."status" in ('confirmed', 'waitlisted', 'cancelled')),
	CONSTRAINT "dialogue_event_registration_count_check" CHECK ("dialogue_event_registration"."attendee_count" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "watches_notification" DROP CONSTRAINT "watches_notification_event_check";--> statement-breakpoint
ALTER TABLE "dialogue_event" ADD CONSTRAINT "dialogue_event_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event" ADD CONSTRAINT "dialogue_event_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event" ADD CONSTRAINT "dialogue_event_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event_registration" ADD CONSTRAINT "dialogue_event_registration_event_id_dialogue_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."dialogue_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event_registration" ADD CONSTRAINT "dialogue_event_registration_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event_registration" ADD CONSTRAINT "dialogue_event_registration_registered_by_accounts_user_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_event_registration" ADD CONSTRAINT "dialogue_event_registration_cancelled_by_accounts_user_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_event_plan_idx" ON "dialogue_event" USING btree ("plan_id","starts_at");--> statement-breakpoint
CREATE INDEX "dialogue_event_calendar_idx" ON "dialogue_event" USING btree ("state","starts_at");--> statement-breakpoint
CREATE INDEX "dialogue_event_registration_queue_idx" ON "dialogue_event_registration" USING btree ("event_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "dialogue_event_registration_organisation_idx" ON "dialogue_event_registration" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "watches_notification" ADD CONSTRAINT "watches_notification_event_check" CHECK ("watches_notification"."event" in ('published', 'dialogue-opened', 'changed', 'tender-published', 'answer-published', 'dialogue-published'));--> statement-breakpoint
-- Published events are public output (the plan page, the event calendar, /api/v1/events.ics), so any
-- change to an event or its registrations makes the cached public answers stale (ADR 019).
CREATE TRIGGER dialogue_event_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_event
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();--> statement-breakpoint
CREATE TRIGGER dialogue_event_registration_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_event_registration
  FOR EACH STATEMENT EXECUTE FUNCTION plans_public_generation_bump();
