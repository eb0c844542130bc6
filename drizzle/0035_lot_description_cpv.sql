ALTER TABLE "plans_lot" ADD COLUMN "description" jsonb;--> statement-breakpoint
ALTER TABLE "plans_lot" ADD COLUMN "main_cpv" text;--> statement-breakpoint
ALTER TABLE "plans_lot" ADD CONSTRAINT "plans_lot_main_cpv_ref_cpv_code_code_fk" FOREIGN KEY ("main_cpv") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;