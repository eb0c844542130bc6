CREATE TABLE "companies_certificate" (
	"organisation_id" text NOT NULL,
	"code" text NOT NULL,
	"other_name" text,
	CONSTRAINT "companies_certificate_organisation_id_code_pk" PRIMARY KEY("organisation_id","code")
);
--> statement-breakpoint
CREATE TABLE "companies_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text NOT NULL,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "companies_cpv" (
	"organisation_id" text NOT NULL,
	"cpv_code" text NOT NULL,
	CONSTRAINT "companies_cpv_organisation_id_cpv_code_pk" PRIMARY KEY("organisation_id","cpv_code")
);
--> statement-breakpoint
CREATE TABLE "companies_municipality" (
	"organisation_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	CONSTRAINT "companies_municipality_organisation_id_municipality_code_pk" PRIMARY KEY("organisation_id","municipality_code")
);
--> statement-breakpoint
CREATE TABLE "companies_profile" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"size_class" text NOT NULL,
	"description" jsonb NOT NULL,
	"website" text,
	"service_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"serves_all_finland" boolean DEFAULT false NOT NULL,
	"is_listed" boolean DEFAULT false NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies_reference" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"position" integer NOT NULL,
	"customer" text NOT NULL,
	"description" text NOT NULL,
	"year" integer
);
--> statement-breakpoint
CREATE TABLE "companies_region" (
	"organisation_id" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "companies_region_organisation_id_region_code_pk" PRIMARY KEY("organisation_id","region_code")
);
--> statement-breakpoint
ALTER TABLE "companies_certificate" ADD CONSTRAINT "companies_certificate_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_contact" ADD CONSTRAINT "companies_contact_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_cpv" ADD CONSTRAINT "companies_cpv_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_cpv" ADD CONSTRAINT "companies_cpv_cpv_code_ref_cpv_code_code_fk" FOREIGN KEY ("cpv_code") REFERENCES "public"."ref_cpv_code"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_municipality" ADD CONSTRAINT "companies_municipality_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_municipality" ADD CONSTRAINT "companies_municipality_municipality_code_ref_municipality_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."ref_municipality"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_profile" ADD CONSTRAINT "companies_profile_organisation_id_organisations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_reference" ADD CONSTRAINT "companies_reference_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_region" ADD CONSTRAINT "companies_region_organisation_id_companies_profile_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."companies_profile"("organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies_region" ADD CONSTRAINT "companies_region_region_code_ref_region_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."ref_region"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_cpv_code_idx" ON "companies_cpv" USING btree ("cpv_code");--> statement-breakpoint
CREATE INDEX "companies_profile_listed_idx" ON "companies_profile" USING btree ("is_listed","size_class");--> statement-breakpoint
CREATE INDEX "companies_profile_search_trgm_idx" ON "companies_profile" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_organisation_y_tunnus_idx" ON "organisations_organisation" USING btree ("y_tunnus") WHERE "organisations_organisation"."y_tunnus" is not null;