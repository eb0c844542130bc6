import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { pageTitle } from "../i18n/page-title.ts";
import type { Route } from "./+types/privacy";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "pages.privacy.title") },
];

const sections = ["data", "rights", "contact"] as const;

export default function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <Heading variant="h1">{t("pages.privacy.title")}</Heading>
      <Paragraph mb="m">{t("pages.privacy.intro")}</Paragraph>
      {sections.map((section) => (
        <section key={section}>
          <Heading variant="h2">{t(`pages.privacy.${section}Title`)}</Heading>
          <Paragraph mb="m">{t(`pages.privacy.${section}`)}</Paragraph>
        </section>
      ))}
    </article>
  );
}
