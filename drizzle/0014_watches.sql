CREATE TABLE "watches_notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watch_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"plan_version" integer NOT NULL,
	"event" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"instant_pending" boolean DEFAULT false NOT NULL,
	"emailed_at" timestamp with time zone,
	"digested_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	CONSTRAINT "watches_notification_event_check" CHECK ("watches_notification"."event" in ('published', 'dialogue-opened', 'changed', 'tender-published'))
);
--> statement-breakpoint
CREATE TABLE "watches_pending_version" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "watches_watch" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"cpv_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"cpv_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisations" text[] DEFAULT '{}'::text[] NOT NULL,
	"value_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"keyword_text" text DEFAULT '' NOT NULL,
	"keyword_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"query_fi" "tsquery" GENERATED ALWAYS AS (websearch_to_tsquery('finnish'::regconfig, keyword_text)) STORED,
	"query_sv" "tsquery" GENERATED ALWAYS AS (websearch_to_tsquery('swedish'::regconfig, keyword_text)) STORED,
	"query_en" "tsquery" GENERATED ALWAYS AS (websearch_to_tsquery('english'::regconfig, keyword_text)) STORED,
	"events" text[] NOT NULL,
	"instant" boolean DEFAULT true NOT NULL,
	"digest" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "watches_notification" ADD CONSTRAINT "watches_notification_watch_id_watches_watch_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches_watch"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches_notification" ADD CONSTRAINT "watches_notification_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches_notification" ADD CONSTRAINT "watches_notification_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watches_watch" ADD CONSTRAINT "watches_watch_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "watches_notification_once_idx" ON "watches_notification" USING btree ("watch_id","plan_id","event","plan_version");--> statement-breakpoint
CREATE INDEX "watches_notification_user_idx" ON "watches_notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "watches_notification_unread_idx" ON "watches_notification" USING btree ("user_id") WHERE "watches_notification"."read_at" is null;--> statement-breakpoint
CREATE INDEX "watches_notification_instant_idx" ON "watches_notification" USING btree ("created_at") WHERE "watches_notification"."instant_pending";--> statement-breakpoint
CREATE INDEX "watches_notification_digest_idx" ON "watches_notification" USING btree ("user_id") WHERE "watches_notification"."digested_at" is null and "watches_notification"."emailed_at" is null;--> statement-breakpoint
CREATE INDEX "watches_watch_user_idx" ON "watches_watch" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "watches_watch_cpv_idx" ON "watches_watch" USING gin ("cpv_prefixes");--> statement-breakpoint
-- Each new public plan version waits here for the watch worker, written in the writer's own transaction
-- so that no publication can be missed. Without any watch there is nothing to match (and a watch made
-- later does not hear about earlier versions), so bulk loads add nothing.
CREATE OR REPLACE FUNCTION watches_queue_plan_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM watches_watch) THEN
    INSERT INTO watches_pending_version (plan_id, version)
      SELECT plan_id, version FROM new_versions ORDER BY plan_id, version;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plans_version_watches AFTER INSERT ON plans_version
  REFERENCING NEW TABLE AS new_versions
  FOR EACH STATEMENT EXECUTE FUNCTION watches_queue_plan_versions();
