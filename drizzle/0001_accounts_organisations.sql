CREATE TABLE "accounts_account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts_rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts_session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	"active_organization_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "accounts_user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"locale" text DEFAULT 'fi' NOT NULL,
	"platform_role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "accounts_verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations_invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"inviter_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations_member" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations_organisation" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"logo" text,
	"metadata" text,
	"kind" text NOT NULL,
	"municipality_code" text,
	"y_tunnus" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_organisation_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "accounts_account" ADD CONSTRAINT "accounts_account_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts_session" ADD CONSTRAINT "accounts_session_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations_invitation" ADD CONSTRAINT "organisations_invitation_organization_id_organisations_organisation_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations_invitation" ADD CONSTRAINT "organisations_invitation_inviter_id_accounts_user_id_fk" FOREIGN KEY ("inviter_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations_member" ADD CONSTRAINT "organisations_member_organization_id_organisations_organisation_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organisations_organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations_member" ADD CONSTRAINT "organisations_member_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_account_user_idx" ON "accounts_account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_session_user_idx" ON "accounts_session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "accounts_verification_identifier_idx" ON "accounts_verification" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "organisations_invitation_org_idx" ON "organisations_invitation" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organisations_invitation_email_idx" ON "organisations_invitation" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_member_unique" ON "organisations_member" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "organisations_member_user_idx" ON "organisations_member" USING btree ("user_id");