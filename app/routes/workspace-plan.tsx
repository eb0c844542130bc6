import { useTranslation } from "react-i18next";
import { data, Link, redirect, useSearchParams } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { AttachmentLinks, toAttachmentView } from "../components/attachment-list.tsx";
import { FormAlert } from "../components/form-alert.tsx";
import { HilmaNotice } from "../components/hilma-notice.tsx";
import { InterestedCompanies } from "../components/interested-companies.tsx";
import { PlanActions, PlanLifecycleForm } from "../components/plan-actions.tsx";
import { TranslatedText } from "../components/translated-text.tsx";
import { type VersionChange, VersionChanges } from "../components/version-changes.tsx";
import { WorkspaceDialogueSection } from "../components/workspace-dialogue-section.tsx";
import { formatDate, formatMoney } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { formIntents, readIntent } from "../lib/form-intent.ts";
import { pickText } from "../lib/pick-translation.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import {
  canManageDialogue,
  getWorkspaceDialogue,
  listDialogueWarnings,
} from "../modules/dialogue/index.server.ts";
import { canSeeInterestedCompanies, listInterestedCompanies } from "../modules/interest/index.server.ts";
import {
  archivePlan,
  duplicatePlan,
  getWorkspacePlan,
  listWorkspaceAttachments,
  transitionPlan,
} from "../modules/plans/index.server.ts";
import {
  allowedTransitions,
  isPlanStatus,
  planFieldErrors,
  procedureLabel,
  statusLabel,
  transitionSchema,
  valueBandLabel,
  visibilityLabel,
} from "../modules/plans/index.ts";
import type { Route } from "./+types/workspace-plan";

export const meta: Route.MetaFunction = ({ loaderData, params }) => [
  { title: pickText(loaderData?.plan.title, isLocale(params.lang) ? params.lang : "fi") },
];

/** The forms this action serves (app/lib/form-intent.ts); the authorization matrix has a row for each. */
export const handle = { intents: formIntents(["transition", "duplicate", "archive"]) };

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const found = await orRespond(() =>
    getWorkspacePlan({ services: context.services, viewer, planId: params.id }),
  );
  const { plan } = found;
  const { attachments } = await listWorkspaceAttachments({
    services: context.services,
    viewer,
    planId: params.id,
  });
  const interested = canSeeInterestedCompanies(viewer, plan.organisationId)
    ? await listInterestedCompanies({
        db: context.services.database.db,
        viewer,
        planId: params.id,
        locale: isLocale(params.lang) ? params.lang : "fi",
      })
    : null;
  const p = plan as typeof plan & Record<string, unknown>;
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      need: plan.need,
      status: plan.status,
      visibility: plan.visibility,
      archived: plan.archivedAt !== null,
      mainCpv: String(p.mainCpv ?? ""),
      estimatedValueEur: typeof p.estimatedValueEur === "number" ? p.estimatedValueEur : null,
      valueBand: typeof p.valueBand === "string" ? p.valueBand : null,
      procedure: String(p.procedure ?? ""),
      tenderYear: typeof p.tenderYear === "number" ? p.tenderYear : null,
      tenderQuarter: typeof p.tenderQuarter === "number" ? p.tenderQuarter : null,
      hilmaNotice: typeof p.hilmaNotice === "string" ? p.hilmaNotice : null,
      contractEnd: typeof p.contractEnd === "string" ? p.contractEnd : null,
      cancelReason: typeof p.cancelReason === "string" ? p.cancelReason : null,
    },
    versions: found.versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      reason: v.reason,
      changes: v.changes as Record<string, VersionChange>,
    })),
    overdue: found.overdue,
    attachments: attachments.map(toAttachmentView),
    interested,
    canEdit: found.canEdit && plan.archivedAt === null,
    // Market dialogue, every tool and step with its state: the plan's buyers' (canManageDialogue).
    dialogue: canManageDialogue(viewer, plan)
      ? await getWorkspaceDialogue(context.services.database.db, viewer, plan.id)
      : null,
    transitions: isPlanStatus(plan.status) ? allowedTransitions(plan.status) : [],
    dialogueWarnings: canManageDialogue(viewer, plan)
      ? (
          await listDialogueWarnings({
            db: context.services.database.db,
            viewer,
            plan,
            locale: isLocale(params.lang) ? params.lang : "fi",
          })
        ).length
      : null,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await readFormData(request);
  const intent = readIntent(form, handle.intents).name;
  const services = context.services;
  const base = `/${params.lang}/workspace/plans`;
  if (intent === "duplicate") {
    const copy = await orRespond(() =>
      duplicatePlan({ services, viewer, planId: params.id, requestId: context.requestId }),
    );
    throw redirect(`${base}/${copy.planId}?duplicated=1`);
  }
  if (intent === "archive") {
    // Checked first, so that nobody learns more than "refused" about a plan they may not edit.
    const found = await orRespond(() => getWorkspacePlan({ services, viewer, planId: params.id }));
    if (!found.canEdit) throw data({ code: "forbidden" }, { status: 403 });
    if (form.get("confirm") !== "on")
      return data(
        { intent, errors: { confirm: "workspace.archiveConfirmRequired" }, values: {} },
        { status: 400 },
      );
    await orRespond(() => archivePlan({ services, viewer, planId: params.id, requestId: context.requestId }));
    throw redirect(`${base}?archived=1`);
  }
  // A missing extra field counts as empty, so its error is the field's own ("give the Hilma notice").
  const raw: Record<string, string> = { hilmaNotice: "", contractEnd: "", reason: "" };
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value;
  const parsed = transitionSchema.safeParse(raw);
  if (!parsed.success)
    return data({ intent, errors: planFieldErrors(parsed.error), values: raw }, { status: 400 });
  const result = await orRespond(() =>
    transitionPlan({
      services,
      viewer,
      planId: params.id,
      transition: parsed.data,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) return data({ intent, errors: { to: result.error }, values: raw }, { status: 409 });
  throw redirect(`${base}/${params.id}?transitioned=1`);
}

const notices = ["created", "saved", "transitioned", "duplicated", "published", "visibility"] as const;
const noticeKeys = {
  created: "workspace.created",
  saved: "workspace.saved",
  transitioned: "workspace.transitioned",
  duplicated: "workspace.duplicated",
  published: "planWork.published",
  visibility: "planWork.visibilityChanged",
} as const;

export default function WorkspacePlan({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { plan, versions, canEdit } = loaderData;
  const notice = notices.find((name) => search.get(name) === "1");
  return (
    <>
      <Paragraph mb="s">
        <Link to={`/${locale}/workspace/plans`}>{t("workspace.backToList")}</Link>
      </Paragraph>
      <Heading variant="h1" mb="m">
        <TranslatedText value={plan.title} locale={locale} />
      </Heading>
      {notice ? <FormAlert status="neutral" message={noticeKeys[notice]} /> : null}
      {plan.archived ? <FormAlert status="warning" message="workspace.archived" /> : null}
      {!canEdit && !plan.archived ? <Paragraph mb="m">{t("workspace.readOnly")}</Paragraph> : null}
      {loaderData.overdue ? (
        <div className="notice" id="plan-overdue">
          <p>
            {t("planWork.overduePlan", {
              when:
                plan.tenderYear && plan.tenderQuarter
                  ? t("workspace.quarter", { year: plan.tenderYear, quarter: plan.tenderQuarter })
                  : String(plan.tenderYear ?? ""),
              status: t(statusLabel(plan.status)),
            })}
          </p>
        </div>
      ) : null}
      <dl className="facts prose">
        <dt>{t("plans.fields.status")}</dt>
        <dd>{t(statusLabel(plan.status))}</dd>
        <dt>{t("plans.fields.visibility")}</dt>
        <dd>
          {t(visibilityLabel(plan.visibility))}
          {plan.visibility === "public" ? (
            <>
              {" · "}
              <Link to={`/${locale}/plans/${plan.id}`} id="plan-public-page">
                {t("planWork.publicPage")}
              </Link>
            </>
          ) : null}
        </dd>
        <dt>{t("plans.fields.need")}</dt>
        <dd className="wrap">
          <TranslatedText value={plan.need} locale={locale} />
        </dd>
        <dt>{t("plans.fields.mainCpv")}</dt>
        <dd>{plan.mainCpv}</dd>
        <dt>{t("plans.fields.estimatedValue")}</dt>
        <dd>{plan.estimatedValueEur === null ? "–" : formatMoney(locale, plan.estimatedValueEur)}</dd>
        <dt>{t("plans.fields.valueBand")}</dt>
        <dd>{plan.valueBand ? t(valueBandLabel(plan.valueBand)) : "–"}</dd>
        <dt>{t("plans.fields.tender")}</dt>
        <dd>
          {plan.tenderYear && plan.tenderQuarter
            ? t("workspace.quarter", { year: plan.tenderYear, quarter: plan.tenderQuarter })
            : (plan.tenderYear ?? "–")}
        </dd>
        <dt>{t("plans.fields.procedure")}</dt>
        <dd>{t(procedureLabel(plan.procedure))}</dd>
        {plan.hilmaNotice ? (
          <>
            <dt>{t("plans.fields.hilmaNotice")}</dt>
            <dd>
              <HilmaNotice value={plan.hilmaNotice} />
            </dd>
          </>
        ) : null}
        {plan.contractEnd ? (
          <>
            <dt>{t("plans.fields.contractEnd")}</dt>
            <dd>{plan.contractEnd}</dd>
          </>
        ) : null}
        {plan.cancelReason ? (
          <>
            <dt>{t("plans.fields.cancelReason")}</dt>
            <dd className="wrap">{plan.cancelReason}</dd>
          </>
        ) : null}
      </dl>
      {canEdit ? (
        <ul className="plain-list action-links">
          <li>
            <Link to={`/${locale}/workspace/plans/${plan.id}/edit`}>{t("workspace.edit")}</Link>
          </li>
          <li>
            <Link to={`/${locale}/workspace/plans/${plan.id}/publish`} id="plan-publish-link">
              {plan.visibility === "public" ? t("planWork.visibilityPage") : t("planWork.publish")}
            </Link>
          </li>
          <li>
            <Link to={`/${locale}/workspace/plans/${plan.id}/notice`} id="plan-notice-link">
              {t("notices.link")}
            </Link>
          </li>
        </ul>
      ) : null}
      <section aria-labelledby="attachments-title">
        <Heading variant="h2" id="attachments-title" mt="xl" mb="s">
          {t("attachments.title")}
        </Heading>
        {loaderData.attachments.length === 0 ? (
          <Paragraph mb="s">{t("attachments.none")}</Paragraph>
        ) : (
          <AttachmentLinks
            attachments={loaderData.attachments}
            locale={locale}
            hrefOf={(attachment) => `/${locale}/workspace/plans/${plan.id}/attachments/${attachment.id}`}
          />
        )}
        <Paragraph mt="s">
          <Link to={`/${locale}/workspace/plans/${plan.id}/attachments`}>
            {t(canEdit ? "attachments.manage" : "attachments.view")}
          </Link>
        </Paragraph>
      </section>
      {loaderData.interested ? (
        <InterestedCompanies locale={locale} companies={loaderData.interested} />
      ) : null}
      {loaderData.dialogue ? (
        <WorkspaceDialogueSection
          dialogue={loaderData.dialogue}
          warnings={loaderData.dialogueWarnings}
          locale={locale}
          planId={plan.id}
          canEdit={canEdit}
        />
      ) : null}
      {canEdit ? (
        <PlanLifecycleForm
          status={plan.status}
          transitions={loaderData.transitions}
          errors={actionData?.intent === "transition" ? actionData.errors : {}}
          values={actionData?.intent === "transition" ? actionData.values : {}}
        />
      ) : null}
      <section aria-labelledby="versions-title">
        <Heading variant="h2" id="versions-title" mt="xl" mb="s">
          {t("workspace.versionsTitle")}
        </Heading>
        {versions.length === 0 ? (
          <Paragraph>{t("workspace.noVersions")}</Paragraph>
        ) : (
          <ol className="plain-list" reversed>
            {versions.map((v) => (
              <li key={v.version}>
                <strong>{t("workspace.version", { version: v.version })}</strong> –{" "}
                {formatDate(locale, new Date(v.createdAt), true)}
                {v.reason ? <span className="wrap">: {v.reason}</span> : null}
                {Object.keys(v.changes).length === 0 ? (
                  <p>{t("workspace.firstVersion")}</p>
                ) : (
                  <VersionChanges changes={v.changes} locale={locale} />
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {canEdit ? <PlanActions errors={actionData?.intent === "archive" ? actionData.errors : {}} /> : null}
    </>
  );
}
