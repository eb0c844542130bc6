import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";

/** The content of a 404 or error page, in the language of the surrounding shell. */
export function ErrorPage({ kind }: { kind: "notFound" | "error" }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <title>{`${t(`errors.${kind}Title`)}${t("meta.titleSeparator")}${t("meta.siteName")}`}</title>
      <Heading variant="h1">{t(`errors.${kind}Title`)}</Heading>
      <Paragraph mb="m">{t(`errors.${kind}Text`)}</Paragraph>
      <Paragraph>
        <a href={`/${i18n.language}/`}>{t("errors.backHome")}</a>
      </Paragraph>
    </>
  );
}
