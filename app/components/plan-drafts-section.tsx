import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { TranslatedText } from "./translated-text.tsx";

/**
 * The public plan page's list of drafts opened for comment: those open now with their closing time, and
 * closed ones with whether a summary is published; nothing when there are none.
 */
export function PlanDraftsSection({
  locale,
  planId,
  drafts,
}: {
  locale: Locale;
  planId: string;
  drafts: {
    id: string;
    title: TextByLanguage;
    state: string;
    closesAt: string | Date;
    summaryPublishedAt: string | Date | null;
  }[];
}) {
  const { t } = useTranslation();
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="plan-drafts-title" id="plan-drafts">
      <Heading variant="h2" id="plan-drafts-title" mt="xl" mb="s">
        {t("drafts.title")}
      </Heading>
      <ul className="plain-list">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <Link to={`/${locale}/plans/${planId}/drafts/${draft.id}`}>
              <TranslatedText value={draft.title} locale={locale} />
            </Link>
            {" · "}
            {draft.state === "open" && new Date(draft.closesAt).getTime() > Date.now()
              ? t("drafts.openUntil", { time: formatDate(locale, new Date(draft.closesAt), true) })
              : draft.summaryPublishedAt
                ? t("drafts.summaryPublished", {
                    time: formatDate(locale, new Date(draft.summaryPublishedAt)),
                  })
                : t("drafts.states.closed")}
          </li>
        ))}
      </ul>
    </section>
  );
}
