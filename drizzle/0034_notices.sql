CREATE TABLE "notices_notice" (
	"plan_id" uuid NOT NULL,
	"type" text NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notices_notice_plan_id_type_pk" PRIMARY KEY("plan_id","type"),
	CONSTRAINT "notices_notice_type_check" CHECK ("notices_notice"."type" in ('E1', 'E2', 'PIN'))
);
--> statement-breakpoint
ALTER TABLE "notices_notice" ADD CONSTRAINT "notices_notice_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notices_notice" ADD CONSTRAINT "notices_notice_recorded_by_accounts_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts_user"("id") ON DELETE set null ON UPDATE no action;