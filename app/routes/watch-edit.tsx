import { useTranslation } from "react-i18next";
import { data, Link, redirect, useNavigation } from "react-router";
import { Heading, Paragraph } from "suomifi-ui-components";
import { WatchForm } from "../components/watch-form.tsx";
import { isLocale } from "../i18n/locales.ts";
import { pageTitle } from "../i18n/page-title.ts";
import { readFormData } from "../lib/form-data.server.ts";
import { orRespond } from "../lib/route-errors.ts";
import { requireViewer } from "../modules/accounts/index.server.ts";
import { planFieldErrors } from "../modules/plans/index.ts";
import {
  getWatch,
  saveWatch,
  watchFormOptions,
  watchValuesFrom,
  watchValuesOf,
} from "../modules/watches/index.server.ts";
import { watchFormInput, watchSchema } from "../modules/watches/index.ts";
import type { Route } from "./+types/watch-edit";

export const meta: Route.MetaFunction = ({ params }) => [
  { title: pageTitle(params.lang, "watches.editTitle") },
];

/** One of the person's own watches; anyone else's is 404. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  const watch = await orRespond(() => getWatch(db, viewer, params.id));
  return { watch, values: watchValuesOf(watch), ...(await watchFormOptions(db, locale)) };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const viewer = await requireViewer(context, request, params.lang);
  const { db } = context.services.database;
  // Refused before the form is read.
  await orRespond(() => getWatch(db, viewer, params.id));
  const form = await readFormData(request);
  const values = watchValuesFrom(form);
  const parsed = watchSchema.safeParse(watchFormInput(form));
  if (!parsed.success) return data({ errors: planFieldErrors(parsed.error), values }, { status: 400 });
  const result = await orRespond(() =>
    saveWatch({ db, viewer, watchId: params.id, input: parsed.data, requestId: context.requestId }),
  );
  if (!result.ok) return data({ errors: result.errors, values }, { status: 400 });
  throw redirect(`/${params.lang}/watches?saved=1`);
}

export default function WatchEdit({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const locale = isLocale(params.lang) ? params.lang : "fi";
  const errors: Record<string, string> = actionData?.errors ?? {};
  const { watch } = loaderData;
  return (
    <>
      <p>
        <Link to={`/${locale}/watches`}>{t("watches.title")}</Link>
      </p>
      <Heading variant="h1" mb="s">
        {t("watches.editTitle")}
      </Heading>
      {Object.keys(errors).length > 0 ? <Paragraph mb="s">{t("watches.notSaved")}</Paragraph> : null}
      {watch.unsubscribed ? <Paragraph mb="s">{t("watches.unsubscribed")}</Paragraph> : null}
      <WatchForm
        values={actionData?.values ?? loaderData.values}
        errors={errors}
        regions={loaderData.regions}
        municipalities={loaderData.municipalities}
        organisations={loaderData.organisations}
        busy={busy}
      />
      <p>
        <Link to={`/${locale}/watches/${watch.id}/delete`}>{t("watches.delete")}</Link>
      </p>
    </>
  );
}
