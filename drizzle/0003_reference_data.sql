CREATE TABLE "ref_cpv_code" (
	"code" text PRIMARY KEY NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"division_code" text NOT NULL,
	CONSTRAINT "ref_cpv_code_code_check" CHECK ("ref_cpv_code"."code" ~ '^[0-9]{8}$'),
	CONSTRAINT "ref_cpv_code_level_check" CHECK ("ref_cpv_code"."level" in ('division', 'group', 'class', 'category', 'subcategory'))
);
--> statement-breakpoint
CREATE TABLE "ref_eforms_code" (
	"list_name" text NOT NULL,
	"code" text NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	CONSTRAINT "ref_eforms_code_list_name_code_pk" PRIMARY KEY("list_name","code")
);
--> statement-breakpoint
CREATE TABLE "ref_municipality" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"region_code" text NOT NULL,
	"language" text NOT NULL,
	CONSTRAINT "ref_municipality_code_check" CHECK ("ref_municipality"."code" ~ '^[0-9]{3}$'),
	CONSTRAINT "ref_municipality_language_check" CHECK ("ref_municipality"."language" in ('fi', 'sv', 'fi-sv'))
);
--> statement-breakpoint
CREATE TABLE "ref_nuts_region" (
	"code" text PRIMARY KEY NOT NULL,
	"label_fi" text NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"level" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ref_procurement_threshold" (
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"amount_eur" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"legal_source" text NOT NULL,
	CONSTRAINT "ref_procurement_threshold_kind_category_valid_from_pk" PRIMARY KEY("kind","category","valid_from"),
	CONSTRAINT "ref_procurement_threshold_kind_check" CHECK ("ref_procurement_threshold"."kind" in ('national', 'eu')),
	CONSTRAINT "ref_procurement_threshold_amount_check" CHECK ("ref_procurement_threshold"."amount_eur" > 0),
	CONSTRAINT "ref_procurement_threshold_dates_check" CHECK ("ref_procurement_threshold"."valid_to" is null or "ref_procurement_threshold"."valid_to" >= "ref_procurement_threshold"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "ref_region" (
	"code" text PRIMARY KEY NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"nuts3_code" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ref_cpv_code" ADD CONSTRAINT "ref_cpv_code_parent_code_ref_cpv_code_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_municipality" ADD CONSTRAINT "ref_municipality_region_code_ref_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."ref_region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ref_region" ADD CONSTRAINT "ref_region_nuts3_code_ref_nuts_region_code_fk" FOREIGN KEY ("nuts3_code") REFERENCES "public"."ref_nuts_region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ref_cpv_code_parent_idx" ON "ref_cpv_code" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "ref_cpv_code_division_idx" ON "ref_cpv_code" USING btree ("division_code");--> statement-breakpoint
CREATE INDEX "ref_municipality_region_idx" ON "ref_municipality" USING btree ("region_code");