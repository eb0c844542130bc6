import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useSearchParams } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { Pager } from "../components/pager.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { pageFrom } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { listNotifications, markNotificationsRead } from "../modules/watches/index.server.ts";
import { notificationsPerPage } from "../modules/watches/index.ts";
import type { Route } from "./+types/notifications";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "notifications.title") },
];

/** The person's notifications from their watches, newest first. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const page = pageFrom(request);
  const list = await listNotifications(context.services.database.db, viewer, { page, locale });
  return { ...list, page };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await markNotificationsRead(context.services.database.db, viewer, {
    ids: "all",
    requestId: context.requestId,
  });
  throw redirect(`/${params.lang}/notifications?read=1`);
}

export default function Notifications({ loaderData, params }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { items, total, unread, page } = loaderData;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "Europe/Helsinki" });
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("notifications.title")}
      </Heading>
      {search.get("read") === "1" ? (
        <div role="status" className="notice">
          <Paragraph>{t("notifications.markedRead")}</Paragraph>
        </div>
      ) : null}
      <Paragraph mb="m">{t("notifications.intro")}</Paragraph>
      <p>
        <Link to={`/${locale}/watches`}>{t("watches.title")}</Link>
      </p>
      {total === 0 ? (
        <>
          <Paragraph mb="s">{t("notifications.empty")}</Paragraph>
          <Paragraph>{t("notifications.noWatches")}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph mb="s">{t("notifications.summary", { count: unread, total })}</Paragraph>
          {unread > 0 ? (
            <Form method="post" className="button-row">
              <Button type="submit" variant="secondary" id="notifications-mark-read">
                {t("notifications.markAllRead")}
              </Button>
            </Form>
          ) : null}
          <ul className="card-list">
            {items.map((item) => (
              <li key={item.id} className={item.read ? "card" : "card card-unread"}>
                <p className="card-meta">
                  {item.read ? null : <strong className="badge">{t("notifications.unread")}</strong>}{" "}
                  {t(`watches.happened.${item.event}`)} · {date.format(new Date(item.createdAt))}
                </p>
                <h2 className="card-title">
                  <Link to={`/${locale}/notifications/${item.id}`}>
                    {item.planTitle ?? t("plans.notPublic")}
                  </Link>
                </h2>
                <p>
                  {item.organisationName ? `${item.organisationName} · ` : ""}
                  {t("notifications.watch")}: {item.watchName}
                </p>
              </li>
            ))}
          </ul>
          <Pager
            page={page}
            total={total}
            pageSize={notificationsPerPage}
            basePath={`/${locale}/notifications`}
          />
        </>
      )}
    </>
  );
}
