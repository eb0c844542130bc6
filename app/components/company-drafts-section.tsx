import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

/** The company home's list of drafts open for comment on the plans the company follows, with its own counts. */
export function CompanyDraftsSection({
  locale,
  items,
}: {
  locale: Locale;
  items: {
    draftId: string;
    planId: string;
    planTitle: string;
    title: string;
    closesAt: string | Date;
    comments: number;
    answered: number;
  }[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-drafts" className="home-section">
      <Heading variant="h2" id="home-drafts" mb="xs">
        {t("drafts.companyHome.title")}
      </Heading>
      {items.length === 0 ? (
        <Paragraph mb="xs">{t("drafts.companyHome.none")}</Paragraph>
      ) : (
        <ul className="compact-list">
          {items.map((item) => (
            <li key={item.draftId}>
              <Link to={`/${locale}/plans/${item.planId}/drafts/${item.draftId}`}>{item.title}</Link>
              {` (${item.planTitle}) · ${t("drafts.openUntil", { time: formatDate(locale, new Date(item.closesAt), true) })} · ${t("drafts.companyHome.counts", { comments: item.comments, answered: item.answered })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
