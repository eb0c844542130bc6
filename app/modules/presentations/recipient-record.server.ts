import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { isUuid } from "../plans/index.server.ts";
import { presentationsPresentation, presentationsRecipient } from "./tables.ts";

const company = alias(organisationsOrganisation, "company");

/**
 * One recipient row with what commands and queries need to decide about it; not_found when unknown. The
 * receiving organisation's name is in `locale` where known (Finnish by default, as e-mails name it).
 */
export async function loadRecipient(db: DbOrTx, recipientId: string, locale: Locale = "fi") {
  if (!isUuid(recipientId)) throw new AppError("not_found");
  const [row] = await db
    .select({
      id: presentationsRecipient.id,
      presentationId: presentationsRecipient.presentationId,
      organisationId: presentationsRecipient.organisationId,
      organisationName: organisationNameIn(locale),
      state: presentationsRecipient.state,
      linkedPlanId: presentationsRecipient.linkedPlanId,
      companyId: presentationsPresentation.companyId,
      companyName: company.name,
      title: presentationsPresentation.title,
    })
    .from(presentationsRecipient)
    .innerJoin(
      presentationsPresentation,
      eq(presentationsPresentation.id, presentationsRecipient.presentationId),
    )
    .innerJoin(
      organisationsOrganisation,
      eq(organisationsOrganisation.id, presentationsRecipient.organisationId),
    )
    .innerJoin(company, eq(company.id, presentationsPresentation.companyId))
    .where(eq(presentationsRecipient.id, recipientId));
  if (!row) throw new AppError("not_found");
  return row;
}
