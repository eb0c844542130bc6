import type { PublicDialogue } from "../dialogue/index.server.ts";
import {
  isPublicVersion,
  type PlanSnapshot,
  type PublicPlanVersion,
  planSnapshotSchema,
} from "../plans/index.server.ts";
import { type OcdsRelease, planOcid, planToRelease } from "./ocds-release.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// The release history of a plan's OCDS record: one planning release per public version (plans_version,
// written whenever a public plan changes), then the plan as it stands now when that differs from the
// last version. Versions saved while the plan was not public are left out (`isPublicVersion`, the rule
// the plan page's version list follows too).

/** The plan as a version's snapshot saw it; organisation and participants' names from the plan now. */
export function planAtVersion(current: PublicPlan, snapshot: PlanSnapshot, at: Date): PublicPlan {
  // The files the version had that the plan still has (a removed file can no longer be fetched).
  const hadFile = (attachment: PublicPlan["attachments"][number]) =>
    snapshot.attachments.some(
      (file) => file.sha256 === attachment.sha256 && file.fileName === attachment.fileName,
    );
  return {
    ...current,
    attachments: current.attachments.filter(hadFile),
    participants: current.participants.filter((organisation) =>
      snapshot.participants.includes(organisation.id),
    ),
    title: snapshot.title,
    need: snapshot.need,
    strategyGoal: snapshot.strategyGoal,
    mainCpv: snapshot.mainCpv,
    additionalCpv: snapshot.additionalCpv,
    estimatedValueEur: snapshot.estimatedValueEur,
    valueCategory: snapshot.valueCategory,
    valueBand: snapshot.valueBand,
    dialogueStart: snapshot.dialogueStart,
    dialogueEnd: snapshot.dialogueEnd,
    tenderYear: snapshot.tenderYear,
    tenderQuarter: snapshot.tenderQuarter,
    tenderMonth: snapshot.tenderMonth,
    contractStart: snapshot.contractStart,
    contractDurationMonths: snapshot.contractDurationMonths,
    optionMonths: snapshot.optionMonths,
    procedure: snapshot.procedure,
    isDividedIntoLots: snapshot.isDividedIntoLots,
    noLotsReason: snapshot.noLotsReason,
    lots: snapshot.lots,
    sustainability: snapshot.sustainability.map((tag) => {
      const [list = "", code = ""] = tag.split("/");
      return { list, code };
    }),
    employmentCondition: snapshot.employmentCondition,
    contact: { name: snapshot.contactName, email: snapshot.contactEmail, phone: snapshot.contactPhone },
    confidence: snapshot.confidence,
    status: snapshot.status,
    hilmaNotice: snapshot.hilmaNotice,
    contractEnd: snapshot.contractEnd,
    cancelReason: snapshot.cancelReason,
    updatedAt: at,
  };
}

/** Every public version as a release (oldest first), ending with the plan as it is now. */
export function planReleaseHistory(
  current: PublicPlan,
  versions: PublicPlanVersion[],
  ocidPrefix: string,
  publicUrl: string,
  dialogue?: PublicDialogue,
): OcdsRelease[] {
  const ocid = planOcid(ocidPrefix, current.id);
  const releases = versions
    .filter(isPublicVersion)
    .sort((a, b) => a.version - b.version)
    .map((row) => ({
      ...planToRelease(
        planAtVersion(current, planSnapshotSchema.parse(row.snapshot), row.createdAt),
        ocidPrefix,
        publicUrl,
      ),
      id: `${ocid}-v${row.version}`,
    }));
  // The market dialogue (answers, milestones, summaries) is not part of a plan version: the release of
  // the plan as it is now has it.
  const now = planToRelease(current, ocidPrefix, publicUrl, dialogue);
  const last = releases[releases.length - 1];
  const content = (release: OcdsRelease) => JSON.stringify({ ...release, id: "", date: "" });
  if (!last || content(last) !== content(now)) releases.push(now);
  return releases;
}
