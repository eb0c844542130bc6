import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "../../db/types.ts";
import { getI18n } from "../../i18n/i18n.ts";
import type { Services } from "../../services.ts";
import { listInterestedCompanyIds } from "../interest/index.server.ts";
import { listPlanWatcherCompanyIds } from "../watches/index.server.ts";
import { notifyCompanyMembers } from "./notify-companies.server.ts";
import { recordDialogueStep } from "./record-step.server.ts";
import { dialogueSurveyInvitation } from "./record-tables.ts";
import { dialogueStep } from "./tables.ts";

/**
 * After a round of the market dialogue closes (an RFI, an event, a meeting round: `subjectId`), asks
 * the companies that followed the plan (watched it or marked interest) but took no part in that round
 * (no step of the record with the subject and their company) why not: one invitation per company and
 * round (a unique key, so calling twice invites nobody twice), one e-mail to its representatives with a
 * link to the short anonymous survey. Runs inside the closing command's transaction; records a
 * "survey.sent" step for the market with the number of companies asked. Returns that number.
 *
 * @example await inviteNonParticipantsToSurvey({ tx, services, planId, subjectId: roundId });
 */
export async function inviteNonParticipantsToSurvey({
  tx,
  services,
  planId,
  subjectId,
  actorId = null,
}: {
  tx: Tx;
  services: Pick<Services, "mailSettings" | "publicUrl"> & { jobs?: Services["jobs"] };
  planId: string;
  subjectId: string;
  actorId?: string | null;
}): Promise<number> {
  const followers = new Set([
    ...(await listInterestedCompanyIds(tx, planId)),
    ...(await listPlanWatcherCompanyIds(tx, planId)),
  ]);
  const participants = await tx
    .selectDistinct({ organisationId: dialogueStep.organisationId })
    .from(dialogueStep)
    .where(
      and(
        eq(dialogueStep.planId, planId),
        eq(dialogueStep.subjectId, subjectId),
        isNotNull(dialogueStep.organisationId),
      ),
    );
  for (const row of participants) if (row.organisationId) followers.delete(row.organisationId);
  if (followers.size === 0) return 0;
  const invited = await tx
    .insert(dialogueSurveyInvitation)
    .values([...followers].map((organisationId) => ({ planId, subjectId, organisationId })))
    .onConflictDoNothing()
    .returning({ organisationId: dialogueSurveyInvitation.organisationId });
  if (invited.length === 0) return 0;
  const mails = await notifyCompanyMembers(tx, services, {
    organisationIds: invited.map((row) => row.organisationId),
    planId,
    path: `/plans/${planId}/survey/${subjectId}`,
    compose: (locale, planTitle) => {
      const { t } = getI18n(locale);
      return {
        subject: t("record.survey.mailSubject", { plan: planTitle }),
        message: t("record.survey.mailMessage", { plan: planTitle }),
      };
    },
  });
  await recordDialogueStep(tx, {
    planId,
    kind: "survey.sent",
    audience: "market",
    subjectId,
    summary: { companies: invited.length, mails },
    actorId,
  });
  return invited.length;
}
