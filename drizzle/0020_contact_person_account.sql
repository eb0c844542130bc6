ALTER TABLE "companies_contact" ADD COLUMN "user_id" text;--> statement-breakpoint
ALTER TABLE "companies_contact" ADD CONSTRAINT "companies_contact_user_id_accounts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."accounts_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "companies_contact_user_idx" ON "companies_contact" USING btree ("user_id");--> statement-breakpoint
-- Hand-written (ADR 029): link the contacts that already exist to their member's verified account.
UPDATE "companies_contact" AS c SET "user_id" = u."id"
  FROM "accounts_user" AS u
  JOIN "organisations_member" AS m ON m."user_id" = u."id"
  WHERE m."organization_id" = c."organisation_id" AND u."email_verified" AND lower(u."email") = lower(c."email");--> statement-breakpoint
-- Audit summaries hold no names, e-mail addresses or phone numbers: invitations logged the invitee's
-- address until now. The append-only trigger is lifted for this one clean-up, inside the migration.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update_or_delete";--> statement-breakpoint
UPDATE "audit_log" SET "summary" = "summary" - 'email' WHERE "action" = 'organisations.invite' AND "summary"->>'email' IS NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update_or_delete";
