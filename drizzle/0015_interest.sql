CREATE TABLE "interest_plan_company" (
	"plan_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"note" text,
	"marked_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_plan_company_plan_id_organisation_id_pk" PRIMARY KEY("plan_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "partners_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"sender_organisation_id" text NOT NULL,
	"sender_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"lot_number" integer,
	"organisation_id" text NOT NULL,
	"kind" text NOT NULL,
	"direction" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "partners_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interest_plan_company" ADD CONSTRAINT "interest_plan_company_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_plan_company" ADD CONSTRAINT "interest_plan_company_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_plan_company" ADD CONSTRAINT "interest_plan_company_marked_by_accounts_user_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_message" ADD CONSTRAINT "partners_message_thread_id_partners_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."partners_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_message" ADD CONSTRAINT "partners_message_sender_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("sender_organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_message" ADD CONSTRAINT "partners_message_sender_user_id_accounts_user_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_request" ADD CONSTRAINT "partners_request_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_request" ADD CONSTRAINT "partners_request_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_request" ADD CONSTRAINT "partners_request_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_thread" ADD CONSTRAINT "partners_thread_request_id_partners_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."partners_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_thread" ADD CONSTRAINT "partners_thread_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners_thread" ADD CONSTRAINT "partners_thread_created_by_accounts_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interest_plan_company_organisation_idx" ON "interest_plan_company" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "partners_message_thread_idx" ON "partners_message" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "partners_request_plan_idx" ON "partners_request" USING btree ("plan_id","status");--> statement-breakpoint
CREATE INDEX "partners_request_organisation_idx" ON "partners_request" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partners_thread_request_organisation_idx" ON "partners_thread" USING btree ("request_id","organisation_id");--> statement-breakpoint
CREATE INDEX "partners_thread_organisation_created_idx" ON "partners_thread" USING btree ("organisation_id","created_at");