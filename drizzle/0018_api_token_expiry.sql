ALTER TABLE "api_token" ADD COLUMN "owned_by" text;--> statement-breakpoint
-- Edited by hand (ADR 024): tokens made before expiry existed get a year from this migration, so no
-- integration stops without notice; the default is dropped again, as the command always sets it.
ALTER TABLE "api_token" ADD COLUMN "expires_at" timestamp with time zone NOT NULL DEFAULT now() + interval '1 year';--> statement-breakpoint
ALTER TABLE "api_token" ALTER COLUMN "expires_at" DROP DEFAULT;--> statement-breakpoint
-- Each token so far acts as its creator.
UPDATE "api_token" SET "owned_by" = "created_by";
