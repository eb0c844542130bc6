import { useTranslation } from "react-i18next";
import { data, Link } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { formatDate } from "../i18n/format.ts";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { listDevMails } from "../modules/mail/index.server.ts";
import type { Route } from "./+types/dev-mail";

export const meta: Route.MetaFunction = ({ params }) => [{ title: pageTitle(params.lang, "devMail.title") }];

/** Development only: the e-mails written to MAIL_DIR when no SMTP server is configured. */
export async function loader({ context }: Route.LoaderArgs) {
  const dir = context.services.devMailDir;
  if (!dir) throw data(null, { status: 404 });
  const mails = await listDevMails(dir);
  return {
    dir,
    mails: mails
      .slice(0, 100)
      .map((m) => ({ file: m.file, subject: m.subject, to: m.to, date: m.date?.toISOString() ?? null })),
  };
}

export default function DevMail({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("devMail.title")}
      </Heading>
      <Paragraph mb="m">{t("devMail.intro", { dir: loaderData.dir })}</Paragraph>
      {loaderData.mails.length === 0 ? (
        <Paragraph>{t("devMail.empty")}</Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("devMail.when")}</th>
                <th scope="col">{t("devMail.to")}</th>
                <th scope="col">{t("devMail.subject")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.mails.map((mail) => (
                <tr key={mail.file}>
                  <td>{mail.date ? formatDate(locale, new Date(mail.date), true) : ""}</td>
                  <td>{mail.to}</td>
                  <td>
                    <Link to={`/${params.lang}/dev/mail/${encodeURIComponent(mail.file)}`}>
                      {mail.subject}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
