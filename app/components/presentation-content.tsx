import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Heading } from "suomifi-ui-components";
import { formatFileSize } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { TextByLanguage } from "../lib/pick-translation.ts";
import { formatLabel } from "../modules/plans/index.ts";
import { TranslatedText } from "./translated-text.tsx";

type Translated = TextByLanguage;

export type PresentationContentView = {
  presentation: { id: string; title: string; offering: string; needs: string; language: string };
  cpv: { code: string; label: string }[];
  attachments: { id: string; fileName: string; mediaType: string; sizeBytes: number }[];
  plan: { id: string; title: Translated } | null;
};

/** What a company wrote in a presentation, as both the company and the buyers see it. */
export function PresentationContent({ view, locale }: { view: PresentationContentView; locale: Locale }) {
  const { t } = useTranslation();
  const { presentation } = view;
  // The company wrote in one language; mark it when the page is in another.
  const lang = presentation.language !== locale ? presentation.language : undefined;
  return (
    <>
      <Heading variant="h2" mt="l" mb="s">
        {t("presentations.detail.offering")}
      </Heading>
      <p className="wrap" lang={lang}>
        {presentation.offering}
      </p>
      <Heading variant="h2" mt="l" mb="s">
        {t("presentations.detail.needs")}
      </Heading>
      <p className="wrap" lang={lang}>
        {presentation.needs}
      </p>
      <dl className="facts">
        <dt>{t("presentations.detail.cpv")}</dt>
        <dd>
          <ul className="plain-list">
            {view.cpv.map((item) => (
              <li key={item.code}>
                {item.code} {item.label}
              </li>
            ))}
          </ul>
        </dd>
        {view.plan ? (
          <>
            <dt>{t("presentations.detail.plan")}</dt>
            <dd>
              <Link to={`/${locale}/plans/${view.plan.id}`}>
                <TranslatedText value={view.plan.title} locale={locale} />
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {view.attachments.length > 0 ? (
        <>
          <Heading variant="h2" mt="l" mb="s">
            {t("presentations.detail.attachments")}
          </Heading>
          <ul className="plain-list attachment-list">
            {view.attachments.map((file) => (
              <li key={file.id}>
                <a href={`/${locale}/presentations/${presentation.id}/attachments/${file.id}`}>
                  {file.fileName}
                </a>
                {` (${formatLabel(file.mediaType)}, ${formatFileSize(locale, file.sizeBytes)})`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
