import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { pageTitle } from "../i18n/page-title.ts";
import { readDevMail } from "../modules/mail/index.server.ts";
import type { Route } from "./+types/dev-mail-message";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "devMail.title") }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const dir = context.services.devMailDir;
  if (!dir) throw data(null, { status: 404 });
  const mail = await readDevMail(dir, params.file).catch(() => null);
  if (!mail) throw data(null, { status: 404 });
  return { subject: mail.subject, to: mail.to, text: mail.text ?? "" };
}

/** Shows the plain-text part; links in it are made clickable so a developer can follow them. */
export default function DevMailMessage({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const parts = loaderData.text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      <Paragraph mb="s">
        <Link to={`/${params.lang}/dev/mail`}>{t("devMail.back")}</Link>
      </Paragraph>
      <Heading variant="h1" mb="s">
        {loaderData.subject}
      </Heading>
      <Paragraph mb="m">
        {t("devMail.to")}: {loaderData.to}
      </Paragraph>
      <pre className="mail-text">
        {parts.map((part, index) =>
          /^https?:\/\//.test(part) ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
            <a key={index} href={part}>
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </pre>
    </>
  );
}
