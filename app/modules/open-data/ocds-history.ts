import { isPublicVersion } from "../plans/public-versions.ts";
import type { Translated } from "../plans/tables.ts";
import { type OcdsRelease, planOcid, planToRelease } from "./ocds-release.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// The release history of a plan's OCDS record: one planning release per public version (plans_version,
// written whenever a public plan changes), then the plan as it stands now when that differs from the
// last version. Versions saved while the plan was not public are left out (`isPublicVersion`, the rule
// the plan page's version list follows too).

export type PlanVersionRow = { version: number; createdAt: Date; snapshot: Record<string, unknown> };

const text = (value: unknown): Translated | null =>
  value && typeof value === "object" && "fi" in value ? (value as Translated) : null;
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

/** The plan as a version's snapshot saw it; organisation and participants' names from the plan now. */
export function planAtVersion(current: PublicPlan, snapshot: Record<string, unknown>, at: Date): PublicPlan {
  const participantIds = Array.isArray(snapshot.participants) ? (snapshot.participants as string[]) : [];
  const lots = Array.isArray(snapshot.lots)
    ? (snapshot.lots as { number: number; title: Translated; estimatedValueEur: number | null }[])
    : [];
  const tags = Array.isArray(snapshot.sustainability) ? (snapshot.sustainability as string[]) : [];
  // The files the version had that the plan still has (a removed file can no longer be fetched).
  const files = Array.isArray(snapshot.attachments)
    ? (snapshot.attachments as { fileName?: unknown; sha256?: unknown }[])
    : [];
  const hadFile = (attachment: PublicPlan["attachments"][number]) =>
    files.some((file) => file.sha256 === attachment.sha256 && file.fileName === attachment.fileName);
  return {
    ...current,
    attachments: current.attachments.filter(hadFile),
    participants: current.participants.filter((organisation) => participantIds.includes(organisation.id)),
    title: text(snapshot.title) ?? current.title,
    need: text(snapshot.need) ?? current.need,
    strategyGoal: text(snapshot.strategyGoal),
    mainCpv: str(snapshot.mainCpv) ?? current.mainCpv,
    additionalCpv: Array.isArray(snapshot.additionalCpv) ? (snapshot.additionalCpv as string[]) : [],
    estimatedValueEur: num(snapshot.estimatedValueEur),
    valueCategory: str(snapshot.valueCategory) ?? current.valueCategory,
    valueBand: str(snapshot.valueBand),
    dialogueStart: str(snapshot.dialogueStart),
    dialogueEnd: str(snapshot.dialogueEnd),
    tenderYear: num(snapshot.tenderYear),
    tenderQuarter: num(snapshot.tenderQuarter),
    tenderMonth: num(snapshot.tenderMonth),
    contractStart: str(snapshot.contractStart),
    contractDurationMonths: num(snapshot.contractDurationMonths),
    optionMonths: num(snapshot.optionMonths),
    procedure: str(snapshot.procedure) ?? current.procedure,
    isDividedIntoLots: snapshot.isDividedIntoLots === true,
    noLotsReason: text(snapshot.noLotsReason),
    lots: lots.map((lot) => ({
      number: lot.number,
      title: lot.title,
      estimatedValueEur: lot.estimatedValueEur,
    })),
    sustainability: tags.map((tag) => {
      const [list = "", code = ""] = tag.split("/");
      return { list, code };
    }),
    employmentCondition: snapshot.employmentCondition === true,
    contact: {
      name: str(snapshot.contactName),
      email: str(snapshot.contactEmail),
      phone: str(snapshot.contactPhone),
    },
    confidence: str(snapshot.confidence) ?? current.confidence,
    status: str(snapshot.status) ?? current.status,
    hilmaNotice: str(snapshot.hilmaNotice),
    contractEnd: str(snapshot.contractEnd),
    cancelReason: str(snapshot.cancelReason),
    updatedAt: at,
  };
}

/** Every public version as a release (oldest first), ending with the plan as it is now. */
export function planReleaseHistory(
  current: PublicPlan,
  versions: PlanVersionRow[],
  ocidPrefix: string,
  publicUrl: string,
): OcdsRelease[] {
  const ocid = planOcid(ocidPrefix, current.id);
  const releases = versions
    .filter(isPublicVersion)
    .sort((a, b) => a.version - b.version)
    .map((row) => ({
      ...planToRelease(planAtVersion(current, row.snapshot, row.createdAt), ocidPrefix, publicUrl),
      id: `${ocid}-v${row.version}`,
    }));
  const now = planToRelease(current, ocidPrefix, publicUrl);
  const last = releases[releases.length - 1];
  const content = (release: OcdsRelease) => JSON.stringify({ ...release, id: "", date: "" });
  if (!last || content(last) !== content(now)) releases.push(now);
  return releases;
}
