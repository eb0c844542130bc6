import { asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/tables.ts";

/** The organisations a presentation can be sent to (municipalities and other contracting authorities), by name. */
export async function listRecipientOptions(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisationsOrganisation.id, name: organisationsOrganisation.name })
    .from(organisationsOrganisation)
    .where(
      inArray(organisationsOrganisation.kind, [
        "municipality",
        "joint-procurement-unit",
        "contracting-authority",
      ]),
    )
    .orderBy(asc(organisationsOrganisation.name), asc(organisationsOrganisation.id));
}
