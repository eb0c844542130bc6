import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";
import { pageTitle } from "../i18n/page-title.ts";
import type { Route } from "./+types/accessibility";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "pages.accessibility.title") },
];

const sections = ["status", "feedback", "supervision"] as const;

export default function AccessibilityStatement() {
  const { t } = useTranslation();
  return (
    <article className="prose">
      <Heading variant="h1">{t("pages.accessibility.title")}</Heading>
      <Paragraph mb="m">{t("pages.accessibility.intro")}</Paragraph>
      {sections.map((section) => (
        <section key={section}>
          <Heading variant="h2">{t(`pages.accessibility.${section}Title`)}</Heading>
          <Paragraph mb="m">{t(`pages.accessibility.${section}`)}</Paragraph>
        </section>
      ))}
      <Paragraph>{t("pages.accessibility.updated")}</Paragraph>
    </article>
  );
}
