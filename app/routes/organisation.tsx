import { useTranslation } from "react-i18next";
import { data, Form, Link, useNavigation, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { FormAlert } from "../components/form-alert.tsx";
import { FormTextField } from "../components/form-field.tsx";
import { NativeSelect } from "../components/native-select.tsx";
import { OrganisationForwardPlan } from "../components/organisation-forward-plan.tsx";
import { OrganisationEventsSection } from "../components/plan-events-section.tsx";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { parseForm } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { loadViewer, requireViewer } from "../modules/accounts/index.server.ts";
import { canEditCompanyProfile } from "../modules/companies/index.server.ts";
import { listOrganisationEvents } from "../modules/dialogue/index.server.ts";
import { canManageApiTokensOf } from "../modules/open-data/index.server.ts";
import {
  canAdministerOrganisation,
  canViewMembers,
  getOrganisation,
  inviteMember,
  listMembers,
} from "../modules/organisations/index.server.ts";
import { inviteMemberSchema, isOrganisationKind, rolesByKind } from "../modules/organisations/index.ts";
import { isBuyerKind, listPublicPlans } from "../modules/plans/index.server.ts";
import { parsePublicPlanFilters, withPageDefaults } from "../modules/plans/index.ts";
import { canPresentFor, countNewPresentations } from "../modules/presentations/index.server.ts";
import type { Route } from "./+types/organisation";

export const meta: Route.MetaFunction = ({ params, loaderData }) => [
  { title: `${loaderData?.organisation.name ?? ""} – ${pageTitle(params.lang, "organisations.title")}` },
];

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await loadViewer(context, request);
  const organisation = await orRespond(() =>
    getOrganisation({
      services: context.services,
      organisationId: params.id,
      locale: isLocale(params.lang) ? params.lang : "fi",
    }),
  );
  const membersVisible = canViewMembers(viewer, params.id);
  const people = membersVisible
    ? await listMembers({ services: context.services, viewer, organisationId: params.id })
    : null;
  const roles = isOrganisationKind(organisation.kind) ? rolesByKind[organisation.kind] : [];
  const forwardPlan = await listPublicPlans({
    db: context.services.database.db,
    locale: isLocale(params.lang) ? params.lang : "fi",
    filters: withPageDefaults(parsePublicPlanFilters(new URLSearchParams({ organisation: params.id }))),
    pageSize: 5,
  });
  const events = await listOrganisationEvents(context.services.database.db, organisation.id);
  return {
    organisation,
    events,
    people,
    isAdmin: canAdministerOrganisation(viewer, params.id),
    canManageApiTokens: canManageApiTokensOf(viewer, params.id) && isBuyerKind(organisation.kind),
    canEditCompanyProfile: canEditCompanyProfile(viewer, params.id),
    canPresent: canPresentFor(viewer, params.id),
    newPresentations: await countNewPresentations({
      services: context.services,
      viewer,
      organisationId: params.id,
    }),
    roles,
    forwardPlan: forwardPlan.rows,
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const form = await parseForm(request, inviteMemberSchema);
  if (!form.ok) return data({ errors: form.errors, values: form.values, invited: null }, { status: 400 });
  const result = await orRespond(() =>
    inviteMember({
      services: context.services,
      viewer,
      organisationId: params.id,
      email: form.data.email,
      role: form.data.role,
      locale: isLocale(params.lang) ? params.lang : "fi",
      requestId: context.requestId,
    }),
  );
  if (!result.ok)
    return data(
      {
        errors: { email: result.error },
        values: { email: form.data.email, role: form.data.role },
        invited: null,
      },
      { status: 400 },
    );
  return { errors: {}, values: {}, invited: form.data.email };
}

export default function Organisation({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { organisation, people, isAdmin, roles } = loaderData;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  const values: Record<string, string | undefined> = actionData?.values ?? {};
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <>
      <Heading variant="h1" mb="s">
        {organisation.name}
      </Heading>
      {search.get("created") === "1" ? <FormAlert status="neutral" message="organisations.created" /> : null}
      <dl className="facts prose">
        <dt>{t("organisations.kind")}</dt>
        <dd>{t(`organisations.kinds.${organisation.kind}`)}</dd>
        {organisation.yTunnus ? (
          <>
            <dt>{t("organisations.yTunnus")}</dt>
            <dd>{organisation.yTunnus}</dd>
          </>
        ) : null}
        {organisation.municipalityCode ? (
          <>
            <dt>{t("organisations.municipalityCode")}</dt>
            <dd>{organisation.municipalityCode}</dd>
          </>
        ) : null}
      </dl>
      {organisation.kind === "company" ? (
        <p>
          {loaderData.canEditCompanyProfile ? (
            <Link to={`/${params.lang}/organisations/${organisation.id}/company-profile`}>
              {t("companies.editLink")}
            </Link>
          ) : (
            <Link to={`/${params.lang}/companies/${organisation.id}`}>{t("companies.viewLink")}</Link>
          )}
        </p>
      ) : null}
      {loaderData.canPresent ? (
        <p>
          <Link to={`/${params.lang}/presentations/new`}>{t("presentations.presentLink")}</Link>
        </p>
      ) : null}
      {loaderData.newPresentations !== null ? (
        <p>
          <Link to={`/${params.lang}/organisations/${organisation.id}/inbox`}>
            {t("presentations.inboxNav")}
            {loaderData.newPresentations > 0
              ? ` (${t("presentations.inboxNavNew", { count: loaderData.newPresentations })})`
              : null}
          </Link>
        </p>
      ) : null}
      <OrganisationForwardPlan
        lang={params.lang}
        organisationId={organisation.id}
        plans={loaderData.forwardPlan}
      />
      <OrganisationEventsSection
        locale={isLocale(params.lang) ? params.lang : "fi"}
        events={loaderData.events}
      />
      {people ? (
        <section aria-labelledby="members-title">
          <Heading variant="h2" id="members-title" mt="l" mb="s">
            {t("organisations.members")}
          </Heading>
          {/* No sideways-scrolling wrapper (a keyboard could not reach it): on a phone each member is a
              block of its own (app.css, .fitting-table), so the table fits a 320 px screen. */}
          <table className="data-table fitting-table" aria-labelledby="members-title">
            <thead>
              <tr>
                <th scope="col">{t("signUp.name")}</th>
                <th scope="col">{t("fields.email")}</th>
                <th scope="col">{t("organisations.role")}</th>
              </tr>
            </thead>
            <tbody>
              {people.members.map((member) => (
                <tr key={member.userId}>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>{t(`roles.${member.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {isAdmin ? (
            <>
              <Heading variant="h3" mt="l" mb="s">
                {t("organisations.pendingInvitations")}
              </Heading>
              {people.invitations.length === 0 ? (
                <Paragraph>{t("organisations.noPendingInvitations")}</Paragraph>
              ) : (
                <ul className="plain-list">
                  {people.invitations.map((invitation) => (
                    <li key={invitation.id}>
                      {invitation.email} – {t(`roles.${invitation.role}`)} ({t("organisations.validUntil")}{" "}
                      {formatDate(locale, new Date(invitation.expiresAt))})
                    </li>
                  ))}
                </ul>
              )}
              <Heading variant="h3" mt="l" mb="s" id="invite-title">
                {t("organisations.invite")}
              </Heading>
              <Form method="post" className="form-stack" noValidate aria-labelledby="invite-title">
                {actionData?.invited ? <FormAlert status="neutral" message="organisations.invited" /> : null}
                <FormTextField
                  id="invite-email"
                  name="email"
                  type="email"
                  label={t("fields.email")}
                  defaultValue={values.email}
                  error={errors.email}
                />
                <NativeSelect
                  id="invite-role"
                  name="role"
                  label={t("organisations.role")}
                  defaultValue={values.role}
                  error={errors.role}
                  options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                />
                <div>
                  <Button type="submit" id="invite-submit" disabled={busy}>
                    {t("organisations.inviteSubmit")}
                  </Button>
                </div>
              </Form>
              <Paragraph mt="l">
                <Link to={`/${params.lang}/organisations/${organisation.id}/audit`}>
                  {t("organisations.auditLog")}
                </Link>
              </Paragraph>
              {loaderData.canManageApiTokens ? (
                <Paragraph mt="s">
                  <Link to={`/${params.lang}/organisations/${organisation.id}/api-tokens`}>
                    {t("apiTokens.title")}
                  </Link>
                </Paragraph>
              ) : null}
              <Paragraph mt="s">
                <Link to={`/${params.lang}/organisations/${organisation.id}/close`}>
                  {t("closeOrganisation.link")}
                </Link>
              </Paragraph>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
