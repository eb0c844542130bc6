import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import type { Locale } from "../i18n/locales.ts";
import type { PartnerRequestView } from "../modules/partners/index.server.ts";

/** "We are interested" on the plan page: the count for everyone, the button for companies. */
export function PlanInterestSection({
  locale,
  planId,
  summary,
}: {
  locale: Locale;
  planId: string;
  summary: { count: number; isInterested: boolean; canMark: boolean; canSeeCompanies: boolean };
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-interest-title">
      <Heading variant="h2" id="plan-interest-title" mb="s">
        {t("interest.title")}
      </Heading>
      <Paragraph mb="s">
        {summary.count === 0 ? t("interest.countNone") : t("interest.count", { count: summary.count })}
      </Paragraph>
      {summary.isInterested ? (
        <Paragraph mb="s">
          {t("interest.youAreInterested")}{" "}
          <Link to={`/${locale}/plans/${planId}/interest`}>{t("interest.editLink")}</Link>
        </Paragraph>
      ) : summary.canMark ? (
        <Form method="post" action={`/${locale}/plans/${planId}/interest`} className="button-row centred">
          <input type="hidden" name="intent" value="interested" />
          <Button type="submit" id="interest-submit">
            {t("interest.button")}
          </Button>{" "}
          <Link to={`/${locale}/plans/${planId}/interest`}>{t("interest.withNoteLink")}</Link>
        </Form>
      ) : null}
      {summary.canSeeCompanies ? (
        <Paragraph mb="s">
          <Link to={`/${locale}/workspace/plans/${planId}#interested-companies-title`}>
            {t("interest.seeCompaniesLink")}
          </Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** The plan's open partner requests (company name and text, never an address) and the link to post one. */
export function PlanPartnerRequests({
  locale,
  planId,
  requests,
  canPost,
}: {
  locale: Locale;
  planId: string;
  requests: PartnerRequestView[];
  canPost: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-partners-title">
      <Heading variant="h2" id="plan-partners-title" mb="s">
        {t("partners.title")}
      </Heading>
      <Paragraph mb="s">{t("partners.planIntro")}</Paragraph>
      {requests.length === 0 ? (
        <Paragraph mb="s">{t("partners.none")}</Paragraph>
      ) : (
        <ul className="company-list">
          {requests.map((request) => (
            <li key={request.id}>
              <PartnerRequestHeading request={request} />
              <p className="wrap">{request.description}</p>
              <Link to={`/${locale}/partners/${request.id}`}>
                {t("partners.openLink", { company: request.company.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {canPost ? (
        <Paragraph mt="s">
          <Link to={`/${locale}/plans/${planId}/partners/new`}>{t("partners.newLink")}</Link>
        </Paragraph>
      ) : null}
    </section>
  );
}

/** "Company – seeking a subcontractor (lot 2: Schools)". */
export function PartnerRequestHeading({ request }: { request: PartnerRequestView }) {
  const { t } = useTranslation();
  return (
    <strong>
      {request.company.name} – {t(`partners.kinds.${request.direction}.${request.kind}`)}
      {request.lot
        ? ` (${t("forwardPlan.lotNumber", { number: request.lot.number })}${request.lot.title ? `: ${request.lot.title}` : ""})`
        : null}
    </strong>
  );
}
