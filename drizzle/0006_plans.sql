CREATE TABLE "plans_lot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" jsonb NOT NULL,
	"estimated_value_eur" bigint
);
--> statement-breakpoint
CREATE TABLE "plans_participant" (
	"plan_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	CONSTRAINT "plans_participant_plan_id_organisation_id_pk" PRIMARY KEY("plan_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plans_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"need" jsonb NOT NULL,
	"strategy_goal" jsonb,
	"main_cpv" text NOT NULL,
	"estimated_value_eur" bigint,
	"value_category" text NOT NULL,
	"value_band" text,
	"dialogue_start" date,
	"dialogue_end" date,
	"tender_year" integer,
	"tender_quarter" integer,
	"tender_month" integer,
	"contract_start" date,
	"contract_duration_months" integer,
	"option_months" integer,
	"procedure" text DEFAULT 'not-decided' NOT NULL,
	"is_divided_into_lots" boolean DEFAULT false NOT NULL,
	"no_lots_reason" jsonb,
	"employment_condition" boolean DEFAULT false NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"confidence" text DEFAULT 'likely' NOT NULL,
	"visibility" text DEFAULT 'draft' NOT NULL,
	"status" text DEFAULT 'idea' NOT NULL,
	"hilma_notice" text,
	"contract_end" date,
	"cancel_reason" text,
	"archived_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_fi" "tsvector" GENERATED ALWAYS AS (to_tsvector('finnish'::regconfig, coalesce(title->>'fi', '') || ' ' || coalesce(need->>'fi', ''))) STORED,
	"search_sv" "tsvector" GENERATED ALWAYS AS (to_tsvector('swedish'::regconfig, coalesce(title->>'sv', '') || ' ' || coalesce(need->>'sv', ''))) STORED,
	"search_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(title->>'en', '') || ' ' || coalesce(need->>'en', ''))) STORED,
	"search_text" text GENERATED ALWAYS AS (lower(coalesce(title->>'fi', '') || ' ' || coalesce(title->>'sv', '') || ' ' || coalesce(title->>'en', '') || ' ' || coalesce(need->>'fi', ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "plans_plan_cpv" (
	"plan_id" uuid NOT NULL,
	"cpv_code" text NOT NULL,
	"is_main" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plans_plan_cpv_plan_id_cpv_code_pk" PRIMARY KEY("plan_id","cpv_code")
);
--> statement-breakpoint
CREATE TABLE "plans_sustainability" (
	"plan_id" uuid NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "plans_sustainability_plan_id_list_code_pk" PRIMARY KEY("plan_id","list","code")
);
--> statement-breakpoint
CREATE TABLE "plans_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"reason" text,
	"changes" jsonb NOT NULL,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans_lot" ADD CONSTRAINT "plans_lot_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_participant" ADD CONSTRAINT "plans_participant_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_participant" ADD CONSTRAINT "plans_participant_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan" ADD CONSTRAINT "plans_plan_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan" ADD CONSTRAINT "plans_plan_main_cpv_ref_cpv_code_code_fk" FOREIGN KEY ("main_cpv") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan_cpv" ADD CONSTRAINT "plans_plan_cpv_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_plan_cpv" ADD CONSTRAINT "plans_plan_cpv_cpv_code_ref_cpv_code_code_fk" FOREIGN KEY ("cpv_code") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_sustainability" ADD CONSTRAINT "plans_sustainability_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans_version" ADD CONSTRAINT "plans_version_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_lot_number_idx" ON "plans_lot" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plans_plan_org_idx" ON "plans_plan" USING btree ("organisation_id","updated_at");--> statement-breakpoint
CREATE INDEX "plans_plan_public_idx" ON "plans_plan" USING btree ("visibility","status","tender_year","tender_quarter");--> statement-breakpoint
CREATE INDEX "plans_plan_cpv_idx" ON "plans_plan" USING btree ("main_cpv");--> statement-breakpoint
CREATE INDEX "plans_plan_search_fi_idx" ON "plans_plan" USING gin ("search_fi");--> statement-breakpoint
CREATE INDEX "plans_plan_search_sv_idx" ON "plans_plan" USING gin ("search_sv");--> statement-breakpoint
CREATE INDEX "plans_plan_search_en_idx" ON "plans_plan" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "plans_plan_search_trgm_idx" ON "plans_plan" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_plan_cpv_code_idx" ON "plans_plan_cpv" USING btree ("cpv_code");--> statement-breakpoint
CREATE INDEX "plans_sustainability_code_idx" ON "plans_sustainability" USING btree ("list","code");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_version_number_idx" ON "plans_version" USING btree ("plan_id","version");