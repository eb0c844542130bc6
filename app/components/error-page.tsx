import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";

/** The content of a 404 or error page, in the language of the surrounding shell. */
export type ErrorKind = "notFound" | "forbidden" | "badRequest" | "error";

/** Which page a thrown response should show. */
export function errorKindOf(status: number | undefined): ErrorKind {
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 400 || status === 415) return "badRequest";
  return "error";
}

export function ErrorPage({ kind }: { kind: ErrorKind }) {
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
