CREATE TABLE "plans_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"title" text,
	"description" text,
	"language" text DEFAULT 'fi' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans_attachment" ADD CONSTRAINT "plans_attachment_plan_id_plans_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_attachment_plan_idx" ON "plans_attachment" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_attachment_plan_sha_idx" ON "plans_attachment" USING btree ("plan_id","sha256");--> statement-breakpoint
-- The four allowed formats are compressed already (ZIP containers, deflated PDF streams): store the
-- bytes out of line without trying to compress them again.
ALTER TABLE "plans_attachment" ALTER COLUMN "content" SET STORAGE EXTERNAL;
