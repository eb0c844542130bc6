import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { Button, Heading, Paragraph } from "suomifi-ui-components";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { deleteWatch, getWatch } from "../modules/watches/index.server.ts";
import type { Route } from "./+types/watch-delete";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "watches.deleteTitle") },
];

/** Asks before a watch is deleted; only its owner gets here. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const watch = await orRespond(() => getWatch(context.services.database.db, viewer, params.id));
  return { watch: { id: watch.id, name: watch.name } };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  await orRespond(() =>
    deleteWatch({
      db: context.services.database.db,
      viewer,
      watchId: params.id,
      requestId: context.requestId,
    }),
  );
  throw redirect(`/${params.lang}/watches?deleted=1`);
}

export default function WatchDelete({ loaderData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const { watch } = loaderData;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t("watches.deleteTitle")}
      </Heading>
      <Paragraph mb="m">{t("watches.deleteConfirm", { name: watch.name })}</Paragraph>
      <Form method="post" className="button-row">
        <Button type="submit" id="watch-delete-confirm">
          {t("watches.deleteYes")}
        </Button>{" "}
        <Link to={`/${locale}/watches/${watch.id}`}>{t("watches.cancel")}</Link>
      </Form>
    </>
  );
}
