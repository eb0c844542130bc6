CREATE TABLE "presentations_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentations_cpv" (
	"presentation_id" uuid NOT NULL,
	"cpv_code" text NOT NULL,
	CONSTRAINT "presentations_cpv_presentation_id_cpv_code_pk" PRIMARY KEY("presentation_id","cpv_code")
);
--> statement-breakpoint
CREATE TABLE "presentations_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"side" text NOT NULL,
	"author_id" text,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentations_presentation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" text NOT NULL,
	"title" text NOT NULL,
	"offering" text NOT NULL,
	"needs" text NOT NULL,
	"language" text DEFAULT 'fi' NOT NULL,
	"plan_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "presentations_recipient" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"presentation_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"linked_plan_id" uuid,
	"state_changed_at" timestamp with time zone,
	"state_changed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "presentations_attachment" ADD CONSTRAINT "presentations_attachment_presentation_id_presentations_presentation_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."presentations_presentation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_cpv" ADD CONSTRAINT "presentations_cpv_presentation_id_presentations_presentation_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."presentations_presentation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_cpv" ADD CONSTRAINT "presentations_cpv_cpv_code_ref_cpv_code_code_fk" FOREIGN KEY ("cpv_code") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_message" ADD CONSTRAINT "presentations_message_recipient_id_presentations_recipient_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."presentations_recipient"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_presentation" ADD CONSTRAINT "presentations_presentation_company_id_organisations_organisation_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_presentation" ADD CONSTRAINT "presentations_presentation_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_recipient" ADD CONSTRAINT "presentations_recipient_presentation_id_presentations_presentation_id_fk" FOREIGN KEY ("presentation_id") REFERENCES "public"."presentations_presentation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_recipient" ADD CONSTRAINT "presentations_recipient_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presentations_recipient" ADD CONSTRAINT "presentations_recipient_linked_plan_id_plans_plan_id_fk" FOREIGN KEY ("linked_plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "presentations_attachment_sha_idx" ON "presentations_attachment" USING btree ("presentation_id","sha256");--> statement-breakpoint
CREATE INDEX "presentations_message_thread_idx" ON "presentations_message" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "presentations_presentation_company_idx" ON "presentations_presentation" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "presentations_recipient_unique_idx" ON "presentations_recipient" USING btree ("presentation_id","organisation_id");--> statement-breakpoint
CREATE INDEX "presentations_recipient_inbox_idx" ON "presentations_recipient" USING btree ("organisation_id","state","created_at");--> statement-breakpoint
-- Files are compressed formats already (ADR 017).
ALTER TABLE "presentations_attachment" ALTER COLUMN "content" SET STORAGE EXTERNAL;