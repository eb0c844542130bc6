import { and, eq } from "drizzle-orm";
import type { DbOrTx, Tx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { dialogueContact } from "./record-tables.ts";

// Reading one contact-register row for the contact commands (the row's plan decides who may change it).

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a uuid (a malformed id in a URL is "not found", never a database error). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

export type ContactRow = typeof dialogueContact.$inferSelect;

/** The contact, or null for an unknown or malformed id. */
export async function findContact(db: DbOrTx, contactId: string): Promise<ContactRow | null> {
  if (!isUuid(contactId)) return null;
  const [row] = await db.select().from(dialogueContact).where(eq(dialogueContact.id, contactId));
  return row ?? null;
}

/** The contact with its row locked until the transaction ends. */
export async function lockContact(tx: Tx, contactId: string): Promise<ContactRow | null> {
  const [row] = await tx
    .select()
    .from(dialogueContact)
    .where(eq(dialogueContact.id, contactId))
    .for("update");
  return row ?? null;
}

/** Whether an id names a company organisation on the platform (the register's picker offers only those). */
export async function isCompany(db: DbOrTx, organisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organisationsOrganisation.id })
    .from(organisationsOrganisation)
    .where(
      and(eq(organisationsOrganisation.id, organisationId), eq(organisationsOrganisation.kind, "company")),
    );
  return row !== undefined;
}
